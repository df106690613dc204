// E6010: at most 200 outputs per template.
// Source: the CloudFormation quotas page (cloudformation-limits.md); cfn-lint E6010.
#include "cfn/limits.hpp"
#include "lint/rule.hpp"
#include "lint/section_checks.hpp"

namespace cfn::detail::checks {
namespace e6010 {

void check(Context& ctx, const RuleInfo& rule) { check_entry_count(ctx, rule, "Outputs", limits::kOutputs, "outputs"); }

}  // namespace e6010

extern const Rule kE6010{
    {.code = "E6010",
     .severity = Severity::Error,
     .title = "At most 200 outputs",
     .description = "At most 200 outputs. Quota. cfn-lint: E6010.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html"},
    e6010::check};

}  // namespace cfn::detail::checks
