// E1023: every ${...} in a Fn::Sub string that is not an escape (${!...}) is
// a variable name of letters, digits, '_', '.' and ':' only. CloudFormation
// rejects anything else at CreateChangeSet ("variable names in Fn::Sub syntax
// must contain only alphanumeric characters, underscores, periods, and
// colons"); cfn-lint does not check it. The usual culprit is a shell
// expansion in user data (${VAR:-default}, ${#ARR[@]}): write ${!VAR:-default}.
// Source: the facts file section 1.3 (kirodotdev/KiroCrew PR #2596,
// aws-cloudformation/cfn-lint PR #1430, which quote the error).
#include <set>

#include "cfn/sub.hpp"
#include "lint/rules.hpp"
#include "lint/template_index.hpp"

namespace cfn::checks {
namespace {

std::string shorten(std::string_view s) {
  return s.size() > 40 ? std::string(s.substr(0, 40)) + "..." : std::string(s);
}

void check(Context& ctx, const RuleInfo& rule) {
  const TemplateIndex& idx = ctx.index();
  if (!idx.names_known()) return;  // a macro may rewrite the string before CloudFormation reads it
  for (const Intrinsic& in : idx.intrinsics()) {
    if (in.kind() != FnKind::Sub) continue;
    const SubCall call = read_sub(in.argument());
    if (!call.well_formed) continue;
    const std::string& text = call.text->as_string();
    std::set<std::string_view> seen;
    for (const SubPart& part : parse_sub(text)) {
      if (part.kind != SubPart::Kind::Variable || is_valid_sub_variable_name(part.text)) continue;
      if (!seen.insert(part.text).second) continue;
      const std::string shown = shorten(part.text);
      ctx.report(rule, call.text->mark().known() ? call.text->mark() : in.mark(), in.path,
                 "${" + shown + "} is not a valid Fn::Sub variable name" + line_in_string(text, part.offset) +
                     ": names may hold only letters, digits, '_', '.' and ':'; write ${!" + shown +
                     "} for a literal ${" + shown + "}");
    }
  }
}

}  // namespace

extern const Rule kE1023{{"E1023", Severity::Error, "Fn::Sub variable names hold only letters, digits, _ . :"}, check};

}  // namespace cfn::checks
