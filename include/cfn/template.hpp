/// @file
/// cfn::Template: the builder for one CloudFormation template. Adding a
/// resource, parameter or condition returns a handle that produces the
/// intrinsics referring to it, so a logical id is spelled once.
///
/// @code
///   cfn::Template t;
///   auto vpc = t.add_resource("Vpc", "AWS::EC2::VPC", {{"CidrBlock", "10.0.0.0/16"}});
///   t.add_output("VpcId", {.value = vpc.ref()});
///   std::string yaml = cfn::to_yaml(t);
/// @endcode
#pragma once

#include <concepts>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cfn/finding.hpp"
#include "cfn/intrinsics.hpp"
#include "cfn/parameter_types.hpp"
#include "cfn/typed_values.hpp"
#include "cfn/value.hpp"

namespace cfn {

/// DeletionPolicy / UpdateReplacePolicy values.
enum class DeletionPolicy : std::uint8_t { Delete, Retain, RetainExceptOnCreate, Snapshot };
/// "Delete", "Retain", "RetainExceptOnCreate", "Snapshot".
[[nodiscard]] std::string_view to_string(DeletionPolicy policy) noexcept;

/// Names a resource of a template; produces Ref and Fn::GetAtt to it.
class ResourceRef {
 public:
  /// The resource `logical_id` of type `type` (Template::add makes them).
  ResourceRef(std::string logical_id, std::string type) : id_(std::move(logical_id)), type_(std::move(type)) {}
  /// The resource's logical id.
  [[nodiscard]] const std::string& logical_id() const noexcept { return id_; }
  /// The resource type, "AWS::EC2::VPC".
  [[nodiscard]] const std::string& type() const noexcept { return type_; }
  /// {Ref: logical_id}: what the resource type documents as its Ref value (an id, a name, an ARN).
  [[nodiscard]] Fn ref() const { return cfn::ref(id_); }
  /// Fn::GetAtt of an attribute by name; the generated handles have one method per attribute instead.
  [[nodiscard]] Fn get_att(std::string_view attribute) const { return cfn::get_att(id_, attribute); }

 private:
  std::string id_;
  std::string type_;
};

/// Names a parameter; ref() gives its value.
class ParameterRef {
 public:
  /// The parameter `name` (Template::add_parameter makes them).
  explicit ParameterRef(std::string name) : name_(std::move(name)) {}
  /// The parameter's name.
  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  /// {Ref: name}: the parameter's value.
  [[nodiscard]] Fn ref() const { return cfn::ref(name_); }

 private:
  std::string name_;
};

/// Names a condition; usable in Fn::If, Fn::And/Or/Not and as a resource's Condition.
class ConditionRef {
 public:
  /// The condition `name` (Template::add_condition makes them).
  explicit ConditionRef(std::string name) : name_(std::move(name)) {}
  /// The condition's name.
  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  /// {Condition: name}, for use inside Fn::And / Fn::Or / Fn::Not.
  [[nodiscard]] Fn fn() const { return cfn::condition(name_); }

 private:
  std::string name_;
};

/// Fn::If on a condition of the template.
[[nodiscard]] Fn if_(const ConditionRef& condition, Value if_true, Value if_false);

// The option structs below are written with designated initializers, which
// C++20 requires in declaration order (GCC: "designator order for field ...
// does not match declaration order"). Each struct says its order; fields left
// out keep their defaults.

/// A template parameter. Designated-initializer order: type, description,
/// default_value, allowed_values, allowed_pattern, constraint_description,
/// min_length, max_length, min_value, max_value, no_echo.
struct Parameter {
  /// One of CloudFormation's types: a constant of cfn::parameter_types
  /// (parameter_types::SubnetIdList) or the type's name as a literal
  /// ("List<AWS::EC2::Subnet::Id>"), checked when the program compiles.
  ParameterType type = parameter_types::String;
  std::optional<std::string> description{};      ///< Description: shown in the console, at most 4,000 characters
  std::optional<Value> default_value{};          ///< Default: the value when none is given
  List allowed_values{};                         ///< AllowedValues
  std::optional<std::string> allowed_pattern{};  ///< AllowedPattern: a regular expression the whole value matches
  std::optional<std::string> constraint_description{};  ///< ConstraintDescription: shown when one fails
  std::optional<std::int64_t> min_length{};             ///< MinLength, for String types
  std::optional<std::int64_t> max_length{};             ///< MaxLength, for String types
  std::optional<double> min_value{};                    ///< MinValue, for Number types
  std::optional<double> max_value{};                    ///< MaxValue, for Number types
  bool no_echo = false;                                 ///< NoEcho: the value is shown as asterisks
};

/// Resource attributes other than Type and Properties. Designated-initializer
/// order: depends_on, condition, deletion_policy, update_replace_policy,
/// creation_policy, update_policy, metadata.
struct ResourceOptions {
  std::vector<ResourceRef> depends_on{};                  ///< DependsOn: created after these
  std::optional<ConditionRef> condition{};                ///< Condition: created only when it holds
  std::optional<DeletionPolicy> deletion_policy{};        ///< DeletionPolicy: what deleting it does to its data
  std::optional<DeletionPolicy> update_replace_policy{};  ///< UpdateReplacePolicy: the same when it is replaced
  std::optional<Value> creation_policy{};                 ///< CreationPolicy: signals to wait for
  std::optional<Value> update_policy{};                   ///< UpdatePolicy: how groups and aliases are updated
  std::optional<Value> metadata{};                        ///< Metadata: AWS::CloudFormation::Init and the like
};

/// A template output. Designated-initializer order: value, description,
/// export_name, condition.
struct Output {
  Value value{};                             ///< Value: what the output shows
  std::optional<std::string> description{};  ///< Description
  /// Export name (the value of Export.Name), often a Fn::Sub.
  std::optional<Value> export_name{};
  std::optional<ConditionRef> condition{};  ///< Condition: the output exists only when it holds
};

/// A typed resource: the generated classes (cfn::aws::ec2::VPC...) and cfn::CustomResource.
template <class R>
concept TypedResource = requires(const R& r) {
  typename R::Handle;
  { r.type() } -> std::convertible_to<std::string_view>;
  { r.properties() } -> std::convertible_to<const Map&>;
};

/// The builder does not throw on a mistake in the template: a bad logical
/// id, a description over the limit, a resource without a type... are
/// written as given and reported, all at once, with the rule's code and the
/// path, when the template is checked (cfn/build.hpp: to_yaml(t),
/// write_or_report). What only the builder can see (a name added twice: the
/// first stays) it records in findings().
class Template {
 public:
  /// Sets the Description (at most 1,024 bytes: checked when the template is written).
  Template& description(std::string text);
  /// Sets one key of the Metadata section.
  Template& metadata(std::string_view key, Value value);
  /// Adds a macro to the Transform section ("AWS::Serverless-2016-10-31").
  Template& transform(std::string_view macro);
  /// Leaves AWSTemplateFormatVersion out ("2010-09-09", its only value, is
  /// written by default), for a template that must read as one without it.
  Template& omit_format_version();

  /// Adds a parameter; its handle's ref() is the value.
  ParameterRef add_parameter(std::string_view name, Parameter parameter);
  /// Adds a mapping (top-level key -> second-level key -> value), for Fn::FindInMap.
  void add_mapping(std::string_view name, Map mapping);
  /// Adds a condition (Fn::Equals, Fn::And...); its handle goes to if_() and ResourceOptions::condition.
  ConditionRef add_condition(std::string_view name, Value expression);
  /// Adds a rule of the Rules section (parameter assertions).
  void add_rule(std::string_view name, Value rule);
  /// Adds a resource by type name and raw properties, for types the generated classes do not have.
  ResourceRef add_resource(std::string_view logical_id, std::string_view type, Map properties = {},
                           ResourceOptions options = {});
  /// @name Resources
  //@{
  /// Adds a typed resource (a generated class or cfn::CustomResource) and returns its handle, with one method per
  /// attribute; anything else does not compile, with a message saying what add takes.
  template <TypedResource R>
  typename R::Handle add(std::string_view logical_id, const R& resource, ResourceOptions options = {}) {
    return typename R::Handle(add_resource(logical_id, resource.type(), resource.properties(), std::move(options)));
  }
  template <class R>
  requires(!TypedResource<R>) ResourceRef add(std::string_view logical_id, const R&, ResourceOptions = {}) {
    static_assert(detail::always_false<R>,
                  "Template::add takes a resource: a generated resource class (cfn::aws::ec2::VPC...) or "
                  "cfn::CustomResource; a property type (LaunchTemplate_Ebs...) goes into a setter of its resource");
    return {std::string(logical_id), ""};
  }
  //@}
  /// Adds an output.
  void add_output(std::string_view name, Output output);

  /// The whole template as a value, in canonical order (cfn::canonicalize).
  [[nodiscard]] Value to_value() const;

  /// @name Sections
  //@{
  /// The section as built so far, in the order of the add calls.
  [[nodiscard]] const Map& parameters() const noexcept { return parameters_; }
  [[nodiscard]] const Map& resources() const noexcept { return resources_; }
  [[nodiscard]] const Map& outputs() const noexcept { return outputs_; }
  [[nodiscard]] const Map& conditions() const noexcept { return conditions_; }
  [[nodiscard]] const Map& mappings() const noexcept { return mappings_; }
  //@}
  /// What the builder saw wrong as the template was built (E0000: a name added twice).
  [[nodiscard]] const std::vector<Finding>& findings() const noexcept { return findings_; }

 private:
  /// False, with a finding, when `section` already has `name`.
  bool claim_name(std::string_view name, const Map& section, std::string_view section_name, std::string_view what);

  std::optional<std::string> description_;
  bool format_version_ = true;
  Map metadata_;
  List transforms_;
  Map parameters_;
  Map rules_;
  Map mappings_;
  Map conditions_;
  Map resources_;
  Map outputs_;
  std::vector<Finding> findings_;
};

}  // namespace cfn
