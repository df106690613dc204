// E3030: a property value is one of the values its registry schema allows
// (`enum`; cfn-lint's `enumCaseInsensitive` compares without case). Numbers
// compare as numbers ("80" is 80). A value given by a function is not judged.
// Source: the CloudFormation registry schemas (generators/registry); cfn-lint E3030.
#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "cfn/scalar_equivalence.hpp"
#include "lint/constraint_walk.hpp"
#include "lint/context.hpp"
#include "text/shortened_list.hpp"

namespace cfn::detail::checks {
namespace {

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

std::optional<double> as_number(std::string_view s) {
  if (s.empty()) return std::nullopt;
  const std::string text(s);
  char* end = nullptr;
  const double d = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size()) return std::nullopt;
  return d;
}

bool same(std::string_view value, std::string_view allowed, bool ignore_case) {
  if (value == allowed || (ignore_case && equal_ignoring_case(value, allowed))) return true;
  const auto a = as_number(value);
  const auto b = as_number(allowed);
  return a && b && *a == *b;
}

void check(Context& ctx, const RuleInfo& rule) {
  walk_constraints(ctx, [&](const Value& v, const registry::Constraints& c, const Path& path) {
    const std::optional<std::string> text = cloudformation_string(v);
    if (!text) return;
    const std::vector<std::string_view> allowed = c.enum_values();
    if (allowed.empty()) return;
    const bool ignore_case = c.enum_case_insensitive();
    if (std::any_of(allowed.begin(), allowed.end(), [&](std::string_view a) { return same(*text, a, ignore_case); }))
      return;
    ctx.report(rule, v.mark(), path,
               quote_value(*text) + " is not one of " + detail::strings::shortened_list(allowed, 12, "values") +
                   (ignore_case ? " (in any case)" : "") + did_you_mean(*text, allowed));
  });
}

}  // namespace

extern const Rule kE3030{
    {.code = "E3030",
     .severity = Severity::Error,
     .title = "Property values are among the values the schema allows",
     .description = "Literal property values, at any depth and in both branches of Fn::If, are among the registry "
                    "schema's `enum` values (`enumCaseInsensitive`: in any case); numbers compare as numbers (\"30\" "
                    "is 30); with did-you-mean. Values given by other functions, and dynamic references, are not "
                    "judged. The service rejects others at create time (`VolumeType: gp4`). cfn-lint: E3030.",
     .source = "https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/resource-type-schema.html"},
    check};

}  // namespace cfn::detail::checks
