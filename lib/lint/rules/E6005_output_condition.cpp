// E6005: an output's Condition is the name of a condition of the template.
// Source: outputs-section-structure.md; cfn-lint E6005.
#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace e6005 {

void check(Context& ctx, const RuleInfo& rule) {
  const TemplateView& idx = ctx.view();
  const Map* outputs = ctx.view().section("Outputs");
  if (outputs == nullptr) return;
  for (const Member& o : *outputs) {
    const Value* c = o.value.find("Condition");
    if (c == nullptr) continue;
    const Path path = Path{"Outputs", o.key, "Condition"};
    if (!c->is_string()) {
      ctx.report(rule, c->mark(), path, "an output's Condition is a condition name, not " + describe_kind(*c));
      continue;
    }
    const std::string& name = c->as_string();
    if (idx.is_condition(name) || !idx.names_known()) continue;
    ctx.report(rule, c->mark(), path,
               "condition '" + name + "' is not defined in Conditions" + did_you_mean(name, ctx.names(Context::Names::Conditions)));
  }
}

}  // namespace e6005

extern const Rule kE6005{
    {.code = "E6005",
     .severity = Severity::Error,
     .title = "An output's Condition names a defined condition",
     .description = "An output's Condition is a defined condition. Unknown conditions fail. cfn-lint: E6005.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/outputs-section-structure.html"},
    e6005::check};

}  // namespace cfn::detail::checks
