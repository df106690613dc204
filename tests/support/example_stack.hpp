#pragma once

#include "cfn/template.hpp"

namespace cfn::test {

/// A small stack that uses every part of the builder: parameters of several
/// kinds, a mapping, conditions, resources with every attribute, user data
/// through the Sub escaper, outputs with exports and conditions.
Template example_stack();

}  // namespace cfn::test
