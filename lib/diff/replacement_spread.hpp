// A replaced resource gets a new physical id and new attributes: what refers
// to it changes too (cfn::SpreadChange). The rules, from the update types:
//  - the references are Ref, Fn::GetAtt and the `${...}` of Fn::Sub that name
//    a resource of NEW (cfn::named_references), anywhere in its Properties
//    (the only resource attribute whose change the specification judges,
//    knowledge::resource_attributes()); DependsOn, Metadata and the policies
//    change nothing;
//  - what a reference does is what a change at its path does
//    (SchemaCursor::assess): Immutable on the path replaces the referring
//    resource, Conditional may replace it, Mutable updates it. Any attribute
//    counts (conservative: CloudFormation documents no attribute that
//    survives a replacement);
//  - a source that only may be replaced (Conditional) makes a replacement
//    at most a "may replace", and a refused update unknown;
//  - sources: resources replaced or maybe replaced by their own change, and
//    the new logical id of a renamed resource (its old id is deleted, so what
//    refers to the new one refers to a new physical resource: those
//    references are also changes of their own, Ref Old -> Ref New); what a
//    replacement reaches is a source in turn, transitively;
//  - a resource keeps its most severe impact (its own or a spread one) and
//    lists every reason; added and removed resources are not reached (an
//    added one is created anyway).
// Linear in the size of the template: a reverse index of the references (a
// plain walk), then a worklist that raises each resource at most twice (to
// "may replace", to "replace"); only the reached resources are walked with
// the schema. Cycles (which CloudFormation rejects) end, as nothing is
// raised twice to the same strength.
#pragma once

#include <vector>

#include "cfn/diff.hpp"

namespace cfn::detail::diff {

/// Adds the replacements that spread (ResourceChange::spread) to `changes`:
/// the resource changes of a diff in which every resource of both maps has
/// an entry (a Modified one with no changes when it is unchanged), renames
/// linked. Raises impacts and data risks accordingly. `old_resources` and
/// `new_resources` are the normalised Resources maps.
void spread_replacements(std::vector<ResourceChange>& changes, const Map& old_resources, const Map& new_resources);

}  // namespace cfn::detail::diff
