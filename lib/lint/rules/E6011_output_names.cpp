// E6011: Output logical ids are 1 to 255 ASCII letters and digits.
// Source: the CloudFormation quotas page and outputs-section-structure.md; cfn-lint E6004/E6011.
#include "lint/rule.hpp"
#include "lint/section_checks.hpp"

namespace cfn::detail::checks {
namespace e6011 {

void check(Context& ctx, const RuleInfo& rule) { check_logical_ids(ctx, rule, "Outputs", "output"); }

}  // namespace e6011

extern const Rule kE6011{
    {.code = "E6011",
     .severity = Severity::Error,
     .title = "Output names are alphanumeric, at most 255 characters",
     .description = "Output names are 1-255 ASCII letters and digits. CloudFormation rejects others. cfn-lint: "
                    "E6004/E6011.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/outputs-section-structure.html"},
    e6011::check};

}  // namespace cfn::detail::checks
