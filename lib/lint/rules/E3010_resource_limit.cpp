// E3010: at most 500 resources per template.
// Source: the CloudFormation quotas page (cloudformation-limits.md); cfn-lint E3010.
#include "cfn/limits.hpp"
#include "lint/rule.hpp"
#include "lint/section_checks.hpp"

namespace cfn::detail::checks {
namespace e3010 {

void check(Context& ctx, const RuleInfo& rule) {
  check_entry_count(ctx, rule, "Resources", limits::kResources, "resources");
}

}  // namespace e3010

extern const Rule kE3010{
    {.code = "E3010",
     .severity = Severity::Error,
     .title = "At most 500 resources",
     .description = "At most 500 resources. Quota. cfn-lint: E3010.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html"},
    e3010::check};

}  // namespace cfn::detail::checks
