// Resources that hold data, and what their DeletionPolicy or
// UpdateReplacePolicy does to it when the resource is removed or replaced.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "cfn/diff.hpp"

namespace cfn::diff_detail {

struct StatefulType {
  std::string_view type;
  bool snapshot = false;                 // the Snapshot policy is supported
  bool snapshot_by_default = false;      // DeletionPolicy defaults to Snapshot (RDS)
  bool deletes_only_when_empty = false;  // the deletion fails while it holds data (S3)
};

/// Every stateful type (sorted by name), or the one of `type` (nullptr if not stateful).
[[nodiscard]] std::span<const StatefulType> stateful_types() noexcept;
[[nodiscard]] const StatefulType* find_stateful_type(std::string_view type) noexcept;

/// The fate of the data of `old_resource` (as deployed) when NEW no longer has it:
/// its DeletionPolicy decides. nullopt when the resource holds no data.
[[nodiscard]] std::optional<DataRisk> removal_risk(const Value& old_resource);

/// The fate of the data of `old_resource` when the update replaces it; the
/// UpdateReplacePolicy of `new_resource` (the template being deployed) decides.
/// `surely`: false when it may be replaced (Conditional).
[[nodiscard]] std::optional<DataRisk> replacement_risk(const Value& old_resource, const Value& new_resource,
                                                       bool surely);

}  // namespace cfn::diff_detail
