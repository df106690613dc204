// E1010: Fn::GetAtt names a resource of the template and an attribute its
// type has. Types the specification does not describe (custom resources,
// SAM types, registry types) accept any attribute; a nested stack accepts
// Outputs.Name; an attribute given by a function (Ref) is not judged.
// Conditions and Rules cannot use Fn::GetAtt at all.
// Source: intrinsic-function-reference-getatt.md; cfn-lint E1010.
#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace e1010 {

Mark mark_of(const Value* v, const IntrinsicUse& in) {
  return v != nullptr && v->mark().known() ? v->mark() : in.mark();
}

void check(Context& ctx, const RuleInfo& rule) {
  const TemplateView& idx = ctx.view();
  for (const IntrinsicUse& in : idx.intrinsics()) {
    if (in.kind() != FnKind::GetAtt) continue;
    if (in.section == TemplateSection::Conditions || in.section == TemplateSection::Rules) {
      ctx.report(rule, in.node->mark(), in.path,
                 "Fn::GetAtt cannot be used in " + std::string(to_string(in.section)) +
                     ", which can refer only to parameters");
      continue;
    }
    const GetAttView att(in.argument());
    if (!att.well_formed()) {
      ctx.report(
          rule, in.mark(), in.path,
          "Fn::GetAtt takes " + std::string(fn_traits(FnKind::GetAtt).usage) + ", not " + describe_kind(in.argument()));
      continue;
    }
    if (!att.literal_resource()) {
      if (!idx.language_extensions())
        ctx.report(rule, mark_of(att.resource_node(), in), in.path,
                   "the logical id in Fn::GetAtt must be a literal string (functions need AWS::LanguageExtensions)");
      continue;
    }
    if (!idx.names_known()) continue;
    const std::string_view name = att.resource();
    const TemplateResource* r = idx.resource(name);
    if (r == nullptr) {
      if (in.in_loop(name) || idx.generated(name)) continue;
      const std::string n(name);
      ctx.report(rule, mark_of(att.resource_node(), in), in.path,
                 idx.is_parameter(name)
                     ? "Fn::GetAtt refers to '" + n + "', a parameter; only resources have attributes"
                     : "Fn::GetAtt refers to '" + n + "', which is not a resource of the template" +
                           did_you_mean(name, ctx.names(Context::Names::Resources)));
      continue;
    }
    if (!att.literal_attribute()) continue;
    if (auto problem = attribute_problem(*r, att.attribute()))
      ctx.report(rule, mark_of(att.attribute_node(), in), in.path, "Fn::GetAtt " + std::string(name) + ": " + *problem);
  }
}

}  // namespace e1010

extern const Rule kE1010{
    {.code = "E1010",
     .severity = Severity::Error,
     .title = "Fn::GetAtt names a resource and an attribute its type has",
     .description = "Fn::GetAtt names a resource of the template and an attribute its type has (dotted ones such as "
                    "`Endpoint.Address` included); not a parameter; not used in Conditions or Rules. Unknown "
                    "resources and attributes fail the stack. Custom, registry and SAM types accept any attribute; "
                    "nested stacks accept `Outputs.Name`; an attribute given by Ref is not judged. Besides the "
                    "specification's attributes, a property path of the type (`Subnet.VpcId`: the specification "
                    "lists only what cannot be set, CloudFormation answers more — awscdk-service-spec issue #1139), "
                    "`Id`, and eight read-only object parts from cfn-lint's list are accepted, as cfn-lint accepts "
                    "them. cfn-lint: E1010.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
               "intrinsic-function-reference-getatt.html"},
    e1010::check};

}  // namespace cfn::detail::checks
