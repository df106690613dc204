#include "diff/value_diff.hpp"

#include <algorithm>
#include <type_traits>

#include "cfn/intrinsics.hpp"
#include "diff/entry_order.hpp"
#include "diff/sequence_diff.hpp"

namespace cfn::detail::diff {
namespace {

// equivalent(), with the comparison of each node decided by the schema at
// its path (a JSON-typed property deep inside compares kinds).
bool equivalent_at(const Value& a, const Value& b, const SchemaCursor& cursor) {
  if (cursor.comparison_is_final() || a.is_scalar() || b.is_scalar()) return equivalent(a, b, cursor.comparison());
  const SchemaCursor at = cursor.resolve(b);
  return same_children(a, b, [&at](const Value& x, const Value& y, const auto& step) {
    using Step = std::decay_t<decltype(step)>;
    if constexpr (std::is_same_v<Step, std::size_t>)
      return equivalent_at(x, y, at.index(step));
    else if constexpr (std::is_same_v<Step, FnKind>)
      return equivalent_at(x, y, at.function(step));
    else
      return equivalent_at(x, y, at.key(step));
  });
}

void leaf(const Value* old_value, const Value* new_value, const Path& path, const SchemaCursor& cursor,
          std::vector<ValueChange>& out) {
  ValueChange change;
  change.path = path;
  if (old_value != nullptr) change.old_value = *old_value;
  if (new_value != nullptr) change.new_value = *new_value;
  SchemaCursor::Assessment a = cursor.assess();
  change.impact = a.impact;
  change.reason = std::move(a.reason);
  change.another_resource = a.another_resource;
  out.push_back(std::move(change));
}

void diff_lists(const List& a, const List& b, Path& path, const SchemaCursor& cursor, std::vector<ValueChange>& out) {
  const auto edits = diff_sequences(
      a.size(), b.size(), [&](std::size_t i, std::size_t j) { return equivalent_at(a[i], b[j], cursor.index(j)); });
  // Runs of removals and additions between kept items: pair them up in order
  // (an item that changed), the rest are removed or added items.
  std::size_t k = 0;
  while (k < edits.size()) {
    if (edits[k].op == EditOp::Keep) {
      ++k;
      continue;
    }
    std::vector<std::size_t> removed;
    std::vector<std::size_t> added;
    for (; k < edits.size() && edits[k].op != EditOp::Keep; ++k) {
      if (edits[k].op == EditOp::Remove) removed.push_back(edits[k].old_index);
      if (edits[k].op == EditOp::Add) added.push_back(edits[k].new_index);
    }
    const std::size_t pairs = std::min(removed.size(), added.size());
    for (std::size_t p = 0; p < pairs; ++p) {
      path.push(added[p]);
      diff_values(&a[removed[p]], &b[added[p]], path, cursor.index(added[p]), out);
      path.pop();
    }
    for (std::size_t p = pairs; p < removed.size(); ++p) {
      path.push(removed[p]);
      leaf(&a[removed[p]], nullptr, path, cursor.index(removed[p]), out);
      path.pop();
    }
    for (std::size_t p = pairs; p < added.size(); ++p) {
      path.push(added[p]);
      leaf(nullptr, &b[added[p]], path, cursor.index(added[p]), out);
      path.pop();
    }
  }
}

}  // namespace

void diff_values(const Value* old_value, const Value* new_value, Path& path, const SchemaCursor& cursor,
                 std::vector<ValueChange>& out) {
  if (old_value == nullptr || new_value == nullptr) {
    if (old_value != new_value) leaf(old_value, new_value, path, cursor, out);
    return;
  }
  const Value& a = *old_value;
  const Value& b = *new_value;
  if (equivalent_at(a, b, cursor)) return;

  if (a.is_map() && b.is_map()) {
    const SchemaCursor at = cursor.resolve(b);
    for (const OrderedEntry& e : merged_entries(&a.as_map(), &b.as_map())) {
      path.push(e.key);
      diff_values(e.old_value, e.new_value, path, at.key(e.key), out);
      path.pop();
    }
    return;
  }
  if (a.is_list() && b.is_list()) {
    diff_lists(a.as_list(), b.as_list(), path, cursor.resolve(b), out);
    return;
  }
  // Functions whose argument is data (Join, Sub, If...) compare piece by piece;
  // references and computations (Ref, GetAtt, Select...) read best as one value.
  if (a.is_fn() && b.is_fn() && a.as_fn().kind() == b.as_fn().kind() && fn_traits(a.as_fn().kind()).composite) {
    const FnKind kind = a.as_fn().kind();
    const SchemaCursor inside = cursor.function(kind);
    path.push(fn_name(kind));
    const SubView sub_a(a.as_fn().argument());
    const SubView sub_b(b.as_fn().argument());
    if (kind == FnKind::Sub && sub_a.well_formed() && sub_b.well_formed()) {
      // The text at "Fn::Sub" (a line diff when it spans lines), the variables at "Fn::Sub[1]".
      if (!equivalent_at(*sub_a.text_node(), *sub_b.text_node(), inside))
        leaf(sub_a.text_node(), sub_b.text_node(), path, inside, out);
      const Value none{Map()};
      path.push(std::size_t{1});
      diff_values(sub_a.variables_node() != nullptr ? sub_a.variables_node() : &none,
                  sub_b.variables_node() != nullptr ? sub_b.variables_node() : &none, path, inside.index(1), out);
      path.pop();
    } else {
      diff_values(&a.as_fn().argument(), &b.as_fn().argument(), path, inside, out);
    }
    path.pop();
    return;
  }
  leaf(&a, &b, path, cursor, out);
}

}  // namespace cfn::detail::diff
