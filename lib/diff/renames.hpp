// A changed logical id: CloudFormation sees a resource removed and another
// added, creates the new one and deletes the old one. cfnpp shows it that
// way and links the two halves, so the added half is flagged as a
// replacement (and the removed half's data policy is shown next to it).
//
// An added resource "looks like a rename" of a removed one when both have
// the same Type and their top-level properties are alike by at least 3/4 of
// their weight: the added one's properties that are equivalent in the
// removed one, weighed by the length of their text (compact JSON), among
// all of the added one's and those only the removed one has (two empty sets
// count as equal). Weighing by text keeps lookalikes apart: two functions
// of one stack share their runtime, handler, role, memory and timeout, and
// differ in their code, which outweighs them (counted per property, they
// were half alike and were linked). Among several, the most similar, then
// the first in OLD. It is a guess, and said so: "looks like a rename of X".
#pragma once

#include <vector>

#include "cfn/diff.hpp"

namespace cfn::detail::diff {

/// Links the added and removed resources of `changes`; `old_resources` and
/// `new_resources` are the normalised Resources maps they come from.
void link_renames(std::vector<ResourceChange>& changes, const Map& old_resources, const Map& new_resources);

}  // namespace cfn::detail::diff
