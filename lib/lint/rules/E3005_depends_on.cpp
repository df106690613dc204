// E3005: DependsOn is a resource's logical id or a list of them, each naming
// a resource of the template (not a parameter). A resource depending on
// itself is a cycle, reported by E3004.
// Source: aws-attribute-dependson.md; cfn-lint E3005.
#include "cfn/intrinsics.hpp"
#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace e3005 {

void check_one(Context& ctx, const RuleInfo& rule, const TemplateView& idx, const TemplateResource& r, const Value& v,
               const Path& path) {
  if (!v.is_string()) {
    ctx.report(rule, v.mark(), path, "DependsOn takes logical ids (strings), not " + describe_kind(v));
    return;
  }
  const std::string& name = v.as_string();
  if (idx.resource(name) != nullptr || !idx.names_known() || idx.generated(name)) return;
  for (std::string_view l : r.loop_names)
    if (name.find("${" + std::string(l) + "}") != std::string::npos) return;
  ctx.report(rule, v.mark(), path,
             idx.is_parameter(name) ? "DependsOn names '" + name + "', a parameter; it takes resources only"
                                    : "DependsOn names '" + name + "', which is not a resource of the template" +
                                          did_you_mean(name, ctx.names(Context::Names::Resources)));
}

void check(Context& ctx, const RuleInfo& rule) {
  const TemplateView& idx = ctx.view();
  for (const TemplateResource& r : idx.resources()) {
    const DependsOnView depends_on(r.find("DependsOn"));
    const Path path = r.path / "DependsOn";
    for (std::size_t i = 0; i < depends_on.entries().size(); ++i)
      check_one(ctx, rule, idx, r, depends_on.entries()[i], depends_on.list_form() ? path / i : path);
  }
}

}  // namespace e3005

extern const Rule kE3005{
    {.code = "E3005",
     .severity = Severity::Error,
     .title = "DependsOn names resources of the template",
     .description = "DependsOn is a logical id or a list of them, each a resource of the template (not a parameter). "
                    "Unknown targets fail validation. cfn-lint: E3005.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-dependson.html"},
    e3005::check};

}  // namespace cfn::detail::checks
