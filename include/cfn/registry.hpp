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
/// Keywords the table does not hold (oneOf, anyOf, allOf, format, and
/// cfn-lint's own) constrain nothing here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cfn::registry {

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

 private:
  std::uint32_t row_;
};

/// The constraints on the Properties of a resource of `type`; nullopt when
/// no schema constrains them (no schema for the type, or nothing to check).
[[nodiscard]] std::optional<Constraints> find_resource(std::string_view type) noexcept;

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
