// E3010: at most 500 resources per template.
// Source: the CloudFormation quotas page (cloudformation-limits.md); cfn-lint E3010.
#include "cfn/limits.hpp"
#include "lint/rules.hpp"
#include "lint/section_checks.hpp"

namespace cfn::checks {
namespace {

void check(Context& ctx, const RuleInfo& rule) {
  check_entry_count(ctx, rule, "Resources", limits::kResources, "resources");
}

}  // namespace

extern const Rule kE3010{{"E3010", Severity::Error, "At most 500 resources"}, check};

}  // namespace cfn::checks
