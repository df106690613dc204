// E3015: a resource's Condition attribute is the name of a condition of the
// template (a literal string: functions are not allowed there).
// Source: resources-section-structure.md, conditions-section-structure.md;
// cfn-lint E3015.
#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace e3015 {

void check(Context& ctx, const RuleInfo& rule) {
  const TemplateView& idx = ctx.view();
  for (const TemplateResource& r : idx.resources()) {
    const Value* c = r.find("Condition");
    if (c == nullptr) continue;
    const Path path = r.path / "Condition";
    if (!c->is_string()) {
      ctx.report(rule, c->mark(), path, "a resource's Condition is a condition name, not " + describe_kind(*c));
      continue;
    }
    const std::string& name = c->as_string();
    if (idx.is_condition(name) || !idx.names_known() || (r.templated && name.find('{') != std::string::npos)) continue;
    ctx.report(rule, c->mark(), path,
               "condition '" + name + "' is not defined in Conditions" + did_you_mean(name, ctx.names(Context::Names::Conditions)));
  }
}

}  // namespace e3015

extern const Rule kE3015{
    {.code = "E3015",
     .severity = Severity::Error,
     .title = "A resource's Condition names a defined condition",
     .description = "A resource's Condition is the name of a defined condition. Unknown conditions fail. cfn-lint: "
                    "E3015.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/conditions-section-structure.html"},
    e3015::check};

}  // namespace cfn::detail::checks
