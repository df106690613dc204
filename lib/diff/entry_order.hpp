// The order a diff lists the entries of two maps in: NEW's order, each entry
// that only OLD has placed after the entry that preceded it in OLD (first
// when none did), so that a removed entry appears where it was.
#pragma once

#include <string>
#include <vector>

#include "cfn/value.hpp"

namespace cfn::detail::diff {

struct OrderedEntry {
  std::string key;
  const Value* old_value;  // nullptr: only in NEW
  const Value* new_value;  // nullptr: only in OLD
};

/// Either map may be null (absent).
[[nodiscard]] std::vector<OrderedEntry> merged_entries(const Map* old_map, const Map* new_map);

}  // namespace cfn::detail::diff
