// E1006: AWSTemplateFormatVersion, when present, is the literal "2010-09-09",
// the only version there is. Source: format-version-structure.md.
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace e1006 {

void check(Context& ctx, const RuleInfo& rule) {
  const Value* v = ctx.root().find("AWSTemplateFormatVersion");
  if (v == nullptr || (v->is_string() && v->as_string() == "2010-09-09")) return;
  ctx.report(rule, v->mark(), Path{"AWSTemplateFormatVersion"},
             "AWSTemplateFormatVersion must be '2010-09-09', not " +
                 (v->is_string() ? "'" + v->as_string() + "'" : describe_kind(*v)));
}

}  // namespace e1006

extern const Rule kE1006{
    {.code = "E1006",
     .severity = Severity::Error,
     .title = "AWSTemplateFormatVersion is 2010-09-09",
     .description = "AWSTemplateFormatVersion, when present, is `2010-09-09`. The only version that exists.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/format-version-structure.html"},
    e1006::check};

}  // namespace cfn::detail::checks
