// E8002: the conditions that Fn::If tests, and those that condition
// expressions refer to with {Condition: Name}, are defined in Conditions.
// {Condition: X} is a reference only inside the Conditions section; elsewhere
// a one-key map named Condition is data (an IAM statement's, say).
// Source: intrinsic-function-reference-conditions.md; cfn-lint E8002.
#include "cfn/intrinsics.hpp"
#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace e8002 {

void check(Context& ctx, const RuleInfo& rule) {
  const TemplateView& idx = ctx.view();
  for (const IntrinsicUse& in : idx.intrinsics()) {
    const Value* name = nullptr;
    if (in.kind() == FnKind::If) {
      const Value& a = in.argument();
      if (!a.is_list() || a.as_list().size() != 3) {
        ctx.report(rule, in.mark(), in.path,
                   "Fn::If takes " + std::string(fn_traits(FnKind::If).usage) + ", not " + describe_kind(a) +
                       (a.is_list() ? " of " + std::to_string(a.as_list().size()) + " items" : ""));
        continue;
      }
      name = &a.as_list()[0];
      if (!name->is_string()) {
        ctx.report(rule, name->mark().known() ? name->mark() : in.mark(), in.path,
                   "the condition of Fn::If is a condition name, not " + describe_kind(*name));
        continue;
      }
    } else if (in.kind() == FnKind::Condition && in.section == TemplateSection::Conditions) {
      name = &in.argument();
      if (!name->is_string()) {
        ctx.report(rule, in.mark(), in.path, "Condition takes a condition name, not " + describe_kind(*name));
        continue;
      }
    } else {
      continue;
    }
    const std::string& n = name->as_string();
    if (idx.is_condition(n) || !idx.names_known()) continue;
    if (!in.loop_names.empty() && n.find('{') != std::string::npos) continue;
    ctx.report(rule, name->mark().known() ? name->mark() : in.mark(), in.path,
               "condition '" + n + "' is not defined in Conditions" + did_you_mean(n, ctx.names(Context::Names::Conditions)));
  }
}

}  // namespace e8002

extern const Rule kE8002{
    {.code = "E8002",
     .severity = Severity::Error,
     .title = "Conditions referred to by Fn::If and Condition are defined",
     .description = "The condition of every Fn::If, and every `{Condition: X}` in a condition expression, is "
                    "defined. Unknown conditions fail. `{Condition: X}` outside Conditions is data (an IAM "
                    "statement's) and is not judged. cfn-lint: E8002.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
               "intrinsic-function-reference-conditions.html"},
    e8002::check};

}  // namespace cfn::detail::checks
