// The names of the diff's enumerations (as the JSON output writes them) and
// the summary of a diff.
#include "cfn/diff.hpp"

namespace cfn {

std::string_view to_string(Impact impact) noexcept {
  switch (impact) {
    case Impact::None:
      return "none";
    case Impact::Update:
      return "update";
    case Impact::Unknown:
      return "unknown";
    case Impact::MayReplace:
      return "may-replace";
    case Impact::Replace:
      return "replace";
    case Impact::Rejected:
      return "rejected";
  }
  return "?";
}

std::string_view to_string(ChangeKind kind) noexcept {
  switch (kind) {
    case ChangeKind::Added:
      return "added";
    case ChangeKind::Removed:
      return "removed";
    case ChangeKind::Modified:
      return "modified";
  }
  return "?";
}

std::string_view to_string(DataFate fate) noexcept {
  switch (fate) {
    case DataFate::Retained:
      return "retained";
    case DataFate::Snapshot:
      return "snapshot";
    case DataFate::Deleted:
      return "deleted";
    case DataFate::DeletedIfEmpty:
      return "deleted-if-empty";
    case DataFate::Protected:
      return "protected";
    case DataFate::Unknown:
      return "unknown";
  }
  return "?";
}

DiffSummary TemplateDiff::summary() const {
  DiffSummary s;
  for (const ResourceChange& r : resources) {
    switch (r.kind) {
      case ChangeKind::Added:
        ++s.added;
        break;
      case ChangeKind::Removed:
        ++s.removed;
        break;
      case ChangeKind::Modified:
        ++s.modified;
        break;
    }
    switch (r.impact) {
      case Impact::None:
        break;
      case Impact::Update:
        ++s.update;
        break;
      case Impact::Unknown:
        ++s.unknown;
        break;
      case Impact::MayReplace:
        ++s.may_replace;
        break;
      case Impact::Replace:
        ++s.replace;
        break;
      case Impact::Rejected:
        ++s.rejected;
        break;
    }
    if (!r.spread.empty()) ++s.spread;
    if (r.data && r.data->loses_data()) ++s.data_loss;
  }
  s.entries = entries.size();
  return s;
}

}  // namespace cfn
