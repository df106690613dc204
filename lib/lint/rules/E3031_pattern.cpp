// E3031: a string property value matches the pattern of its registry schema
// (`pattern`: the string contains a match, as JSON Schema says). Patterns a
// linear-time matcher cannot read (lookaround, back references) are not
// judged; neither is a value given by a function.
// Source: the CloudFormation registry schemas (generators/registry); cfn-lint E3031.
#include "lint/constraint_walk.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace e3031 {

void check(Context& ctx, const RuleInfo& rule) {
  walk_constraints(ctx, [&](const Value& v, const registry::Constraints& c, const Path& path) {
    if (!v.is_string()) return;
    if (c.matches_pattern(v.as_string()).value_or(true)) return;
    ctx.report(rule, v.mark(), path,
               quote_value(v.as_string()) + " does not match the pattern '" + std::string(*c.pattern()) + "'");
  });
}

}  // namespace e3031

extern const Rule kE3031{
    {.code = "E3031",
     .severity = Severity::Error,
     .title = "String property values match the schema's pattern",
     .description = "Literal strings match the registry schema's `pattern` (contain a match, as JSON Schema says), "
                    "matched with RE2 in linear time; a pattern RE2 cannot read (lookaround, back references) is not "
                    "judged. A bucket name with capitals, a malformed ARN. cfn-lint: E3031.",
     .source = "https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/resource-type-schema.html"},
    e3031::check};

}  // namespace cfn::detail::checks
