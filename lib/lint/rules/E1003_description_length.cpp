// E1003: the template Description is at most 1,024 bytes.
// Source: template-description-structure.md; cfn-lint E1003.
#include "cfn/limits.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace e1003 {

void check(Context& ctx, const RuleInfo& rule) {
  const Value* d = ctx.root().find("Description");
  if (d == nullptr || !d->is_string() || d->as_string().size() <= limits::kDescriptionBytes) return;
  ctx.report(rule, d->mark(), Path{"Description"},
             "the Description is " + std::to_string(d->as_string().size()) + " bytes; at most " +
                 std::to_string(limits::kDescriptionBytes) + " are allowed");
}

}  // namespace e1003

extern const Rule kE1003{
    {.code = "E1003",
     .severity = Severity::Error,
     .title = "The template Description is at most 1,024 bytes",
     .description = "Description is at most 1,024 bytes. CloudFormation rejects longer. cfn-lint: E1003.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-description-structure.html"},
    e1003::check};

}  // namespace cfn::detail::checks
