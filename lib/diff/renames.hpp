// A changed logical id: CloudFormation sees a resource removed and another
// added, creates the new one and deletes the old one. cfnpp shows it that
// way and links the two halves, so the added half is flagged as a
// replacement (and the removed half's data policy is shown next to it).
//
// An added resource is taken for the new name of a removed one when both
// have the same Type and at least half of their top-level properties (of
// the union of both sets of names; two empty sets count as equal) are
// equivalent; among several, the most similar, then the first in OLD.
#pragma once

#include <vector>

#include "cfn/diff.hpp"

namespace cfn::detail::diff {

/// Links the added and removed resources of `changes`; `old_resources` and
/// `new_resources` are the normalised Resources maps they come from.
void link_renames(std::vector<ResourceChange>& changes, const Map& old_resources, const Map& new_resources);

}  // namespace cfn::detail::diff
