// The differences between two values, as a list of changes at paths: maps
// are compared key by key, lists item by item (aligned by a shortest edit
// script, so one inserted tag is one change), functions of the same kind
// through their arguments; anything else is one change of the whole value.
#pragma once

#include <vector>

#include "cfn/diff.hpp"
#include "diff/schema_cursor.hpp"

namespace cfn::detail::diff {

/// Appends the changes from `old_value` to `new_value` (either may be null:
/// added or removed) under `path`, each with the cursor's assessment.
void diff_values(const Value* old_value, const Value* new_value, Path& path, const SchemaCursor& cursor,
                 std::vector<ValueChange>& out);

}  // namespace cfn::detail::diff
