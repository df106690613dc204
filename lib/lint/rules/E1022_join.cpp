// E1022: Fn::Join takes a delimiter and a list.
// Source: intrinsic-function-reference-join.html; cfn-lint E1022.
#include "lint/argument_shape.hpp"

namespace cfn::detail::checks {
namespace e1022 {

void check(Context& ctx, const RuleInfo& rule) { check_argument_shape(ctx, rule, FnKind::Join); }

}  // namespace e1022

extern const Rule kE1022{
    {.code = "E1022",
     .severity = Severity::Error,
     .title = "Fn::Join takes a delimiter and a list",
     .description = "Fn::Join is `[Delimiter, [Values]]`: a literal string delimiter (no function there), and a list "
                    "or a function that gives one (Fn::GetAZs, Fn::Split, a Ref to a list parameter). CloudFormation "
                    "rejects other shapes at validation. cfn-lint: E1022.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
               "intrinsic-function-reference-join.html"},
    e1022::check};

}  // namespace cfn::detail::checks
