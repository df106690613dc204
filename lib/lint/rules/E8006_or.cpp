// E8006: Fn::Or takes 2 to 10 conditions.
// Source: intrinsic-function-reference-condition.html; cfn-lint E8006.
#include "lint/argument_shape.hpp"

namespace cfn::detail::checks {
namespace e8006 {

void check(Context& ctx, const RuleInfo& rule) { check_argument_shape(ctx, rule, FnKind::Or); }

}  // namespace e8006

extern const Rule kE8006{
    {.code = "E8006",
     .severity = Severity::Error,
     .title = "Fn::Or takes 2 to 10 conditions",
     .description =
         "Fn::Or is a list of 2 to 10 conditions. CloudFormation rejects other shapes at validation. cfn-lint: E8006.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
               "intrinsic-function-reference-condition.html"},
    e8006::check};

}  // namespace cfn::detail::checks
