/// @file
/// The AWS SAM transform's mapping: which CloudFormation resource and
/// property each SAM property becomes, from the AWS SAM developer guide (the
/// "CloudFormation compatibility" line of every SAM resource property and
/// function event property). A change to a SAM resource is judged by the
/// update type of what it maps to: an AWS::Serverless::Application's Location
/// becomes the TemplateURL of an AWS::CloudFormation::Stack, which is Mutable,
/// so a SemanticVersion bump updates the nested stack; a function's RolePath
/// becomes the Path of the AWS::IAM::Role SAM generates, which is Immutable.
/// Properties the guide calls unique to SAM (Events, AutoPublishAlias,
/// DeploymentPreference, Auth...) have no row: SAM turns them into other
/// resources, and what a change does to those is not written down.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace cfn::knowledge {

/// How SAM hands a property to the CloudFormation property it maps to.
enum class SamPassing : std::uint8_t {
  Directly,  ///< "passed directly": the value as it is, nested keys and all
  Reshaped,  ///< "similar to": SAM rewrites the value (Location into a TemplateURL, a Tags map into a list)
};

/// One SAM property and the CloudFormation property it becomes.
struct SamProperty {
  std::string_view sam_type;        ///< "AWS::Serverless::Function"
  std::string_view event;           ///< a function event's Type ("SQS"), or "" for a property of the resource
  std::string_view property;        ///< "RolePath"; of an event, a key of its Properties
  std::string_view generated_type;  ///< "AWS::IAM::Role": the resource SAM generates (or configures) with it
  std::string_view generated_path;  ///< "Path", "Code.ZipFile": keys below the generated resource's Properties
  SamPassing passing;               ///< as it is, or rewritten
};

/// The resource SAM generates under the SAM resource's own logical id, the
/// one its Ref and Fn::GetAtt name (AWS::Serverless::Function ->
/// AWS::Lambda::Function); "" for a type that has none (Connector).
[[nodiscard]] std::string_view sam_primary_type(std::string_view sam_type) noexcept;

/// Every row, ordered by (sam_type, event, property).
[[nodiscard]] std::span<const SamProperty> sam_properties() noexcept;

/// The row of a SAM resource's property (event "") or of a function event's
/// property, or nullptr when the guide maps it to no CloudFormation property.
[[nodiscard]] const SamProperty* find_sam_property(std::string_view sam_type, std::string_view event,
                                                   std::string_view property) noexcept;

}  // namespace cfn::knowledge
