// E3007: parameters and resources share one namespace: a name is either a
// parameter or a resource ("must be unique among all logical names within
// the template"), or Ref and ${Name} could not tell which is meant.
// Source: parameters-section-structure.md; cfn-lint E3007.
#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace e3007 {

void check(Context& ctx, const RuleInfo& rule) {
  const Map* parameters = ctx.view().section("Parameters");
  const Map* resources = ctx.view().section("Resources");
  if (parameters == nullptr || resources == nullptr) return;
  for (const Member& r : *resources)
    if (parameters->contains(r.key))
      ctx.report(rule, r.key_mark, Path{"Resources", r.key},
                 "'" + r.key + "' is both a parameter and a resource; logical names must be unique");
}

}  // namespace e3007

extern const Rule kE3007{
    {.code = "E3007",
     .severity = Severity::Error,
     .title = "Parameter and resource names are unique",
     .description = "No name is both a parameter and a resource. Parameters and resources share one namespace. "
                    "cfn-lint: E3007.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html"},
    e3007::check};

}  // namespace cfn::detail::checks
