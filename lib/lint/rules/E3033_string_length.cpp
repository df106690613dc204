// E3033: a string property value is as long as its registry schema allows
// (`minLength` / `maxLength`, in characters). A value given by a function is
// not judged.
// Source: the CloudFormation registry schemas (generators/registry); cfn-lint E3033.
#include "lint/constraint_walk.hpp"
#include "lint/context.hpp"
#include "lint/schema_match.hpp"
#include "text/utf8.hpp"

namespace cfn::detail::checks {
namespace e3033 {

std::string chars(std::size_t n) { return std::to_string(n) + (n == 1 ? " character" : " characters"); }

void check(Context& ctx, const RuleInfo& rule) {
  walk_constraints(ctx, [&](const Value& v, const registry::Constraints& c, const Path& path) {
    if (!v.is_string()) return;
    const std::size_t n = strings::code_points(v.as_string());  // what minLength/maxLength count
    if (const auto least = c.min_length(); least && n < *least)
      ctx.report(rule, v.mark(), path,
                 quote_value(v.as_string()) + " is " + chars(n) + " long; at least " + chars(*least));
    if (const auto most = c.max_length(); most && n > *most)
      ctx.report(rule, v.mark(), path,
                 quote_value(v.as_string()) + " is " + chars(n) + " long; at most " + chars(*most));
  });
}

}  // namespace e3033

extern const Rule kE3033{
    {.code = "E3033",
     .severity = Severity::Error,
     .title = "Strings are as long as the schema allows",
     .description = "Literal strings are the registry schema's `minLength` to `maxLength` characters long (code "
                    "points, not bytes): IAM role names up to 64, bucket names up to 63... cfn-lint: E3033.",
     .source = "https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/resource-type-schema.html"},
    e3033::check};

}  // namespace cfn::detail::checks
