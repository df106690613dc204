// E2010: at most 200 parameters per template.
// Source: the CloudFormation quotas page (cloudformation-limits.md); cfn-lint E2010.
#include "cfn/limits.hpp"
#include "lint/rule.hpp"
#include "lint/section_checks.hpp"

namespace cfn::detail::checks {
namespace e2010 {

void check(Context& ctx, const RuleInfo& rule) {
  check_entry_count(ctx, rule, "Parameters", limits::kParameters, "parameters");
}

}  // namespace e2010

extern const Rule kE2010{
    {.code = "E2010",
     .severity = Severity::Error,
     .title = "At most 200 parameters",
     .description = "At most 200 parameters. Quota. cfn-lint: E2010.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html"},
    e2010::check};

}  // namespace cfn::detail::checks
