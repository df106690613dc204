// E2010: at most 200 parameters per template.
// Source: the CloudFormation quotas page (cloudformation-limits.md); cfn-lint E2010.
#include "cfn/limits.hpp"
#include "lint/rules.hpp"
#include "lint/section_checks.hpp"

namespace cfn::checks {
namespace {

void check(Context& ctx, const RuleInfo& rule) {
  check_entry_count(ctx, rule, "Parameters", limits::kParameters, "parameters");
}

}  // namespace

extern const Rule kE2010{{"E2010", Severity::Error, "At most 200 parameters"}, check};

}  // namespace cfn::checks
