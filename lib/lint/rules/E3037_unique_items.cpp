// E3037: the items of a list property are unique where its registry schema
// says so (`uniqueItems`). Only scalar items are compared, as written
// ("80" and 80 are the same value to CloudFormation).
// Source: the CloudFormation registry schemas (generators/registry); cfn-lint E3037.
#include <set>

#include "cfn/scalar_equivalence.hpp"
#include "lint/constraint_walk.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace e3037 {

void check(Context& ctx, const RuleInfo& rule) {
  walk_constraints(ctx, [&](const Value& v, const registry::Constraints& c, const Path& path) {
    if (!v.is_list() || !c.unique_items()) return;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < v.as_list().size(); ++i) {
      const Value& item = v.as_list()[i];
      const std::optional<std::string> text = cloudformation_string(item);
      if (!text || seen.insert(*text).second) continue;
      ctx.report(rule, item.mark(), path / i,
                 quote_value(*text) + " appears more than once; the items of this list must be unique");
    }
  });
}

}  // namespace e3037

extern const Rule kE3037{
    {.code = "E3037",
     .severity = Severity::Error,
     .title = "List items are unique where the schema says so",
     .description = "Scalar items of a list whose registry schema says `uniqueItems` appear once. Services reject "
                    "duplicate subnets, security groups... cfn-lint: E3037.",
     .source = "https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/resource-type-schema.html"},
    e3037::check};

}  // namespace cfn::detail::checks
