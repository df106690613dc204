// How many bytes each part of a document takes as YAML, without writing the
// document: what cfn::split weighs against CloudFormation's template size quota.
#pragma once

#include <cstddef>
#include <vector>

#include "cfn/value.hpp"

namespace cfn::detail::emitter {

/// The bytes each member of `map` takes in to_yaml of the map (its key line
/// and everything under it), in the map's order. Throws cfn::EmitError as
/// to_yaml does.
[[nodiscard]] std::vector<std::size_t> yaml_member_sizes(const Map& map);

}  // namespace cfn::detail::emitter
