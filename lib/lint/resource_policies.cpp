#include "lint/resource_policies.hpp"

#include <algorithm>

#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {

void check_policy(Context& ctx, const RuleInfo& rule, std::string_view attribute,
                  std::span<const std::string_view> allowed) {
  std::string names;
  for (std::size_t i = 0; i < allowed.size(); ++i)
    names += std::string(i == 0 ? "" : i + 1 == allowed.size() ? " or " : ", ") + std::string(allowed[i]);
  const TemplateView& view = ctx.view();
  for (const TemplateResource& r : view.resources()) {
    const Value* v = r.find(attribute);
    if (v == nullptr) continue;
    const Mark mark = v->mark().known() ? v->mark() : r.member->key_mark;
    if (v->is_fn()) {
      if (!view.language_extensions() && !view.macros())
        ctx.report(rule, mark, r.path / attribute,
                   std::string(attribute) + " is computed (" + describe_kind(*v) +
                       "): CloudFormation takes a function there only with the AWS::LanguageExtensions transform");
      continue;
    }
    if (v->is_string() && std::find(allowed.begin(), allowed.end(), v->as_string()) != allowed.end()) continue;
    ctx.report(rule, mark, r.path / attribute,
               std::string(attribute) + " must be " + names + ", not " +
                   (v->is_string() ? "'" + v->as_string() + "'" : describe_kind(*v)));
  }
}

}  // namespace cfn::detail::checks
