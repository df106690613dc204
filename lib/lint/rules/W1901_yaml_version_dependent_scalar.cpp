// W1901: no plain scalar means one thing in YAML 1.1 and another in YAML 1.2.
// CloudFormation reads YAML 1.1 (facts file §1.6), so `mode: 0755` is 493
// and `Enabled: yes` is true there, while YAML 1.2 readers (editors, yq, Go's
// and JavaScript's libraries, most CI tools) read 755 and "yes"; `1:20`,
// `1_000` and `0b101` are numbers only in 1.1, `1e3`, `0o17` and `08` only in
// 1.2. The template works, but every other tool that reads it sees other
// values. Writing the value as both versions read it (493, true, or quoted
// '0755' when the text was meant) removes the doubt; `cfnpp fmt` does.
// Source: the YAML 1.1 type repository and YAML 1.2's core schema (§10.3.2).
#include "cfn/scalar_equivalence.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace w1901 {

std::string meaning(const Value& v) {
  if (v.is_null()) return "null";
  if (v.is_bool()) return std::string("the boolean ") + (v.as_bool() ? "true" : "false");
  if (v.is_string()) return "the string '" + v.as_string() + "'";
  return "the number " + cloudformation_string(v).value_or("?");
}

// The spelling both versions read as `yaml_1_1`.
std::string unambiguous(const Value& yaml_1_1, std::string_view text) {
  if (yaml_1_1.is_string()) return "'" + std::string(text) + "'";
  if (yaml_1_1.is_null()) return "null";
  return cloudformation_string(yaml_1_1).value_or("?");
}

void check(Context& ctx, const RuleInfo& rule) {
  for (const VersionDependentScalar& s : ctx.version_dependent_scalars()) {
    std::string message = "'" + s.text + "' is " + meaning(s.yaml_1_1) +
                          " in YAML 1.1, which CloudFormation reads, but " + meaning(s.yaml_1_2) +
                          " in YAML 1.2, which other tools read; write " + unambiguous(s.yaml_1_1, s.text);
    if (!s.yaml_1_1.is_string()) message += " (or '" + s.text + "' for the text)";
    ctx.report(rule, s.mark, {}, std::move(message));
  }
}

}  // namespace w1901

extern const Rule kW1901{
    {.code = "W1901",
     .severity = Severity::Warning,
     .title = "Plain scalars mean the same in YAML 1.1 and YAML 1.2",
     .description =
         "No plain scalar is one value in YAML 1.1 and another in YAML 1.2: octal `0755` and `000400`, base 60 "
         "`1:20`, `1_000`, `0b101`, `yes`/`no`/`on`/`off` are numbers or booleans only in 1.1; `1e3`, `0o17`, `08` "
         "only in 1.2. CloudFormation reads YAML 1.1 (`mode: 0755` is 493, `Enabled: yes` is true); editors, yq "
         "and most libraries read YAML 1.2 (755, the string yes), so other tools see other values. The message "
         "gives a spelling both read alike; `cfnpp fmt` writes it.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html"},
    w1901::check};

}  // namespace cfn::detail::checks
