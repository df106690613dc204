// E1011: Fn::FindInMap names a mapping of the template and, when its keys are
// literals, keys that mapping has. Keys given by functions (Ref AWS::Region)
// are not judged, nor are the keys of a call with a DefaultValue
// (AWS::LanguageExtensions).
// Source: intrinsic-function-reference-findinmap.md; cfn-lint E1011.
#include <vector>

#include "cfn/intrinsics.hpp"
#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace e1011 {

/// A literal key as CloudFormation compares it, or nullopt for functions and the like.
std::optional<std::string> literal_key(const Value& v) {
  if (v.is_string()) return v.as_string();
  if (v.is_int()) return std::to_string(v.as_int());
  return std::nullopt;
}

std::vector<std::string_view> keys_of(const Map& m) {
  std::vector<std::string_view> out;
  for (const Member& k : m) out.push_back(k.key);
  return out;
}

void check(Context& ctx, const RuleInfo& rule) {
  const TemplateView& idx = ctx.view();
  for (const IntrinsicUse& in : idx.intrinsics()) {
    if (in.kind() != FnKind::FindInMap) continue;
    const Value& a = in.argument();
    if (!a.is_list() || a.as_list().size() < 3 || a.as_list().size() > 4) {
      ctx.report(rule, in.mark(), in.path,
                 "Fn::FindInMap takes " + std::string(fn_traits(FnKind::FindInMap).usage) + ", not " +
                     describe_kind(a) + (a.is_list() ? " of " + std::to_string(a.as_list().size()) + " items" : ""));
      continue;
    }
    const List& l = a.as_list();
    if (!l[0].is_string() || !idx.names_known()) continue;
    const std::string& map_name = l[0].as_string();
    if (!in.loop_names.empty() &&
        (map_name.find("${") != std::string::npos || map_name.find("&{") != std::string::npos))
      continue;
    const Value* mapping = idx.mapping(map_name);
    if (mapping == nullptr) {
      ctx.report(rule, l[0].mark().known() ? l[0].mark() : in.mark(), in.path,
                 "Fn::FindInMap refers to mapping '" + map_name + "', which the template does not have" +
                     did_you_mean(map_name, ctx.names(Context::Names::Mappings)));
      continue;
    }
    if (l.size() == 4 || !mapping->is_map()) continue;  // a DefaultValue answers for missing keys
    const auto top = literal_key(l[1]);
    if (!top) continue;
    const Value* entry = mapping->as_map().find(*top);
    if (entry == nullptr) {
      ctx.report(rule, l[1].mark().known() ? l[1].mark() : in.mark(), in.path,
                 "mapping '" + map_name + "' has no top-level key '" + *top + "'" +
                     did_you_mean(*top, keys_of(mapping->as_map())));
      continue;
    }
    const auto second = literal_key(l[2]);
    if (!second || !entry->is_map() || entry->as_map().contains(*second)) continue;
    ctx.report(rule, l[2].mark().known() ? l[2].mark() : in.mark(), in.path,
               "mapping '" + map_name + "' has no key '" + *second + "' under '" + *top + "'" +
                   did_you_mean(*second, keys_of(entry->as_map())));
  }
}

}  // namespace e1011

extern const Rule kE1011{
    {.code = "E1011",
     .severity = Severity::Error,
     .title = "Fn::FindInMap names a mapping and keys it has",
     .description = "Fn::FindInMap has 3 arguments (4 with a DefaultValue), names a mapping of the template, and "
                    "when keys are literals, keys the mapping has. \"Unable to get mapping for X::Y::Z\" at create "
                    "time. Keys given by functions and calls with DefaultValue are not judged. cfn-lint: E1011.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
               "intrinsic-function-reference-findinmap.html"},
    e1011::check};

}  // namespace cfn::detail::checks
