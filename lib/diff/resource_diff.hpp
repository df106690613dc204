// One resource in both templates: its changed properties and attributes,
// what CloudFormation does about them, and what happens to its data.
#pragma once

#include <string>

#include "cfn/diff.hpp"

namespace cfn::detail::diff {

/// The change of a resource both templates have (nullopt-free: an empty
/// `changes` means no change). Values are normalised resources.
[[nodiscard]] ResourceChange diff_resource(const std::string& logical_id, const Value& old_resource,
                                           const Value& new_resource);

/// The Type of a resource, or "" when it has none that is a string.
[[nodiscard]] std::string resource_type(const Value& resource);

}  // namespace cfn::detail::diff
