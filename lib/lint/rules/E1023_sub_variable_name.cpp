// E1023: every ${...} in a Fn::Sub string that is not an escape (${!...}) is
// a variable name of letters, digits, '_', '.' and ':' only. CloudFormation
// rejects anything else at CreateChangeSet ("variable names in Fn::Sub syntax
// must contain only alphanumeric characters, underscores, periods, and
// colons"); cfn-lint does not check it. The usual culprit is a shell
// expansion in user data (${VAR:-default}, ${#ARR[@]}): write ${!VAR:-default}.
// Source: the facts file section 1.3 (kirodotdev/KiroCrew PR #2596,
// aws-cloudformation/cfn-lint PR #1430, which quote the error).
#include <algorithm>
#include <vector>

#include "cfn/intrinsics.hpp"
#include "cfn/template_view.hpp"
#include "lint/context.hpp"
#include "text/utf8.hpp"

namespace cfn::detail::checks {
namespace e1023 {

/// At most 40 bytes of `s`, cut before a UTF-8 character, not inside one.
std::string shorten(std::string_view s) {
  if (s.size() <= 40) return std::string(s);
  return std::string(strings::utf8_prefix(s, 40)) + "...";
}

void check(Context& ctx, const RuleInfo& rule) {
  const TemplateView& idx = ctx.view();
  if (!idx.names_known()) return;  // a macro may rewrite the string before CloudFormation reads it
  for (const IntrinsicUse& in : idx.intrinsics()) {
    if (in.kind() != FnKind::Sub) continue;
    const SubView& sub = *in.sub;
    if (!sub.well_formed()) continue;
    const std::string_view text = sub.text();
    std::vector<std::string_view> seen;  // report a name once per string
    for (const SubPart& part : sub.parts()) {
      if (part.kind != SubPart::Kind::Variable || is_valid_sub_variable_name(part.text)) continue;
      if (std::find(seen.begin(), seen.end(), part.text) != seen.end()) continue;
      seen.push_back(part.text);
      const std::string shown = shorten(part.text);
      ctx.report(rule, sub.text_node()->mark().known() ? sub.text_node()->mark() : in.mark(), in.path,
                 "${" + shown + "} is not a valid Fn::Sub variable name" + line_in_string(text, part.offset) +
                     ": names may hold only letters, digits, '_', '.' and ':'; write ${!" + shown +
                     "} for a literal ${" + shown + "}");
    }
  }
}

}  // namespace e1023

extern const Rule kE1023{
    {.code = "E1023",
     .severity = Severity::Error,
     .title = "Fn::Sub variable names hold only letters, digits, _ . :",
     .description = "Every `${...}` of a Sub string that is not `${!...}` holds only letters, digits, `_`, `.`, `:`. "
                    "CloudFormation rejects the template at CreateChangeSet (\"variable names in Fn::Sub syntax must "
                    "contain only alphanumeric characters, underscores, periods, and colons\"); cfn-lint does not "
                    "check it. Typically a shell `${VAR:-x}` in user data: write `${!VAR:-x}`. The message names the "
                    "line inside a multi-line string.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
               "intrinsic-function-reference-sub.html"},
    e1023::check};

}  // namespace cfn::detail::checks
