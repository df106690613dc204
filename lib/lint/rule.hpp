// The rule framework: a rule is a function over a Context (lint/context.hpp)
// that reports findings under its code. Each rule lives in
// rules/<CODE>_<name>.cpp, which declares it
// (`extern const Rule k<CODE>{{.code, .severity, .title, .description, .source}, check};`);
// the registry all_rules() is generated from CFNPP_LINT_RULES in
// lib/CMakeLists.txt. This header stays light (cfn/rule_info.hpp only): a
// small rule's translation unit is a few thousand lines, not seventy.
#pragma once

#include "cfn/rule_info.hpp"

namespace cfn::detail::checks {

class Context;

struct Rule {
  RuleInfo info;
  void (*check)(Context& context, const RuleInfo& rule);
};

}  // namespace cfn::detail::checks
