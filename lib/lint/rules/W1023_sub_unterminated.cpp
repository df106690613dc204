// W1023: a "${" in a Fn::Sub string has a closing "}". CloudFormation does
// not document what it does with an unterminated "${"; whatever it does, the
// text is not what was meant (a variable missing its brace, or a shell
// "${" that needed the ${! escape). A warning, not an error, because the
// behaviour is unknown. Source: the facts file section 1.3 ([UNCONFIRMED]).
#include "cfn/intrinsics.hpp"
#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace w1023 {

void check(Context& ctx, const RuleInfo& rule) {
  const TemplateView& idx = ctx.view();
  if (!idx.names_known()) return;
  for (const IntrinsicUse& in : idx.intrinsics()) {
    if (in.kind() != FnKind::Sub) continue;
    const SubView& sub = *in.sub;
    if (!sub.well_formed()) continue;
    for (const SubPart& part : sub.parts()) {
      if (part.kind != SubPart::Kind::Unterminated) continue;
      ctx.report(rule, sub.text_node()->mark().known() ? sub.text_node()->mark() : in.mark(), in.path,
                 "'${' without a closing '}'" + line_in_string(sub.text(), part.offset) +
                     ": close the variable, or write '${!' for a literal '${'");
    }
  }
}

}  // namespace w1023

extern const Rule kW1023{
    {.code = "W1023",
     .severity = Severity::Warning,
     .title = "Every ${ in a Fn::Sub string is closed",
     .description = "Every `${` of a Sub string is closed by `}`. What CloudFormation does with an unterminated `${` "
                    "is undocumented; it is never what was meant. A warning because the outcome is unknown.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
               "intrinsic-function-reference-sub.html"},
    w1023::check};

}  // namespace cfn::detail::checks
