#include "diff/renames.hpp"

#include <set>
#include <string>

#include "diff/equivalence.hpp"

namespace cfn::detail::diff {
namespace {

// The share of equivalent top-level properties, 0..1.
double similarity(const Value& a, const Value& b) {
  const Value* pa = a.find("Properties");
  const Value* pb = b.find("Properties");
  const Map empty;
  const Map& ma = pa != nullptr && pa->is_map() ? pa->as_map() : empty;
  const Map& mb = pb != nullptr && pb->is_map() ? pb->as_map() : empty;
  std::set<std::string> names;
  for (const Member& m : ma) names.insert(m.key);
  for (const Member& m : mb) names.insert(m.key);
  if (names.empty()) return 1.0;
  std::size_t same = 0;
  for (const std::string& n : names) {
    const Value* x = ma.find(n);
    const Value* y = mb.find(n);
    if (x != nullptr && y != nullptr && equivalent(*x, *y, Comparison::Text)) ++same;
  }
  return static_cast<double>(same) / static_cast<double>(names.size());
}

}  // namespace

void link_renames(std::vector<ResourceChange>& changes, const Map& old_resources, const Map& new_resources) {
  for (ResourceChange& added : changes) {
    if (added.kind != ChangeKind::Added || added.new_type.empty()) continue;
    const Value* now = new_resources.find(added.logical_id);
    if (now == nullptr) continue;
    ResourceChange* best = nullptr;
    double best_score = 0.5;
    // Candidates in OLD order, so ties go to the first.
    for (const Member& m : old_resources) {
      for (ResourceChange& removed : changes) {
        if (removed.kind != ChangeKind::Removed || removed.logical_id != m.key || !removed.replaced_by.empty() ||
            removed.old_type != added.new_type)
          continue;
        const double score = similarity(m.value, *now);
        if (score > best_score || (best == nullptr && score >= best_score)) {
          best = &removed;
          best_score = score;
        }
      }
    }
    if (best == nullptr) continue;
    best->replaced_by = added.logical_id;
    added.replaces = best->logical_id;
    added.impact = Impact::Replace;
    added.reason = "new logical id for " + best->logical_id + ": CloudFormation creates " + added.logical_id +
                   " and deletes " + best->logical_id;
  }
}

}  // namespace cfn::detail::diff
