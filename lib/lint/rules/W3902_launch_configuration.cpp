// W3902: no AWS::AutoScaling::LaunchConfiguration. Accounts created on or
// after 2024-10-01 cannot create launch configurations by any means,
// CloudFormation included, and no instance type released since 2023-01-01
// can be used in one; use AWS::EC2::LaunchTemplate.
// Source: https://docs.aws.amazon.com/autoscaling/ec2/userguide/LaunchConfiguration.html
// (the facts file section 4.1).
#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace w3902 {

void check(Context& ctx, const RuleInfo& rule) {
  for (const TemplateResource& r : ctx.view().resources()) {
    if (r.type != "AWS::AutoScaling::LaunchConfiguration") continue;
    const Value* type = r.find("Type");
    ctx.report(rule, type->mark().known() ? type->mark() : r.member->key_mark, r.path / "Type",
               "launch configurations are deprecated: accounts created on or after 2024-10-01 cannot create "
               "them, and they support no instance type released since 2023; use an AWS::EC2::LaunchTemplate");
  }
}

}  // namespace w3902

extern const Rule kW3902{
    {.code = "W3902",
     .severity = Severity::Warning,
     .title = "No launch configurations (use launch templates)",
     .description = "No AWS::AutoScaling::LaunchConfiguration. Accounts created since 2024-10-01 cannot create them "
                    "by any means; no instance type since 2023.",
     .source = "https://docs.aws.amazon.com/autoscaling/ec2/userguide/launch-configurations.html"},
    w3902::check};

}  // namespace cfn::detail::checks
