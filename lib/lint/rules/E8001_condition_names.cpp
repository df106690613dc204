// E8001: Condition logical ids are 1 to 255 ASCII letters and digits.
// Source: the CloudFormation quotas page and conditions-section-structure.md; cfn-lint E8001.
#include "lint/rules.hpp"
#include "lint/section_checks.hpp"

namespace cfn::checks {
namespace {

void check(Context& ctx, const RuleInfo& rule) { check_logical_ids(ctx, rule, "Conditions", "condition"); }

}  // namespace

extern const Rule kE8001{{"E8001", Severity::Error, "Condition names are alphanumeric, at most 255 characters"}, check};

}  // namespace cfn::checks
