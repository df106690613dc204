/// @file
/// What CloudFormation documents about a template's structure, written down
/// once: the top-level sections in their canonical order, the keys of
/// parameters, outputs and rules, the resource attributes with what changing
/// them does, the stateful resource types with what deleting them does to
/// their data, and the names the transforms bring. The builder, the emitters'
/// canonical order, fmt, lint and diff read these tables; nothing else lists
/// them. (What the resource specification says about types and properties is
/// in cfn/schema.hpp; the intrinsic functions are in cfn/intrinsics.hpp.)
///
/// Sources: the CloudFormation user guide and template reference: "Template
/// format" (template-anatomy), "Resource attribute reference" (the attribute
/// pages, aws-attribute-deletionpolicy and aws-attribute-updatereplacepolicy),
/// the resource reference pages cited in knowledge.cpp, and the AWS SAM
/// specification for Globals.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "cfn/value.hpp"

namespace cfn::knowledge {

// ---- sections ----

/// What a section's value must be.
enum class SectionShape : std::uint8_t {
  Any,           ///< checked by the section's own rule (AWSTemplateFormatVersion, Description)
  Map,           ///< entries by name
  StringOrList,  ///< Transform: one macro or a list of them
};

/// A top-level section of a template, and what it holds.
struct Section {
  std::string_view name;  ///< "Resources"
  SectionShape shape;     ///< what its value is
  /// Its values reach their consumer as JSON (Metadata: cfn-init and other
  /// readers; Hooks: the hook), so "80" and 80 differ there.
  bool json_values = false;
  /// Only with the SAM transform (Globals).
  bool sam_only = false;
};

/// Every top-level section in canonical order, the order cfnpp writes them:
/// AWSTemplateFormatVersion, Description, Metadata, Transform, Parameters,
/// Rules, Mappings, Conditions, Resources, Outputs, Hooks, Globals.
[[nodiscard]] std::span<const Section> sections() noexcept;
/// The section of that name (case-sensitive), or nullptr.
[[nodiscard]] const Section* find_section(std::string_view name) noexcept;

/// The keys of a parameter, of an output and of a rule, in canonical order.
/// @name Entry keys
//@{
[[nodiscard]] std::span<const std::string_view> parameter_keys() noexcept;
[[nodiscard]] std::span<const std::string_view> output_keys() noexcept;
[[nodiscard]] std::span<const std::string_view> rule_keys() noexcept;
//@}

// ---- resource attributes ----

/// What changing a resource attribute does to the resource.
enum class AttributeChange : std::uint8_t {
  BySpecification,    ///< Properties: the specification's UpdateType of each property decides
  Rejected,           ///< Type: CloudFormation refuses the update
  MayCreateOrDelete,  ///< Condition: the resource exists only while its condition holds
  None,               ///< policies, DependsOn, Metadata: the physical resource is not touched
};

/// An attribute of a resource other than Properties (DependsOn, DeletionPolicy...), and what changing it does.
struct ResourceAttribute {
  std::string_view name;   ///< "DeletionPolicy"
  AttributeChange change;  ///< what changing it does to the physical resource
  /// Why, in a few words for people ("a policy: it applies to later operations").
  std::string_view why;
  /// Its value is a name or a keyword (Type, Condition, DependsOn,
  /// DeletionPolicy, UpdateReplacePolicy), not data whose intrinsics
  /// CloudFormation resolves.
  bool literal;
};

/// Every resource attribute in canonical order: Type, Condition, DependsOn,
/// Properties, CreationPolicy, UpdatePolicy, DeletionPolicy,
/// UpdateReplacePolicy, Metadata.
[[nodiscard]] std::span<const ResourceAttribute> resource_attributes() noexcept;
/// The attribute of that name (case-sensitive), or nullptr.
[[nodiscard]] const ResourceAttribute* find_resource_attribute(std::string_view name) noexcept;

// ---- resource types ----

/// The service a resource type belongs to, from CloudFormation's type names
/// (provider::service::resource, the resource type reference): "EC2" for
/// AWS::EC2::VPC, "Serverless" for AWS::Serverless::Function, "Alexa::ASK"
/// for Alexa::ASK::Skill (a provider other than AWS stays in the name),
/// "Custom" for Custom::Name custom resources, "Org::Service" for a module
/// or registry type Org::Service::Name; "" for a name of no such shape.
[[nodiscard]] std::string type_service(std::string_view type);

// ---- stateful resource types ----

/// A resource type that holds data, and what DeletionPolicy and
/// UpdateReplacePolicy do to it.
struct StatefulType {
  std::string_view type{};  ///< "AWS::RDS::DBInstance"
  /// A system of record (a database, bucket, volume, file system, ledger,
  /// user pool): deleting it loses the data for good, so a template should
  /// say what happens to it (lint W3908, unless deletes_only_when_empty).
  /// Caches, queues, logs and secrets hold data too (the diff warns when it
  /// is deleted) but are not asked for a policy.
  bool durable = false;
  /// The Snapshot policy is supported; elsewhere CloudFormation treats it as Delete.
  bool snapshot = false;
  /// DeletionPolicy defaults to Snapshot instead of Delete.
  bool snapshot_by_default = false;
  /// CloudFormation cannot delete it while it holds data (S3 buckets, backup
  /// vaults): the deletion fails instead of losing anything.
  bool deletes_only_when_empty = false;
  /// The property that turns deletion protection on ("" when the type has none).
  std::string_view protection_property{};
  /// Its value when on: "true" for a boolean (true or "true"), else the exact string (Cognito: "ACTIVE").
  std::string_view protection_on{};
  /// Protection is on unless the property turns it off (QLDB ledgers).
  bool protected_by_default = false;
  /// With this property set, the resource is a member of a cluster that
  /// holds the data, and holds none of its own (RDS::DBInstance: DBClusterIdentifier).
  std::string_view cluster_member_property{};
};

/// Every stateful type, sorted by name.
[[nodiscard]] std::span<const StatefulType> stateful_types() noexcept;
/// The row of that resource type, or nullptr when it holds no data.
[[nodiscard]] const StatefulType* find_stateful_type(std::string_view type) noexcept;
/// The stateful type of a resource that holds data: its type's row, unless
/// `properties` (the resource's Properties, or nullptr) make it a cluster
/// member. nullptr when it holds no data.
[[nodiscard]] const StatefulType* data_holder(std::string_view type, const Value* properties) noexcept;
/// Deletion protection is on, by `properties` or by default. A value given
/// by a function is not known to be on.
[[nodiscard]] bool deletion_protected(const StatefulType& type, const Value* properties) noexcept;

// ---- transforms ----

/// The SAM transform's name.
inline constexpr std::string_view kSamTransform = "AWS::Serverless-2016-10-31";
/// The language extensions transform's name (Fn::ForEach, Fn::Length, Fn::ToJsonString).
inline constexpr std::string_view kLanguageExtensions = "AWS::LanguageExtensions";
/// AWS::LanguageExtensions: a Fn::ForEach::Name entry generates entries of its section.
inline constexpr std::string_view kForEachPrefix = "Fn::ForEach::";
/// The resource types of SAM ("AWS::Serverless::Function"), input of the SAM transform.
[[nodiscard]] bool is_sam_type(std::string_view type) noexcept;
/// A module's type, Org::Service::Name::MODULE: CloudFormation expands it
/// into the module's resources, whose ids start with the module resource's id.
[[nodiscard]] bool is_module_type(std::string_view type) noexcept;
/// What each SAM property becomes in CloudFormation: cfn/sam_mapping.hpp.
/// The logical ids SAM generates that do not start with a SAM resource's id.
[[nodiscard]] std::span<const std::string_view> sam_implicit_resources() noexcept;

}  // namespace cfn::knowledge
