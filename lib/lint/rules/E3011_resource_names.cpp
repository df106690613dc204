// E3011: Resource logical ids are 1 to 255 ASCII letters and digits.
// Source: the CloudFormation quotas page and resources-section-structure.md; cfn-lint E3011.
#include "lint/rules.hpp"
#include "lint/section_checks.hpp"

namespace cfn::checks {
namespace {

void check(Context& ctx, const RuleInfo& rule) { check_logical_ids(ctx, rule, "Resources", "resource"); }

}  // namespace

extern const Rule kE3011{{"E3011", Severity::Error, "Resource logical ids are alphanumeric, at most 255 characters"},
                         check};

}  // namespace cfn::checks
