// The template's sections other than Resources.
#pragma once

#include <vector>

#include "cfn/diff.hpp"

namespace cfn::detail::diff {

/// Appends the changes of every section but Resources, in the user guide's
/// section order (unknown sections last, in NEW's order). Documents are
/// normalised maps (anything else compares as a whole).
void diff_sections(const Value& old_document, const Value& new_document, std::vector<EntryChange>& out);

}  // namespace cfn::detail::diff
