// E8005: Fn::Not takes one condition.
// Source: intrinsic-function-reference-condition.html; cfn-lint E8005.
#include "lint/argument_shape.hpp"

namespace cfn::detail::checks {
namespace e8005 {

void check(Context& ctx, const RuleInfo& rule) { check_argument_shape(ctx, rule, FnKind::Not); }

}  // namespace e8005

extern const Rule kE8005{{.code = "E8005",
                          .severity = Severity::Error,
                          .title = "Fn::Not takes one condition",
                          .description = "Fn::Not is a list of exactly one condition. CloudFormation rejects other "
                                         "shapes at validation. cfn-lint: E8005.",
                          .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
                                    "intrinsic-function-reference-condition.html"},
                         e8005::check};

}  // namespace cfn::detail::checks
