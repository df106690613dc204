// E1020: Ref names a parameter, a resource or a pseudo parameter
// (AWS::Region...). In Conditions and Rules, only parameters and pseudo
// parameters: they are evaluated before any resource exists.
// Source: intrinsic-function-reference-ref.md, conditions-section-structure.md;
// cfn-lint E1020.
#include <vector>

#include "cfn/intrinsics.hpp"
#include "lint/rules.hpp"
#include "lint/template_index.hpp"

namespace cfn::checks {
namespace {

void check(Context& ctx, const RuleInfo& rule) {
  const TemplateIndex& idx = ctx.index();
  std::vector<std::string_view> names;  // for "did you mean", built on first need
  for (const Intrinsic& in : idx.intrinsics()) {
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
    if (resource && (in.section == Section::Conditions || in.section == Section::Rules)) {
      ctx.report(rule, in.mark(), in.path,
                 "Ref to resource '" + name + "' in " + std::string(section_name(in.section)) +
                     ", which can refer only to parameters");
      continue;
    }
    if (resource || !idx.names_known() || idx.generated(name)) continue;
    if (names.empty()) {
      names = idx.parameter_and_resource_names();
      for (std::string_view p : pseudo_parameter_names()) names.push_back(p);
    }
    ctx.report(
        rule, in.mark(), in.path,
        "Ref to '" + name + "', which is not a parameter, resource or pseudo parameter" + did_you_mean(name, names));
  }
}

}  // namespace

extern const Rule kE1020{{"E1020", Severity::Error, "Ref names a parameter, resource or pseudo parameter"}, check};

}  // namespace cfn::checks
