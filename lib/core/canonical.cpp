#include "cfn/canonical.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include "cfn/knowledge.hpp"

namespace cfn {
namespace {

/// Reorders the members of `m` by the rank `rank_of` gives each key (unknown
/// keys rank last, in their order).
template <class Rank>
void reorder(Map& m, Rank rank_of) {
  std::vector<Member> members(std::make_move_iterator(m.begin()), std::make_move_iterator(m.end()));
  std::stable_sort(members.begin(), members.end(),
                   [&](const Member& a, const Member& b) { return rank_of(a.key) < rank_of(b.key); });
  Map sorted;
  sorted.reserve(members.size());
  for (Member& member : members) sorted.append(std::move(member));
  m = std::move(sorted);
}

/// The rank of `key` in `order` (a list of names, or of rows with a name).
template <class Row>
std::size_t rank(std::span<const Row> order, std::string_view key) {
  const auto it = std::find_if(order.begin(), order.end(), [&](const Row& row) {
    if constexpr (std::is_same_v<Row, std::string_view>)
      return row == key;
    else
      return row.name == key;
  });
  return static_cast<std::size_t>(it - order.begin());
}

template <class Row>
void reorder_entries(Value* section, std::span<const Row> order) {
  if (section == nullptr || !section->is_map()) return;
  for (Member& entry : section->as_map())
    if (entry.value.is_map()) reorder(entry.value.as_map(), [&](std::string_view k) { return rank(order, k); });
}

}  // namespace

Value canonicalize(Value document) {
  if (!document.is_map()) return document;
  reorder(document.as_map(), [](std::string_view k) { return rank(knowledge::sections(), k); });
  reorder_entries(document.find("Parameters"), knowledge::parameter_keys());
  reorder_entries(document.find("Resources"), knowledge::resource_attributes());
  reorder_entries(document.find("Outputs"), knowledge::output_keys());
  reorder_entries(document.find("Rules"), knowledge::rule_keys());
  return document;
}

}  // namespace cfn
