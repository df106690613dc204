// E3011: Resource logical ids are 1 to 255 ASCII letters and digits.
// Source: the CloudFormation quotas page and resources-section-structure.md; cfn-lint E3011.
#include "lint/rule.hpp"
#include "lint/section_checks.hpp"

namespace cfn::detail::checks {
namespace e3011 {

void check(Context& ctx, const RuleInfo& rule) { check_logical_ids(ctx, rule, "Resources", "resource"); }

}  // namespace e3011

extern const Rule kE3011{
    {.code = "E3011",
     .severity = Severity::Error,
     .title = "Resource logical ids are alphanumeric, at most 255 characters",
     .description = "Resource logical ids are 1-255 ASCII letters and digits. CloudFormation rejects others. "
                    "cfn-lint: E3011.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html"},
    e3011::check};

}  // namespace cfn::detail::checks
