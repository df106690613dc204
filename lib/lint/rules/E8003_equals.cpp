// E8003: Fn::Equals compares two values.
// Source: intrinsic-function-reference-condition.html; cfn-lint E8003.
#include "lint/argument_shape.hpp"

namespace cfn::detail::checks {
namespace e8003 {

void check(Context& ctx, const RuleInfo& rule) { check_argument_shape(ctx, rule, FnKind::Equals); }

}  // namespace e8003

extern const Rule kE8003{{.code = "E8003",
                          .severity = Severity::Error,
                          .title = "Fn::Equals compares two values",
                          .description = "Fn::Equals is a list of exactly two values. CloudFormation rejects other "
                                         "shapes at validation. cfn-lint: E8003.",
                          .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
                                    "intrinsic-function-reference-condition.html"},
                         e8003::check};

}  // namespace cfn::detail::checks
