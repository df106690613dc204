// What the DeletionPolicy or UpdateReplacePolicy of a resource that holds
// data (cfn::knowledge::stateful_types()) does to it when the resource is
// removed or replaced.
#pragma once

#include <optional>

#include "cfn/diff.hpp"

namespace cfn::detail::diff {

/// The fate of the data of `old_resource` (as deployed) when NEW no longer has it:
/// its DeletionPolicy decides. nullopt when the resource holds no data.
[[nodiscard]] std::optional<DataRisk> removal_risk(const Value& old_resource);

/// The fate of the data of `old_resource` when the update replaces it; the
/// UpdateReplacePolicy of `new_resource` (the template being deployed) decides.
/// `surely`: false when it may be replaced (Conditional).
[[nodiscard]] std::optional<DataRisk> replacement_risk(const Value& old_resource, const Value& new_resource,
                                                       bool surely);

}  // namespace cfn::detail::diff
