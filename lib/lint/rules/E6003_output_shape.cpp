// E6003: every output is a map with a Value, and only the output keys
// (Value, Description, Export, Condition); its Value is not a literal map or
// list (an output is a string), its Description a string, its Export a map
// with a Name. CloudFormation rejects the template at validation otherwise.
// Source: outputs-section-structure.md; cfn-lint E6003 (types of outputs).
#include <algorithm>
#include <array>
#include <string_view>

#include "cfn/knowledge.hpp"
#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace e6003 {

constexpr std::array<std::string_view, 4> kOutputKeys{"Value", "Description", "Export", "Condition"};

void check_output(Context& ctx, const RuleInfo& rule, const Member& o) {
  const Path path{"Outputs", o.key};
  const Mark mark = o.value.mark().known() ? o.value.mark() : o.key_mark;
  if (!o.value.is_map()) {
    ctx.report(rule, mark, path,
               "output '" + o.key + "' is a map with a Value (and Description, Export, Condition), not " +
                   describe_kind(o.value));
    return;
  }
  for (const Member& m : o.value.as_map()) {
    if (std::find(kOutputKeys.begin(), kOutputKeys.end(), m.key) == kOutputKeys.end())
      ctx.report(rule, m.key_mark, path / m.key,
                 "'" + m.key + "' is not an output key: Value, Description, Export or Condition");
  }
  const Value* value = o.value.find("Value");
  if (value == nullptr) {
    ctx.report(rule, mark, path, "output '" + o.key + "' has no Value");
  } else if (value->is_map() || value->is_list() || value->is_null()) {
    ctx.report(rule, value->mark(), path / "Value",
               "an output's Value is a string (Fn::Join a list), not " + describe_kind(*value));
  }
  if (const Value* d = o.value.find("Description"); d != nullptr && !d->is_string())
    ctx.report(rule, d->mark(), path / "Description", "an output's Description is a string, not " + describe_kind(*d));
  if (const Value* e = o.value.find("Export"); e != nullptr && (!e->is_map() || e->find("Name") == nullptr))
    ctx.report(
        rule, e->mark(), path / "Export",
        "an output's Export is a map with a Name, not " + (e->is_map() ? "a map without one" : describe_kind(*e)));
}

void check(Context& ctx, const RuleInfo& rule) {
  const Map* outputs = ctx.view().section("Outputs");
  if (outputs == nullptr || ctx.view().macros()) return;
  for (const Member& o : *outputs)
    if (!o.key.starts_with(knowledge::kForEachPrefix)) check_output(ctx, rule, o);  // a loop generates outputs
}

}  // namespace e6003

extern const Rule kE6003{
    {.code = "E6003",
     .severity = Severity::Error,
     .title = "Outputs are maps with a Value, and the output keys only",
     .description = "Every output is a map with a Value and only the keys Value, Description, Export and "
                    "Condition; its Value is not a literal map or list (outputs are strings: Fn::Join a list), its "
                    "Description a string, its Export a map with a Name. CloudFormation rejects the template at "
                    "validation. Fn::ForEach entries (the outputs they generate) and templates under a macro are not "
                    "judged. cfn-lint: E6003.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/outputs-section-structure.html"},
    e6003::check};

}  // namespace cfn::detail::checks
