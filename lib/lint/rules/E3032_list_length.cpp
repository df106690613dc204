// E3032: a list property has as many items as its registry schema allows
// (`minItems` / `maxItems`). A list with an Fn::If or AWS::NoValue among its
// items has a length known only at deployment, and is not judged.
// Source: the CloudFormation registry schemas (generators/registry); cfn-lint E3032.
#include <algorithm>

#include "cfn/intrinsics.hpp"
#include "lint/constraint_walk.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace e3032 {

std::string items(std::size_t n) { return std::to_string(n) + (n == 1 ? " item" : " items"); }

void check(Context& ctx, const RuleInfo& rule) {
  walk_constraints(ctx, [&](const Value& v, const registry::Constraints& c, const Path& path) {
    if (!v.is_list()) return;
    const List& list = v.as_list();
    if (std::any_of(list.begin(), list.end(), [](const Value& i) { return i.is_fn(FnKind::If) || is_no_value(i); }))
      return;
    if (const auto least = c.min_items(); least && list.size() < *least)
      ctx.report(rule, v.mark(), path, "the list has " + items(list.size()) + "; at least " + items(*least));
    if (const auto most = c.max_items(); most && list.size() > *most)
      ctx.report(rule, v.mark(), path, "the list has " + items(list.size()) + "; at most " + items(*most));
  });
}

}  // namespace e3032

extern const Rule kE3032{
    {.code = "E3032",
     .severity = Severity::Error,
     .title = "Lists have as many items as the schema allows",
     .description = "Literal lists have the registry schema's `minItems` to `maxItems` items; not judged when an "
                    "item is an Fn::If or AWS::NoValue (the length is known at deployment only). cfn-lint: E3032.",
     .source = "https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/resource-type-schema.html"},
    e3032::check};

}  // namespace cfn::detail::checks
