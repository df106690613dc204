/// @file
/// The canonical layout of a template document: sections, and the keys of each
/// parameter, resource, output and rule, in the orders of cfn/knowledge.hpp.
/// Property order is left as written.
#pragma once

#include "cfn/value.hpp"

namespace cfn {

/// Reorders the sections of a template document and the attributes inside its
/// parameters, resources, outputs and rules. Unknown keys keep their relative
/// order after the known ones. Values are not changed.
[[nodiscard]] Value canonicalize(Value document);

}  // namespace cfn
