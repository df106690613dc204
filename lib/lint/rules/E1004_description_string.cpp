// E1004: the template Description is a literal string (no functions, no
// numbers or maps). Source: template-description-structure.md; cfn-lint E1004.
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace e1004 {

void check(Context& ctx, const RuleInfo& rule) {
  const Value* d = ctx.root().find("Description");
  if (d == nullptr || d->is_string()) return;
  ctx.report(rule, d->mark(), Path{"Description"},
             "the Description must be a literal string, not " + describe_kind(*d));
}

}  // namespace e1004

extern const Rule kE1004{
    {.code = "E1004",
     .severity = Severity::Error,
     .title = "The template Description is a literal string",
     .description = "Description is a literal string. No functions, numbers or maps there. cfn-lint: E1004.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-description-structure.html"},
    e1004::check};

}  // namespace cfn::detail::checks
