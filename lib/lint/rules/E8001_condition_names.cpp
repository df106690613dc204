// E8001: Condition logical ids are 1 to 255 ASCII letters, digits, & and _
// (CloudFormation accepts both; cfn-lint's pattern is ^[a-zA-Z0-9&_]{1,255}$).
// Source: the CloudFormation quotas page and conditions-section-structure.md; cfn-lint E8001.
#include "lint/rule.hpp"
#include "lint/section_checks.hpp"

namespace cfn::detail::checks {
namespace e8001 {

void check(Context& ctx, const RuleInfo& rule) { check_logical_ids(ctx, rule, "Conditions", "condition", "&_"); }

}  // namespace e8001

extern const Rule kE8001{
    {.code = "E8001",
     .severity = Severity::Error,
     .title = "Condition names are letters, digits, & and _, at most 255 characters",
     .description = "Condition names are 1-255 ASCII letters, digits, `&` and `_`. CloudFormation rejects others "
                    "and accepts `&` and `_`. cfn-lint: E8001 (`^[a-zA-Z0-9&_]{1,255}$`).",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/conditions-section-structure.html"},
    e8001::check};

}  // namespace cfn::detail::checks
