// E3030: a property value is one of the values its registry schema allows
// (`enum`; cfn-lint's `enumCaseInsensitive` compares without case). Numbers
// compare as numbers ("80" is 80). A value given by a function is not judged.
// Source: the CloudFormation registry schemas (generators/registry); cfn-lint E3030.
#include <algorithm>

#include "cfn/scalar_equivalence.hpp"
#include "lint/constraint_walk.hpp"
#include "lint/context.hpp"
#include "lint/schema_match.hpp"
#include "text/shortened_list.hpp"

namespace cfn::detail::checks {
namespace e3030 {

void check(Context& ctx, const RuleInfo& rule) {
  walk_constraints(ctx, [&](const Value& v, const registry::Constraints& c, const Path& path) {
    const std::optional<std::string> text = cloudformation_string(v);
    if (!text) return;
    const std::vector<std::string_view> allowed = c.enum_values();
    if (allowed.empty()) return;
    const bool ignore_case = c.enum_case_insensitive();
    if (std::any_of(allowed.begin(), allowed.end(),
                    [&](std::string_view a) { return enum_value_equal(*text, a, ignore_case); }))
      return;
    ctx.report(rule, v.mark(), path,
               quote_value(*text) + " is not one of " + detail::strings::shortened_list(allowed, 12, "values") +
                   (ignore_case ? " (in any case)" : "") + did_you_mean(*text, allowed));
  });
}

}  // namespace e3030

extern const Rule kE3030{
    {.code = "E3030",
     .severity = Severity::Error,
     .title = "Property values are among the values the schema allows",
     .description = "Literal property values, at any depth and in both branches of Fn::If, are among the registry "
                    "schema's `enum` values (`enumCaseInsensitive`: in any case); numbers compare as numbers (\"30\" "
                    "is 30); with did-you-mean. Values given by other functions, and dynamic references, are not "
                    "judged. The service rejects others at create time (`VolumeType: gp4`). cfn-lint: E3030.",
     .source = "https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/resource-type-schema.html"},
    e3030::check};

}  // namespace cfn::detail::checks
