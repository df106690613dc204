/// @file
/// Custom resources (Custom::Name and AWS::CloudFormation::CustomResource):
/// a ServiceToken, an optional ServiceTimeout, and any properties, which
/// CloudFormation hands to the provider as they are.
///
/// @code
///   auto action = t.add("ScaleUp", cfn::CustomResource("Custom::ScaleUp")
///                                      .ServiceToken(fn.Arn())
///                                      .ServiceTimeout(300)
///                                      .property("GroupName", group.ref()));
///   action.get_att("Result");  // whatever Data the provider returns
/// @endcode
#pragma once

#include <string>
#include <string_view>

#include "cfn/template.hpp"
#include "cfn/typed_values.hpp"

namespace cfn {

/// A custom resource (AWS::CloudFormation::CustomResource or Custom::Name):
/// the service token, the timeout and any properties for the provider.
class CustomResource {
 public:
  /// What Template::add returns; attributes are whatever the provider answers.
  using Handle = ResourceRef;

  /// `type` is "AWS::CloudFormation::CustomResource" or "Custom::Name", the
  /// name being 1 to 60 letters, digits and _@- ; throws cfn::Error otherwise.
  explicit CustomResource(std::string type = "AWS::CloudFormation::CustomResource");

  /// The provider: a Lambda function or SNS topic ARN in the stack's region.
  CustomResource& ServiceToken(Str token);
  /// Seconds CloudFormation waits for the provider's answer, 1 to 3600
  /// (default 3600). Throws cfn::Error for a literal out of range.
  CustomResource& ServiceTimeout(Int seconds);
  /// Any other property, passed to the provider in ResourceProperties.
  CustomResource& property(std::string_view name, Json value);

  /// The resource type given to the constructor.
  [[nodiscard]] std::string_view type() const noexcept { return type_; }
  /// The properties set so far.
  [[nodiscard]] const Map& properties() const noexcept { return properties_; }

 private:
  std::string type_;
  Map properties_;
};

}  // namespace cfn
