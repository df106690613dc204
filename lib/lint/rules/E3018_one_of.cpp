// E3018: a property value matches exactly one branch of its registry
// schema's `oneOf` (an SSM Contacts plan: Stages or RotationIds, not both).
// Matching none and matching two are both reported; a branch a function
// decides is counted neither way, so a value is judged only when the answer
// is certain.
// Source: the CloudFormation registry schemas (generators/registry); cfn-lint E3018.
#include "lint/constraint_walk.hpp"
#include "lint/context.hpp"
#include "lint/schema_match.hpp"

namespace cfn::detail::checks {
namespace e3018 {

void check(Context& ctx, const RuleInfo& rule) {
  walk_constraints(ctx, [&](const Value& v, const registry::Constraints& c, const Path& path) {
    const std::vector<registry::Constraints> branches = c.one_of();
    if (branches.empty()) return;
    std::vector<registry::Constraints> matched;
    bool unknown = false;
    for (const registry::Constraints& b : branches) {
      const Verdict verdict = match(v, b);
      if (verdict == Verdict::Match) matched.push_back(b);
      unknown = unknown || verdict == Verdict::Unknown;
    }
    if (matched.size() > 1)
      ctx.report(rule, v.mark(), path,
                 describe_value(v) + " matches " + std::to_string(matched.size()) +
                     " of the schema's oneOf branches, where exactly one must match: " + describe(matched));
    else if (matched.empty() && !unknown)
      ctx.report(rule, v.mark(), path,
                 describe_value(v) + " matches none of the schema's oneOf branches: " + describe(branches));
  });
}

}  // namespace e3018

extern const Rule kE3018{
    {.code = "E3018",
     .severity = Severity::Error,
     .title = "Values match exactly one of the schema's oneOf branches",
     .description = "Literal property values, at any depth, match exactly one branch of the registry schema's "
                    "`oneOf` (judged as for E3017): none, or two at once (an SSM Contacts plan with both Stages and "
                    "RotationIds), is an error. Branches that a function decides count neither way; a branch with "
                    "`additionalProperties: false` is not known to match. cfn-lint: E3018.",
     .source = "https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/resource-type-schema.html"},
    e3018::check};

}  // namespace cfn::detail::checks
