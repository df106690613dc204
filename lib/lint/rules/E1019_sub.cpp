// E1019: Fn::Sub is a string or [string, {variables}], the string a literal,
// and every ${Name} in it resolves: a variable of its own map, a pseudo
// parameter, a parameter, a resource, or ${Resource.Attribute} with an
// attribute the resource's type has. CloudFormation rejects anything else
// ("Unresolved resource dependencies [X]"). ${!Literal} is text; names with
// characters CloudFormation does not allow are E1023's.
// Source: intrinsic-function-reference-sub.md; cfn-lint E1019.
#include <algorithm>
#include <vector>

#include "cfn/fn.hpp"
#include "cfn/sub.hpp"
#include "lint/rules.hpp"
#include "lint/template_index.hpp"

namespace cfn::checks {
namespace {

std::string resolve(const TemplateIndex& idx, const Intrinsic& in, const SubCall& call, std::string_view name) {
  if ((call.variables != nullptr && call.variables->contains(name)) || is_pseudo_parameter(name) || in.in_loop(name))
    return "";
  const std::size_t dot = name.find('.');
  if (dot == std::string_view::npos) {
    if (idx.is_parameter(name) || idx.resource(name) != nullptr || idx.generated(name)) return "";
    std::vector<std::string_view> names = idx.parameter_and_resource_names();
    if (call.variables != nullptr)
      for (const Member& v : *call.variables) names.push_back(v.key);
    return "${" + std::string(name) + "} is not a parameter, resource, pseudo parameter or variable of this Fn::Sub" +
           did_you_mean(name, names);
  }
  const std::string_view resource = name.substr(0, dot);
  const ResourceEntry* r = idx.resource(resource);
  if (r == nullptr) {
    if (in.in_loop(resource) || idx.generated(resource)) return "";
    if (idx.is_parameter(resource))
      return "${" + std::string(name) + "}: '" + std::string(resource) +
             "' is a parameter; only resources have attributes";
    return "${" + std::string(name) + "}: '" + std::string(resource) + "' is not a resource of the template" +
           did_you_mean(resource, idx.resource_names());
  }
  if (auto problem = attribute_problem(*r, name.substr(dot + 1))) return "${" + std::string(name) + "}: " + *problem;
  return "";
}

void check(Context& ctx, const RuleInfo& rule) {
  const TemplateIndex& idx = ctx.index();
  for (const Intrinsic& in : idx.intrinsics()) {
    if (in.kind() != FnKind::Sub) continue;
    const SubCall& call = in.sub;
    if (!call.well_formed) {
      const bool list = in.argument().is_list() && in.argument().as_list().size() == 2;
      if (list && !call.text->is_string())
        ctx.report(rule, call.text->mark().known() ? call.text->mark() : in.mark(), in.path,
                   "the string of Fn::Sub must be a literal string, not " + describe_kind(*call.text));
      else if (list)
        ctx.report(rule, in.mark(), in.path,
                   "the variables of Fn::Sub must be a map, not " + describe_kind(in.argument().as_list()[1]));
      else
        ctx.report(rule, in.mark(), in.path,
                   "Fn::Sub takes a string or [string, {variables}], not " + describe_kind(in.argument()));
      continue;
    }
    if (!idx.names_known()) continue;
    const std::string& text = call.text->as_string();
    std::vector<std::string_view> seen;  // report a name once per string
    for (const SubPart& part : in.sub_parts) {
      if (part.kind != SubPart::Kind::Variable || !is_valid_sub_variable_name(part.text)) continue;
      if (std::find(seen.begin(), seen.end(), part.text) != seen.end()) continue;
      seen.push_back(part.text);
      const std::string problem = resolve(idx, in, call, part.text);
      if (!problem.empty())
        ctx.report(rule, call.text->mark().known() ? call.text->mark() : in.mark(), in.path,
                   problem + line_in_string(text, part.offset));
    }
  }
}

}  // namespace

extern const Rule kE1019{{"E1019", Severity::Error, "Fn::Sub is well formed and its variables resolve"}, check};

}  // namespace cfn::checks
