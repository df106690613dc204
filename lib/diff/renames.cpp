#include "diff/renames.hpp"

#include <algorithm>
#include <cstddef>
#include <functional>
#include <string_view>
#include <unordered_map>

#include "diff/equivalence.hpp"

namespace cfn::detail::diff {
namespace {

const Map& properties_of(const Value& resource) {
  static const Map kEmpty;
  const Value* p = resource.find("Properties");
  return p != nullptr && p->is_map() ? p->as_map() : kEmpty;
}

/// The share of equivalent top-level properties among the names of both
/// (two empty sets count as equal), as a fraction.
struct Score {
  std::size_t same = 0;
  std::size_t names = 0;
  // this < other, by cross-multiplication (exact).
  [[nodiscard]] bool below(const Score& other) const noexcept { return same * other.names < other.same * names; }
};

Score similarity(const Map& a, const Map& b) {
  if (a.empty() && b.empty()) return {1, 1};
  Score score{0, a.size() + b.size()};
  for (const Member& m : a) {
    const Value* other = b.find(m.key);
    if (other == nullptr) continue;
    --score.names;  // counted in both
    if (equivalent(m.value, *other, Comparison::AsString)) ++score.same;
  }
  return score;
}

std::size_t combine(std::size_t seed, std::size_t h) noexcept {
  return seed ^ (h + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

// The hash of a type and either a whole property map or one property.
std::size_t whole_key(std::string_view type, const Map& properties) {
  return combine(std::hash<std::string_view>{}(type), text_hash(properties));
}
std::size_t property_key(std::string_view type, const Member& property) {
  return combine(combine(std::hash<std::string_view>{}(type) + 1, std::hash<std::string_view>{}(property.key)),
                 text_hash(property.value));
}

/// A removed resource that may turn out to be renamed.
struct Candidate {
  ResourceChange* change;
  const Map* properties;
};

/// Candidate ids in OLD order; those before `open` are all taken.
struct Bucket {
  std::vector<std::size_t> ids;
  std::size_t open = 0;
};

/// Removed resources by the hash of their type and properties (whole, and
/// each one), each list in OLD order.
class CandidateIndex {
 public:
  CandidateIndex(std::vector<ResourceChange>& changes, const Map& old_resources) {
    std::vector<std::pair<std::size_t, ResourceChange*>> removed;
    for (ResourceChange& c : changes) {
      if (c.kind != ChangeKind::Removed) continue;
      const auto it = old_resources.find_member(c.logical_id);
      if (it != old_resources.end()) removed.emplace_back(static_cast<std::size_t>(it - old_resources.begin()), &c);
    }
    std::sort(removed.begin(), removed.end());
    for (const auto& [position, change] : removed) {
      const Map& props = properties_of(old_resources.begin()[static_cast<std::ptrdiff_t>(position)].value);
      const std::size_t id = candidates_.size();
      candidates_.push_back({change, &props});
      whole_[whole_key(change->old_type, props)].ids.push_back(id);
      for (const Member& p : props) by_property_[property_key(change->old_type, p)].ids.push_back(id);
    }
    scored_by_.assign(candidates_.size(), 0);
  }

  /// The best removed resource for `added` (kind Added, type `type`,
  /// properties `props`): the most similar of those not yet taken whose
  /// score is at least 1/2, the first in OLD among equals; nullptr if none.
  ResourceChange* best_for(std::string_view type, const Map& props) {
    ++round_;
    // A score of 1 (equivalent properties) cannot be beaten: the first such one in OLD wins.
    if (const auto it = whole_.find(whole_key(type, props)); it != whole_.end()) {
      Bucket& bucket = it->second;
      while (bucket.open < bucket.ids.size() && taken(bucket.ids[bucket.open])) ++bucket.open;
      for (std::size_t i = bucket.open; i < bucket.ids.size(); ++i)
        if (const std::size_t id = bucket.ids[i];
            eligible(id, type) && !similarity(*candidates_[id].properties, props).below({1, 1}))
          return candidates_[id].change;
    }
    if (props.empty()) return nullptr;  // only an empty set is similar to an empty set

    // Any candidate shares an equivalent property with `props`, or scores 0.
    // Look in the rarest lists first: a candidate missing from the first r
    // lists scores at most (k - r) / k, so once that is below the best score
    // (or below 1/2) the other lists cannot hold a better one.
    std::vector<Bucket*> lists;
    for (const Member& p : props) {
      const auto it = by_property_.find(property_key(type, p));
      lists.push_back(it != by_property_.end() ? &it->second : nullptr);
    }
    std::stable_sort(lists.begin(), lists.end(), [](const Bucket* a, const Bucket* b) {
      return (a ? a->ids.size() - a->open : 0) < (b ? b->ids.size() - b->open : 0);
    });
    const std::size_t k = props.size();
    std::size_t best = kNone;
    Score best_score{1, 2};
    for (std::size_t r = 0; r < lists.size(); ++r) {
      const Score reachable{k - r, k};
      if (reachable.below(best_score)) break;
      if (lists[r] == nullptr) continue;
      Bucket& list = *lists[r];
      // Taken candidates never come back: the taken ones at the front are skipped for good.
      while (list.open < list.ids.size() && taken(list.ids[list.open])) ++list.open;
      for (std::size_t i = list.open; i < list.ids.size(); ++i) {
        const std::size_t id = list.ids[i];
        // The ids ahead are later in OLD and score at most `reachable`: once the
        // best reaches it, they can neither beat it nor win a tie.
        if (best != kNone && id > best && !best_score.below(reachable)) break;
        if (scored_by_[id] == round_ || !eligible(id, type)) continue;
        scored_by_[id] = round_;
        const Score score = similarity(*candidates_[id].properties, props);
        if (score.below(best_score)) continue;
        // Equal scores go to the first in OLD (ids are in OLD order).
        if (best == kNone || best_score.below(score) || id < best) {
          best = id;
          best_score = score;
        }
      }
    }
    return best == kNone ? nullptr : candidates_[best].change;
  }

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  [[nodiscard]] bool taken(std::size_t id) const { return !candidates_[id].change->replaced_by.empty(); }
  [[nodiscard]] bool eligible(std::size_t id, std::string_view type) const {
    return !taken(id) && candidates_[id].change->old_type == type;
  }

  std::vector<Candidate> candidates_;
  std::unordered_map<std::size_t, Bucket> whole_;
  std::unordered_map<std::size_t, Bucket> by_property_;
  std::vector<std::size_t> scored_by_;  // the round that last scored each candidate
  std::size_t round_ = 0;
};

}  // namespace

void link_renames(std::vector<ResourceChange>& changes, const Map& old_resources, const Map& new_resources) {
  CandidateIndex index(changes, old_resources);
  for (ResourceChange& added : changes) {
    if (added.kind != ChangeKind::Added || added.new_type.empty()) continue;
    const Value* now = new_resources.find(added.logical_id);
    if (now == nullptr) continue;
    ResourceChange* best = index.best_for(added.new_type, properties_of(*now));
    if (best == nullptr) continue;
    best->replaced_by = added.logical_id;
    added.replaces = best->logical_id;
    added.impact = Impact::Replace;
    added.reason = "new logical id for " + best->logical_id + ": CloudFormation creates " + added.logical_id +
                   " and deletes " + best->logical_id;
  }
}

}  // namespace cfn::detail::diff
