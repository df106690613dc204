// E2011: Parameter logical ids are 1 to 255 ASCII letters and digits.
// Source: the CloudFormation quotas page and parameters-section-structure.md; cfn-lint E2011.
#include "lint/rules.hpp"
#include "lint/section_checks.hpp"

namespace cfn::checks {
namespace {

void check(Context& ctx, const RuleInfo& rule) { check_logical_ids(ctx, rule, "Parameters", "parameter"); }

}  // namespace

extern const Rule kE2011{{"E2011", Severity::Error, "Parameter names are alphanumeric, at most 255 characters"}, check};

}  // namespace cfn::checks
