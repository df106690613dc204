// E6011: Output logical ids are 1 to 255 ASCII letters and digits.
// Source: the CloudFormation quotas page and outputs-section-structure.md; cfn-lint E6004/E6011.
#include "lint/rules.hpp"
#include "lint/section_checks.hpp"

namespace cfn::checks {
namespace {

void check(Context& ctx, const RuleInfo& rule) { check_logical_ids(ctx, rule, "Outputs", "output"); }

}  // namespace

extern const Rule kE6011{{"E6011", Severity::Error, "Output names are alphanumeric, at most 255 characters"}, check};

}  // namespace cfn::checks
