// E7002: Mapping logical ids are 1 to 255 ASCII letters and digits.
// Source: the CloudFormation quotas page and mappings-section-structure.md; cfn-lint E7001/E7002.
#include "lint/rules.hpp"
#include "lint/section_checks.hpp"

namespace cfn::checks {
namespace {

void check(Context& ctx, const RuleInfo& rule) { check_logical_ids(ctx, rule, "Mappings", "mapping"); }

}  // namespace

extern const Rule kE7002{{"E7002", Severity::Error, "Mapping names are alphanumeric, at most 255 characters"}, check};

}  // namespace cfn::checks
