// E7002: Mapping logical ids are 1 to 255 ASCII letters and digits.
// Source: the CloudFormation quotas page and mappings-section-structure.md; cfn-lint E7001/E7002.
#include "lint/rule.hpp"
#include "lint/section_checks.hpp"

namespace cfn::detail::checks {
namespace e7002 {

void check(Context& ctx, const RuleInfo& rule) { check_logical_ids(ctx, rule, "Mappings", "mapping"); }

}  // namespace e7002

extern const Rule kE7002{
    {.code = "E7002",
     .severity = Severity::Error,
     .title = "Mapping names are alphanumeric, at most 255 characters",
     .description = "Mapping names are 1-255 ASCII letters and digits. CloudFormation rejects others. cfn-lint: "
                    "E7001/E7002.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/mappings-section-structure.html"},
    e7002::check};

}  // namespace cfn::detail::checks
