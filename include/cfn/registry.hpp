/// @file
/// What the CloudFormation registry schemas say that the classic
/// specification (cfn/schema.hpp) does not: the constraints on property
/// values (allowed values, patterns, lengths, ranges, list sizes), and which
/// regions offer each resource type.
///
/// The data is a compact table generated at build time from the schemas
/// vendored in generators/registry (integers and one string blob, no JSON at
/// run time). A Constraints is a view of one schema node, a row number:
///
/// @code
///   if (auto vol = cfn::registry::find_resource("AWS::EC2::Volume"))
///     if (auto type = vol->property("VolumeType"))
///       assert(type->enum_case_insensitive() && !type->enum_values().empty());
/// @endcode
///
/// Combinations are held as branches (anyOf, oneOf, allOf) and name lists
/// (requiredXor, dependentRequired, dependentExcluded). `type`, `required`,
/// `additionalProperties: false` and `format` are held only in the nodes of
/// anyOf/oneOf branches, where they decide whether a branch matches.
/// Keywords the table does not hold (if/then, cfn-lint's own) constrain
/// nothing here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cfn::registry {

/// JSON Schema's `type` names.
enum class JsonType : unsigned char { String, Number, Integer, Boolean, Object, Array, Null };

/// `dependentRequired` (or draft-07 `dependencies`), `dependentExcluded`: when
/// `name` is set, each of `names` must be set too, or must not be (`excluded`).
struct Dependency {
  std::string_view name;                ///< the property that, when set, decides
  std::vector<std::string_view> names;  ///< the properties it requires, or excludes
  bool excluded = false;                ///< `dependentExcluded`: the names must not be set
};

/// The constraints of one schema node, and the nodes of its properties and items.
class Constraints {
 public:
  /// Row `row` of the table.
  explicit Constraints(std::uint32_t row) noexcept : row_(row) {}

  /// The constraints of property `name` of an object here, when it has any (or its parts do).
  [[nodiscard]] std::optional<Constraints> property(std::string_view name) const noexcept;
  /// The constraints of the items of a list here.
  [[nodiscard]] std::optional<Constraints> items() const noexcept;

  /// `enum` (or cfn-lint's `enumCaseInsensitive`): the allowed values, as written in the schema.
  [[nodiscard]] std::vector<std::string_view> enum_values() const;
  /// The values come from `enumCaseInsensitive`: case does not matter.
  [[nodiscard]] bool enum_case_insensitive() const noexcept;
  /// `pattern`: a regular expression a string must contain a match of.
  [[nodiscard]] std::optional<std::string_view> pattern() const noexcept;
  /// Whether `text` matches pattern(); nullopt when there is no pattern, or
  /// when it uses what a linear-time matcher does not have (lookaround,
  /// back references): such a pattern is not judged.
  [[nodiscard]] std::optional<bool> matches_pattern(std::string_view text) const;
  /// @name Lengths
  //@{
  /// `minLength` / `maxLength`, in characters.
  [[nodiscard]] std::optional<std::uint32_t> min_length() const noexcept;
  [[nodiscard]] std::optional<std::uint32_t> max_length() const noexcept;
  //@}
  /// @name Bounds
  //@{
  /// `minimum` / `maximum` (or the exclusive forms, then exclusive_*() is true).
  [[nodiscard]] std::optional<double> minimum() const noexcept;
  [[nodiscard]] std::optional<double> maximum() const noexcept;
  //@}
  /// @name Exclusive bounds
  //@{
  /// The bound is `exclusiveMinimum` / `exclusiveMaximum`: the value itself is out.
  [[nodiscard]] bool exclusive_minimum() const noexcept;
  [[nodiscard]] bool exclusive_maximum() const noexcept;
  //@}
  /// @name Item counts
  //@{
  /// `minItems` / `maxItems`.
  [[nodiscard]] std::optional<std::uint32_t> min_items() const noexcept;
  [[nodiscard]] std::optional<std::uint32_t> max_items() const noexcept;
  //@}
  /// `uniqueItems: true`.
  [[nodiscard]] bool unique_items() const noexcept;

  /// @name Combinations
  //@{
  /// The branches of `anyOf` / `oneOf` / `allOf` (an anyOf or oneOf with a
  /// branch that constrains nothing always holds, and is not kept).
  [[nodiscard]] std::vector<Constraints> any_of() const;
  [[nodiscard]] std::vector<Constraints> one_of() const;
  [[nodiscard]] std::vector<Constraints> all_of() const;
  //@}
  /// cfn-lint's `requiredXor`: exactly one of these properties is set.
  [[nodiscard]] std::vector<std::string_view> required_xor() const;
  /// `dependentRequired`, `dependencies` and `dependentExcluded`, in that order.
  [[nodiscard]] std::vector<Dependency> dependencies() const;

  /// @name What decides whether a branch matches (held in branches only)
  //@{
  /// `required`: the properties an object must have.
  [[nodiscard]] std::vector<std::string_view> required() const;
  /// `type` is given (some JsonType is allowed, not all).
  [[nodiscard]] bool typed() const noexcept;
  /// `type` allows `type` (true when typed() is false).
  [[nodiscard]] bool allows(JsonType type) const noexcept;
  /// `additionalProperties: false`: only the schema's properties are allowed.
  [[nodiscard]] bool closed() const noexcept;
  /// cfn-lint's `format` ("AWS::KMS::Key.Arn"), when generators/registry/formats.json gives its pattern.
  [[nodiscard]] std::optional<std::string_view> format() const noexcept;
  /// Whether `text` matches format()'s pattern; nullopt without a format (or one RE2 cannot read).
  [[nodiscard]] std::optional<bool> matches_format(std::string_view text) const;
  //@}

 private:
  std::uint32_t row_;
};

/// The constraints on the Properties of a resource of `type`; nullopt when
/// no schema constrains them (no schema for the type, or nothing to check).
[[nodiscard]] std::optional<Constraints> find_resource(std::string_view type) noexcept;

/// The schema's `readOnlyProperties` of `type`, as paths below Properties
/// ("Arn", "Endpoint/Address", "Rules/*/Id": `*` is every item of a list):
/// CloudFormation sets them; a template's value is not sent to the resource.
[[nodiscard]] std::vector<std::string_view> read_only_properties(std::string_view type);

/// The regions of the region data, sorted ("af-south-1", ..., "us-west-2").
[[nodiscard]] std::vector<std::string_view> regions();
/// `region` is one of regions().
[[nodiscard]] bool is_region(std::string_view region) noexcept;
/// Whether `region` offers resource type `type`; nullopt when the region
/// data does not know the type in any region (it may be newer than the data).
[[nodiscard]] std::optional<bool> offered_in(std::string_view type, std::string_view region) noexcept;
/// The regions that offer `type`, sorted.
[[nodiscard]] std::vector<std::string_view> regions_offering(std::string_view type);

/// Where the data comes from, for messages and --version: "CloudFormation registry schemas (cfn-lint v1.51.5)".
[[nodiscard]] std::string_view data_source() noexcept;

}  // namespace cfn::registry
