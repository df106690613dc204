// E2011: Parameter logical ids are 1 to 255 ASCII letters and digits.
// Source: the CloudFormation quotas page and parameters-section-structure.md; cfn-lint E2011.
#include "lint/rule.hpp"
#include "lint/section_checks.hpp"

namespace cfn::detail::checks {
namespace e2011 {

void check(Context& ctx, const RuleInfo& rule) { check_logical_ids(ctx, rule, "Parameters", "parameter"); }

}  // namespace e2011

extern const Rule kE2011{
    {.code = "E2011",
     .severity = Severity::Error,
     .title = "Parameter names are alphanumeric, at most 255 characters",
     .description = "Parameter names are 1-255 ASCII letters and digits. CloudFormation rejects others. cfn-lint: "
                    "E2011.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html"},
    e2011::check};

}  // namespace cfn::detail::checks
