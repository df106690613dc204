#include "diff/renames.hpp"

#include <algorithm>
#include <cstddef>
#include <functional>
#include <string_view>
#include <unordered_map>

#include "cfn/emit.hpp"
#include "diff/equivalence.hpp"

namespace cfn::detail::diff {
namespace {

const Map& properties_of(const Value& resource) {
  static const Map kEmpty;
  const Value* p = resource.find("Properties");
  return p != nullptr && p->is_map() ? p->as_map() : kEmpty;
}

/// How alike a removed resource's properties and an added one's are: the
/// weight of the added one's properties that are equivalent in the removed
/// one, among the weight of all the added one's and of those only the
/// removed one has (two empty maps count as equal). A property weighs the
/// length of its value's text (compact JSON), so a function's code outweighs
/// its runtime and timeout.
struct Score {
  std::size_t same = 0;
  std::size_t total = 0;
  // this < other, by cross-multiplication (exact).
  [[nodiscard]] bool below(const Score& other) const noexcept { return same * other.total < other.same * total; }
};

/// The least score of a rename (lib/diff/renames.hpp).
constexpr Score kThreshold{3, 4};

/// A property map with the weight of each property, in its order.
struct Weighed {
  const Map* properties = nullptr;
  std::vector<std::size_t> weights;
  std::size_t total = 0;
};

Weighed weighed(const Map& properties) {
  Weighed w{&properties, {}, 0};
  w.weights.reserve(properties.size());
  for (const Member& m : properties) {
    w.weights.push_back(to_json(m.value, JsonLayout::Compact).size());
    w.total += w.weights.back();
  }
  return w;
}

Score similarity(const Weighed& removed, const Weighed& added) {
  if (removed.properties->empty() && added.properties->empty()) return {1, 1};
  Score score{0, added.total};
  for (std::size_t i = 0; i < added.properties->size(); ++i) {
    const Member& m = added.properties->begin()[static_cast<std::ptrdiff_t>(i)];
    const Value* before = removed.properties->find(m.key);
    if (before != nullptr && equivalent(*before, m.value, Comparison::AsString)) score.same += added.weights[i];
  }
  for (std::size_t i = 0; i < removed.properties->size(); ++i)
    if (!added.properties->contains(removed.properties->begin()[static_cast<std::ptrdiff_t>(i)].key))
      score.total += removed.weights[i];
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
  Weighed properties;
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
      candidates_.push_back({change, weighed(props)});
      whole_[whole_key(change->old_type, props)].ids.push_back(id);
      for (const Member& p : props) by_property_[property_key(change->old_type, p)].ids.push_back(id);
    }
    scored_by_.assign(candidates_.size(), 0);
  }

  /// The best removed resource for an added one of type `type` and
  /// properties `props`: the most similar of those not yet taken whose score
  /// is at least kThreshold, the first in OLD among equals; nullptr if none.
  /// Its score in `score`.
  ResourceChange* best_for(std::string_view type, const Weighed& props, Score& score) {
    ++round_;
    // A score of 1 (equivalent properties) cannot be beaten: the first such one in OLD wins.
    if (const auto it = whole_.find(whole_key(type, *props.properties)); it != whole_.end()) {
      Bucket& bucket = it->second;
      while (bucket.open < bucket.ids.size() && taken(bucket.ids[bucket.open])) ++bucket.open;
      for (std::size_t i = bucket.open; i < bucket.ids.size(); ++i) {
        const std::size_t id = bucket.ids[i];
        if (!eligible(id, type)) continue;
        score = similarity(candidates_[id].properties, props);
        if (!score.below({1, 1})) return candidates_[id].change;
      }
    }
    if (props.properties->empty()) return nullptr;  // only an empty set is similar to an empty set

    // Any candidate shares an equivalent property with `props`, or scores 0.
    // Look in the rarest lists first: a candidate missing from the first r
    // lists scores at most the weight of the others over the weight of all
    // of `props`, so once that is below the best score (or the threshold)
    // the other lists cannot hold a better one.
    struct List {
      Bucket* bucket;
      std::size_t weight;
    };
    std::vector<List> lists;
    std::size_t left = 0;  // the weight of the lists from r on
    for (std::size_t i = 0; i < props.properties->size(); ++i) {
      const auto it = by_property_.find(property_key(type, props.properties->begin()[static_cast<std::ptrdiff_t>(i)]));
      lists.push_back({it != by_property_.end() ? &it->second : nullptr, props.weights[i]});
      left += props.weights[i];
    }
    const auto open_ids = [](const Bucket* b) { return b != nullptr ? b->ids.size() - b->open : 0; };
    std::stable_sort(lists.begin(), lists.end(),
                     [&](const List& a, const List& b) { return open_ids(a.bucket) < open_ids(b.bucket); });
    std::size_t best = kNone;
    Score best_score = kThreshold;
    for (const List& entry : lists) {
      const Score reachable{left, props.total};
      left -= entry.weight;
      if (reachable.below(best_score)) break;
      if (entry.bucket == nullptr) continue;
      Bucket& list = *entry.bucket;
      // Taken candidates never come back: the taken ones at the front are skipped for good.
      while (list.open < list.ids.size() && taken(list.ids[list.open])) ++list.open;
      for (std::size_t i = list.open; i < list.ids.size(); ++i) {
        const std::size_t id = list.ids[i];
        // The ids ahead are later in OLD and score at most `reachable`: once the
        // best reaches it, they can neither beat it nor win a tie.
        if (best != kNone && id > best && !best_score.below(reachable)) break;
        if (scored_by_[id] == round_ || !eligible(id, type)) continue;
        scored_by_[id] = round_;
        const Score s = similarity(candidates_[id].properties, props);
        if (s.below(best_score)) continue;
        // Equal scores go to the first in OLD (ids are in OLD order).
        if (best == kNone || best_score.below(s) || id < best) {
          best = id;
          best_score = s;
        }
      }
    }
    score = best_score;
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
    const Weighed props = weighed(properties_of(*now));
    Score score;
    ResourceChange* best = index.best_for(added.new_type, props, score);
    if (best == nullptr) continue;
    best->replaced_by = added.logical_id;
    added.replaces = best->logical_id;
    added.impact = Impact::Replace;
    added.reason = "looks like a rename of " + best->logical_id + " (the same type, " +
                   std::to_string(score.same * 100 / score.total) +
                   " % of the properties alike): CloudFormation creates " + added.logical_id + " and deletes " +
                   best->logical_id;
  }
}

}  // namespace cfn::detail::diff
