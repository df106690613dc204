// E6010: at most 200 outputs per template.
// Source: the CloudFormation quotas page (cloudformation-limits.md); cfn-lint E6010.
#include "cfn/limits.hpp"
#include "lint/rules.hpp"
#include "lint/section_checks.hpp"

namespace cfn::checks {
namespace {

void check(Context& ctx, const RuleInfo& rule) { check_entry_count(ctx, rule, "Outputs", limits::kOutputs, "outputs"); }

}  // namespace

extern const Rule kE6010{{"E6010", Severity::Error, "At most 200 outputs"}, check};

}  // namespace cfn::checks
