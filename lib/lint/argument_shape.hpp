// What E1022 (Fn::Join), E8003 (Fn::Equals), E8004 (Fn::And), E8005 (Fn::Not)
// and E8006 (Fn::Or) share: every use of the function has the argument shape
// CloudFormation requires (cfn::argument_shape_problem, the core's fact).
#pragma once

#include "cfn/value.hpp"
#include "lint/rule.hpp"

namespace cfn::detail::checks {

/// Reports every use of `kind` whose argument does not have its shape. Not
/// judged when a macro transforms the template (it may take other shapes).
void check_argument_shape(Context& ctx, const RuleInfo& rule, FnKind kind);

}  // namespace cfn::detail::checks
