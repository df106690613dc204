// E1020: Ref names a parameter, a resource or a pseudo parameter
// (AWS::Region...). In Conditions and Rules, only parameters and pseudo
// parameters: they are evaluated before any resource exists.
// Source: intrinsic-function-reference-ref.md, conditions-section-structure.md;
// cfn-lint E1020.
#include <vector>

#include "cfn/intrinsics.hpp"
#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace e1020 {

void check(Context& ctx, const RuleInfo& rule) {
  const TemplateView& idx = ctx.view();
  const std::vector<std::string_view> pseudo(pseudo_parameter_names().begin(), pseudo_parameter_names().end());
  for (const IntrinsicUse& in : idx.intrinsics()) {
    if (in.kind() != FnKind::Ref) continue;
    const RefView ref(in.argument());
    if (!ref.well_formed()) {
      if (idx.untransformed())
        ctx.report(rule, in.mark(), in.path,
                   "Ref takes " + std::string(fn_traits(FnKind::Ref).usage) + ", not " + describe_kind(in.argument()));
      continue;
    }
    const std::string name(ref.name());
    if (ref.pseudo_parameter() || idx.is_parameter(name) || in.in_loop(name)) continue;
    const bool resource = idx.resource(name) != nullptr;
    if (resource && (in.section == TemplateSection::Conditions || in.section == TemplateSection::Rules)) {
      ctx.report(rule, in.mark(), in.path,
                 "Ref to resource '" + name + "' in " + std::string(to_string(in.section)) +
                     ", which can refer only to parameters");
      continue;
    }
    if (resource || !idx.names_known() || idx.generated(name)) continue;
    ctx.report(rule, in.mark(), in.path,
               "Ref to '" + name + "', which is not a parameter, resource or pseudo parameter" +
                   did_you_mean(name, ctx.names(Context::Names::ParametersAndResources), pseudo));
  }
}

}  // namespace e1020

extern const Rule kE1020{
    {.code = "E1020",
     .severity = Severity::Error,
     .title = "Ref names a parameter, resource or pseudo parameter",
     .description = "Ref names a parameter, a resource or a pseudo parameter; in Conditions and Rules, only "
                    "parameters and pseudo parameters. Unresolved references fail validation; conditions are "
                    "evaluated before resources exist. cfn-lint: E1020.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
               "intrinsic-function-reference-ref.html"},
    e1020::check};

}  // namespace cfn::detail::checks
