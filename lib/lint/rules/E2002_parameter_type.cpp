// E2002: every parameter is a map with a Type, a string that is not empty
// ("Type: The data type for the parameter. Required: Yes").
// Source: parameters-section-structure.html; cfn-lint E2002 (which also
// judges the type's name).
#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace {

void check(Context& ctx, const RuleInfo& rule) {
  const Map* parameters = ctx.view().section("Parameters");
  if (parameters == nullptr) return;
  for (const Member& p : *parameters) {
    const std::string name = "parameter '" + p.key + "'";
    if (!p.value.is_map()) {
      ctx.report(rule, p.value.mark().known() ? p.value.mark() : p.key_mark, Path{"Parameters", p.key},
                 name + " must be a map with a Type, not " + describe_kind(p.value));
      continue;
    }
    const Value* type = p.value.find("Type");
    if (type == nullptr) {
      ctx.report(rule, p.key_mark, Path{"Parameters", p.key}, name + " has no Type");
    } else if (!type->is_string()) {
      ctx.report(rule, type->mark(), Path{"Parameters", p.key, "Type"},
                 "the Type of " + name + " must be a string, not " + describe_kind(*type));
    } else if (type->as_string().empty()) {
      ctx.report(rule, type->mark().known() ? type->mark() : p.key_mark, Path{"Parameters", p.key, "Type"},
                 name + " has an empty Type");
    }
  }
}

}  // namespace

extern const Rule kE2002{
    {.code = "E2002",
     .severity = Severity::Error,
     .title = "Parameters have a Type",
     .description = "Every parameter is a map with a Type that is a string and not empty: CloudFormation requires "
                    "it. cfn-lint: E2002.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html"},
    check};

}  // namespace cfn::detail::checks
