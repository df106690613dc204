// Where the resource specification's UpdateType is contradicted by the
// CloudFormation documentation for properties of stateful resources: a
// short, curated table, every row with its source (update_overrides.cpp).
#pragma once

#include <span>
#include <string_view>

#include "cfn/diff.hpp"

namespace cfn::detail::diff {

struct UpdateOverride {
  std::string_view resource_type;  // "AWS::EC2::Volume"
  std::string_view property;       // a top-level property; it covers everything under it
  std::string_view specification;  // what the specification says: "Mutable", "Immutable" ("" for Custom::*)
  Impact impact;
  std::string_view reason;  // for people, says what the documentation says
  std::string_view source;  // where it says so
};

/// The row for a resource type's top-level property, or nullptr.
[[nodiscard]] const UpdateOverride* find_update_override(std::string_view resource_type,
                                                         std::string_view property) noexcept;

/// Every row, for tests and documentation.
[[nodiscard]] std::span<const UpdateOverride> update_overrides() noexcept;

}  // namespace cfn::detail::diff
