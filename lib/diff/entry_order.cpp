#include "diff/entry_order.hpp"

namespace cfn::detail::diff {

std::vector<OrderedEntry> merged_entries(const Map* old_map, const Map* new_map) {
  std::vector<OrderedEntry> out;
  const Map empty;
  const Map& a = old_map != nullptr ? *old_map : empty;
  const Map& b = new_map != nullptr ? *new_map : empty;
  // Removed entries that come before any entry both maps have.
  auto flush_removed = [&](Map::const_iterator& it) {
    for (; it != a.end() && !b.contains(it->key); ++it) out.push_back({it->key, &it->value, nullptr});
  };
  Map::const_iterator old_it = a.begin();
  flush_removed(old_it);
  for (const Member& m : b) {
    Map::const_iterator before = a.find_member(m.key);
    if (before == a.end()) {
      out.push_back({m.key, nullptr, &m.value});
      continue;
    }
    out.push_back({m.key, &before->value, &m.value});
    // The removed entries that follow this one in OLD.
    flush_removed(++before);
  }
  return out;
}

}  // namespace cfn::detail::diff
