// The rule registry: every rule object, each defined in rules/<CODE>_*.cpp.
// Adding a rule: write its file, declare it here, list it in rules.cpp.
#pragma once

#include "lint/rule.hpp"

namespace cfn::checks {

extern const Rule kE3001;  // resource types exist
extern const Rule kE3002;  // properties exist
extern const Rule kE3003;  // required properties present
extern const Rule kE3012;  // property value shapes

}  // namespace cfn::checks
