// E1019: Fn::Sub is a string or [string, {variables}], the string a literal,
// and every ${Name} in it resolves: a variable of its own map, a pseudo
// parameter, a parameter, a resource, or ${Resource.Attribute} with an
// attribute the resource's type has. CloudFormation rejects anything else
// ("Unresolved resource dependencies [X]"). ${!Literal} is text; names with
// characters CloudFormation does not allow are E1023's.
// Source: intrinsic-function-reference-sub.md; cfn-lint E1019.
#include <algorithm>
#include <vector>

#include "cfn/intrinsics.hpp"
#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace e1019 {

std::string resolve(const Context& ctx, const IntrinsicUse& in, const SubView& sub, std::string_view name) {
  const TemplateView& idx = ctx.view();
  if (sub.declares(name) || is_pseudo_parameter(name) || in.in_loop(name)) return "";
  const auto attribute = split_get_att(name);  // ${Resource.Attribute}
  if (!attribute) {
    if (idx.is_parameter(name) || idx.resource(name) != nullptr || idx.generated(name)) return "";
    std::vector<std::string_view> more;
    // A name with "::" is meant as a pseudo parameter (AWS::Regoin); not an IAM key such as aws:InstanceId.
    if (name.find("::") != std::string_view::npos)
      more.insert(more.end(), pseudo_parameter_names().begin(), pseudo_parameter_names().end());
    if (sub.variables() != nullptr)
      for (const Member& v : *sub.variables()) more.push_back(v.key);
    return "${" + std::string(name) + "} is not a parameter, resource, pseudo parameter or variable of this Fn::Sub" +
           did_you_mean(name, ctx.names(Context::Names::ParametersAndResources), more);
  }
  const std::string_view resource = attribute->first;
  const TemplateResource* r = idx.resource(resource);
  if (r == nullptr) {
    if (in.in_loop(resource) || idx.generated(resource)) return "";
    if (idx.is_parameter(resource))
      return "${" + std::string(name) + "}: '" + std::string(resource) +
             "' is a parameter; only resources have attributes";
    return "${" + std::string(name) + "}: '" + std::string(resource) + "' is not a resource of the template" +
           did_you_mean(resource, ctx.names(Context::Names::Resources));
  }
  if (auto problem = attribute_problem(*r, attribute->second)) return "${" + std::string(name) + "}: " + *problem;
  return "";
}

void check(Context& ctx, const RuleInfo& rule) {
  const TemplateView& idx = ctx.view();
  for (const IntrinsicUse& in : idx.intrinsics()) {
    if (in.kind() != FnKind::Sub) continue;
    const SubView& sub = *in.sub;
    if (!sub.well_formed()) {
      if (sub.list_form() && !sub.text_node()->is_string())
        ctx.report(rule, sub.text_node()->mark().known() ? sub.text_node()->mark() : in.mark(), in.path,
                   "the string of Fn::Sub must be a literal string, not " + describe_kind(*sub.text_node()));
      else if (sub.list_form())
        ctx.report(rule, in.mark(), in.path,
                   "the variables of Fn::Sub must be a map, not " + describe_kind(*sub.variables_node()));
      else
        ctx.report(
            rule, in.mark(), in.path,
            "Fn::Sub takes " + std::string(fn_traits(FnKind::Sub).usage) + ", not " + describe_kind(in.argument()));
      continue;
    }
    if (!idx.names_known()) continue;
    const std::string_view text = sub.text();
    std::vector<std::string_view> seen;  // report a name once per string
    for (const SubPart& part : sub.parts()) {
      if (part.kind != SubPart::Kind::Variable || !is_valid_sub_variable_name(part.text)) continue;
      if (std::find(seen.begin(), seen.end(), part.text) != seen.end()) continue;
      seen.push_back(part.text);
      const std::string problem = resolve(ctx, in, sub, part.text);
      if (!problem.empty())
        ctx.report(rule, sub.text_node()->mark().known() ? sub.text_node()->mark() : in.mark(), in.path,
                   problem + line_in_string(text, part.offset));
    }
  }
}

}  // namespace e1019

extern const Rule kE1019{
    {.code = "E1019",
     .severity = Severity::Error,
     .title = "Fn::Sub is well formed and its variables resolve",
     .description = "Fn::Sub is a string or [string, map], the string a literal, and every `${Name}` resolves: a "
                    "variable of its own map, a pseudo parameter, a parameter, a resource, or "
                    "`${Resource.Attribute}` with an attribute the type has. \"Unresolved resource dependencies [X]\". "
                    "`${!Literal}` is text. cfn-lint: E1019.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
               "intrinsic-function-reference-sub.html"},
    e1019::check};

}  // namespace cfn::detail::checks
