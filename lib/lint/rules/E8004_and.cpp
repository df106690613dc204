// E8004: Fn::And takes 2 to 10 conditions.
// Source: intrinsic-function-reference-condition.html; cfn-lint E8004.
#include "lint/argument_shape.hpp"

namespace cfn::detail::checks {
namespace e8004 {

void check(Context& ctx, const RuleInfo& rule) { check_argument_shape(ctx, rule, FnKind::And); }

}  // namespace e8004

extern const Rule kE8004{
    {.code = "E8004",
     .severity = Severity::Error,
     .title = "Fn::And takes 2 to 10 conditions",
     .description =
         "Fn::And is a list of 2 to 10 conditions. CloudFormation rejects other shapes at validation. cfn-lint: E8004.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
               "intrinsic-function-reference-condition.html"},
    e8004::check};

}  // namespace cfn::detail::checks
