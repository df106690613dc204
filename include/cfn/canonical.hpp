// The canonical layout of a template document: sections in the order the
// CloudFormation user guide documents them, and the keys of each parameter,
// resource, output and rule in a fixed order. Property order is left as written.
#pragma once

#include "cfn/value.hpp"

namespace cfn {

/// Reorders the sections of a template document and the attributes inside its
/// parameters, resources, outputs and rules. Unknown keys keep their relative
/// order after the known ones. Values are not changed.
[[nodiscard]] Value canonicalize(Value document);

}  // namespace cfn
