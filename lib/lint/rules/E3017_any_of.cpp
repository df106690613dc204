// E3017: a property value matches at least one branch of its registry
// schema's `anyOf` (SNS KmsMasterKeyId: a KMS key ARN, a key id or an alias
// name; an OIDC action: ClientSecret or UseExistingClientSecret). A branch a
// function decides (Ref, Sub, an Fn::If inside...) may match: not judged.
// Source: the CloudFormation registry schemas (generators/registry); cfn-lint E3017.
#include "lint/constraint_walk.hpp"
#include "lint/context.hpp"
#include "lint/schema_match.hpp"

namespace cfn::detail::checks {
namespace e3017 {

void check(Context& ctx, const RuleInfo& rule) {
  walk_constraints(ctx, [&](const Value& v, const registry::Constraints& c, const Path& path) {
    const std::vector<registry::Constraints> branches = c.any_of();
    if (branches.empty()) return;
    for (const registry::Constraints& b : branches)
      if (match(v, b) != Verdict::NoMatch) return;
    ctx.report(rule, v.mark(), path,
               describe_value(v) + " matches none of the schema's anyOf branches: " + describe(branches));
  });
}

}  // namespace e3017

extern const Rule kE3017{
    {.code = "E3017",
     .severity = Severity::Error,
     .title = "Values match one of the schema's anyOf branches at least",
     .description = "Literal property values, at any depth, match at least one branch of the registry schema's "
                    "`anyOf` (a branch's type, required properties, enum, pattern, lengths, ranges and cfn-lint's "
                    "KMS and security-group formats, `generators/registry/formats.json`): SNS `KmsMasterKeyId: "
                    "aws/sns` is no key ARN, key id or alias. A branch that a function, a dynamic reference or an "
                    "Fn::If inside the value decides may match, so the value is not judged. cfn-lint: E3017.",
     .source = "https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/resource-type-schema.html"},
    e3017::check};

}  // namespace cfn::detail::checks
