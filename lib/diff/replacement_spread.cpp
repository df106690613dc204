#include "diff/replacement_spread.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <unordered_map>

#include "cfn/intrinsics.hpp"
#include "cfn/knowledge.hpp"
#include "diff/resource_diff.hpp"
#include "diff/schema_cursor.hpp"
#include "diff/stateful.hpp"

namespace cfn::detail::diff {
namespace {

/// How surely a resource is replaced.
enum class Strength : std::uint8_t { None, May, Sure };

Strength strength_of(Impact impact) {
  return impact == Impact::Replace ? Strength::Sure : impact == Impact::MayReplace ? Strength::May : Strength::None;
}

/// What a reference whose path is judged `at` does when its target is replaced (`source`).
Impact spread_impact(Impact at, Strength source) {
  if (source == Strength::Sure) return at;
  if (at == Impact::Replace) return Impact::MayReplace;
  if (at == Impact::Rejected) return Impact::Unknown;  // refused if the source is replaced, else no change
  return at;
}

/// A position outside the schema, for the walk that only indexes references.
struct Unjudged {
  [[nodiscard]] Unjudged key(std::string_view) const { return {}; }
  [[nodiscard]] Unjudged index(std::size_t) const { return {}; }
  [[nodiscard]] Unjudged function(FnKind) const { return {}; }
  [[nodiscard]] Unjudged resolve(const Value&) const { return {}; }
};

/// Calls on(name, path, position) for every name a function in `value` refers
/// to; `position` follows the path (a SchemaCursor, or Unjudged).
template <class Position, class OnReference>
void walk(const Value& value, const Position& at, Path& path, const OnReference& on) {
  switch (value.kind()) {
    case Value::Kind::Fn: {
      const Fn& fn = value.as_fn();
      for (const NameReference& name : named_references(fn)) on(name.target, path, at);
      const Path::Scope scope(path, fn_name(fn.kind()));
      walk(fn.argument(), at.function(fn.kind()), path, on);
      return;
    }
    case Value::Kind::Map: {
      const Position inside = at.resolve(value);
      for (const Member& m : value.as_map()) {
        const Path::Scope scope(path, m.key);
        walk(m.value, inside.key(m.key), path, on);
      }
      return;
    }
    case Value::Kind::List: {
      const Position inside = at.resolve(value);
      const List& items = value.as_list();
      for (std::size_t i = 0; i < items.size(); ++i) {
        const Path::Scope scope(path, i);
        walk(items[i], inside.index(i), path, on);
      }
      return;
    }
    default:
      return;
  }
}

/// Walks what of `resource` the specification judges (its Properties).
template <class Position, class OnReference>
void walk_judged_attributes(const Value& resource, const Position& properties, const OnReference& on) {
  for (const Member& m : resource.as_map()) {
    const knowledge::ResourceAttribute* attribute = knowledge::find_resource_attribute(m.key);
    if (attribute == nullptr || attribute->change != knowledge::AttributeChange::BySpecification) continue;
    Path path{m.key};
    walk(m.value, properties, path, on);
  }
}

/// A resource's reference to one resource: the most severe of its references to it.
struct Reference {
  std::size_t target;
  std::size_t order;  // of the first reference to the target, in the referring resource
  Path path;
  Impact impact;
  std::string reason;
};

/// The resources of NEW with their changes, the index of who refers to whom,
/// and how surely each is replaced.
class Spread {
  /// How surely a modified resource is replaced by its own changes: those
  /// that replace another resource SAM generates (a function's role) do not
  /// replace what its Ref names.
  static Strength own_strength(const ResourceChange& c) {
    Impact worst = Impact::None;  // as ResourceChange::impact, without those changes
    for (const ValueChange& v : c.changes)
      if (!v.another_resource && static_cast<int>(v.impact) > static_cast<int>(worst)) worst = v.impact;
    return strength_of(worst);
  }

 public:
  Spread(std::vector<ResourceChange>& changes, const Map& old_resources, const Map& new_resources)
      : old_(old_resources), new_(new_resources) {
    const std::size_t n = new_resources.size();
    change_.assign(n, nullptr);
    ids_.reserve(n);
    for (std::size_t i = 0; i < n; ++i) ids_.emplace(member(i).key, i);
    for (ResourceChange& c : changes)
      if (c.kind != ChangeKind::Removed)
        if (const auto it = ids_.find(c.logical_id); it != ids_.end()) change_[it->second] = &c;
    strength_.assign(n, Strength::None);
    origin_.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      origin_[i] = i;
      if (const ResourceChange* c = change_[i]; c != nullptr)
        strength_[i] =
            c->kind == ChangeKind::Added ? (c->replaces.empty() ? Strength::None : Strength::Sure) : own_strength(*c);
    }
  }

  void run() {
    std::vector<std::size_t> queue;
    for (std::size_t i = 0; i < strength_.size(); ++i)
      if (strength_[i] != Strength::None) queue.push_back(i);
    if (queue.empty()) return;  // nothing is replaced: no walk at all
    index_referrers();
    references_.resize(strength_.size());
    walked_.assign(strength_.size(), false);
    for (std::size_t head = 0; head < queue.size(); ++head) {
      const std::size_t source = queue[head];
      for (const std::size_t r : referrers_[source]) {
        const Reference& ref = reference(r, source);
        const Strength reached = strength_of(spread_impact(ref.impact, strength_[source]));
        if (reached <= strength_[r]) continue;
        strength_[r] = reached;
        origin_[r] = origin_[source];
        queue.push_back(r);  // at most twice per resource: May, then Sure
      }
    }
    for (std::size_t r = 0; r < walked_.size(); ++r)
      if (walked_[r]) record(r);
  }

 private:
  [[nodiscard]] const Member& member(std::size_t i) const { return new_.begin()[static_cast<std::ptrdiff_t>(i)]; }

  /// A resource a replacement can reach: in both templates, a map in both.
  [[nodiscard]] bool reachable(std::size_t i) const {
    const ResourceChange* c = change_[i];
    if (c == nullptr || c->kind != ChangeKind::Modified || !member(i).value.is_map()) return false;
    const Value* old_resource = old_.find(member(i).key);
    return old_resource != nullptr && old_resource->is_map();
  }

  /// referrers_[t]: the reachable resources that refer to t, each once.
  void index_referrers() {
    referrers_.resize(strength_.size());
    for (std::size_t r = 0; r < strength_.size(); ++r) {
      if (!reachable(r)) continue;
      walk_judged_attributes(member(r).value, Unjudged{}, [&](std::string_view name, const Path&, const Unjudged&) {
        const auto it = ids_.find(name);
        if (it == ids_.end() || it->second == r) return;
        std::vector<std::size_t>& list = referrers_[it->second];
        if (list.empty() || list.back() != r) list.push_back(r);
      });
    }
  }

  /// The reference of `r` to `target` (r refers to it), judged by the schema.
  const Reference& reference(std::size_t r, std::size_t target) {
    if (!walked_[r]) walk_with_schema(r);
    std::vector<Reference>& refs = references_[r];
    return *std::lower_bound(refs.begin(), refs.end(), target,
                             [](const Reference& a, std::size_t t) { return a.target < t; });
  }

  /// references_[r]: one Reference per target, sorted by target.
  void walk_with_schema(std::size_t r) {
    walked_[r] = true;
    const Value& resource = member(r).value;
    std::vector<Reference>& refs = references_[r];
    std::unordered_map<std::size_t, std::size_t> at;  // target -> index in refs
    walk_judged_attributes(resource, SchemaCursor::properties_of(resource_type(resource)),
                           [&](std::string_view name, const Path& path, const SchemaCursor& cursor) {
                             const auto it = ids_.find(name);
                             if (it == ids_.end() || it->second == r) return;
                             SchemaCursor::Assessment a = cursor.assess();
                             const auto [slot, added] = at.emplace(it->second, refs.size());
                             if (added) {
                               refs.push_back({it->second, refs.size(), path, a.impact, std::move(a.reason)});
                             } else if (static_cast<int>(a.impact) > static_cast<int>(refs[slot->second].impact)) {
                               Reference& ref = refs[slot->second];
                               ref.path = path;
                               ref.impact = a.impact;
                               ref.reason = std::move(a.reason);
                             }
                           });
    std::sort(refs.begin(), refs.end(), [](const Reference& a, const Reference& b) { return a.target < b.target; });
  }

  /// Writes the spread of a resource that refers to a replaced one into its change.
  void record(std::size_t r) {
    std::vector<const Reference*> causes;
    for (const Reference& ref : references_[r])
      if (strength_[ref.target] != Strength::None) causes.push_back(&ref);
    if (causes.empty()) return;
    std::sort(causes.begin(), causes.end(), [](const Reference* a, const Reference* b) { return a->order < b->order; });
    ResourceChange& change = *change_[r];
    const Impact own = change.impact;
    for (const Reference* ref : causes) {
      SpreadChange s;
      s.source = member(ref->target).key;
      s.source_surely = strength_[ref->target] == Strength::Sure;
      s.origin = member(origin_[ref->target]).key;
      s.path = ref->path;
      s.impact = spread_impact(ref->impact, strength_[ref->target]);
      s.reason = ref->reason;
      if (static_cast<int>(s.impact) > static_cast<int>(change.impact)) change.impact = s.impact;
      change.spread.push_back(std::move(s));
    }
    if (change.impact != own && (change.impact == Impact::Replace || change.impact == Impact::MayReplace))
      change.data = replacement_risk(*old_.find(change.logical_id), member(r).value, change.impact == Impact::Replace);
  }

  const Map& old_;
  const Map& new_;
  std::unordered_map<std::string_view, std::size_t> ids_;
  std::vector<ResourceChange*> change_;  // the change of each resource of NEW
  std::vector<Strength> strength_;
  std::vector<std::size_t> origin_;  // whose own change the replacement starts at
  std::vector<std::vector<std::size_t>> referrers_;
  std::vector<std::vector<Reference>> references_;
  std::vector<bool> walked_;
};

}  // namespace

void spread_replacements(std::vector<ResourceChange>& changes, const Map& old_resources, const Map& new_resources) {
  Spread(changes, old_resources, new_resources).run();
}

}  // namespace cfn::detail::diff
