// E3034: a number property value lies in the range of its registry schema
// (`minimum` / `maximum`, and their exclusive forms). Strings holding a number
// ("8080") count as the number, as CloudFormation converts them. A value given
// by a function is not judged.
// Source: the CloudFormation registry schemas (generators/registry); cfn-lint E3034.
#include <fmt/format.h>

#include "cfn/scalar_equivalence.hpp"
#include "lint/constraint_walk.hpp"
#include "lint/context.hpp"
#include "lint/schema_match.hpp"

namespace cfn::detail::checks {
namespace e3034 {

void check(Context& ctx, const RuleInfo& rule) {
  walk_constraints(ctx, [&](const Value& v, const registry::Constraints& c, const Path& path) {
    const std::optional<double> n = number_value(v);
    if (!n) return;
    const std::string shown = *cloudformation_string(v);
    if (const auto least = c.minimum()) {
      if (c.exclusive_minimum() ? *n <= *least : *n < *least)
        ctx.report(rule, v.mark(), path,
                   fmt::format("{} is less than {} {}", shown,
                               c.exclusive_minimum() ? "or equal to the exclusive minimum" : "the minimum", *least));
    }
    if (const auto most = c.maximum()) {
      if (c.exclusive_maximum() ? *n >= *most : *n > *most)
        ctx.report(rule, v.mark(), path,
                   fmt::format("{} is greater than {} {}", shown,
                               c.exclusive_maximum() ? "or equal to the exclusive maximum" : "the maximum", *most));
    }
  });
}

}  // namespace e3034

extern const Rule kE3034{
    {.code = "E3034",
     .severity = Severity::Error,
     .title = "Numbers lie in the range the schema allows",
     .description = "Literal numbers, and strings holding one, lie between the registry schema's `minimum` and "
                    "`maximum` (and the exclusive forms): `Port: 70000`, `DelaySeconds: 901`. cfn-lint: E3034.",
     .source = "https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/resource-type-schema.html"},
    e3034::check};

}  // namespace cfn::detail::checks
