// E3011: Resource logical ids are 1 to 255 ASCII letters and digits.
// Source: the CloudFormation quotas page and resources-section-structure.md; cfn-lint E3011.
#include "lint/rule.hpp"
#include "lint/section_checks.hpp"

namespace cfn::detail::checks {
namespace {

void check(Context& ctx, const RuleInfo& rule) { check_logical_ids(ctx, rule, "Resources", "resource"); }

}  // namespace

extern const Rule kE3011{
    {.code = "E3011",
     .severity = Severity::Error,
     .title = "Resource logical ids are alphanumeric, at most 255 characters",
     .description = "Resource logical ids are 1-255 ASCII letters and digits. CloudFormation rejects others. "
                    "cfn-lint: E3011.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html"},
    check};

}  // namespace cfn::detail::checks
