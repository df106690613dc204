// W3907: a custom resource sets ServiceTimeout. Without it CloudFormation
// waits an hour for a provider that crashed or cannot reach the response URL
// before it fails (and as long again to roll back); ServiceTimeout (1 to
// 3600 seconds) makes a broken provider fail the stack in minutes.
// Source: aws-resource-cloudformation-customresource.html#cfn-cloudformation-
// customresource-servicetimeout (the facts file section 6.3).
#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace w3907 {

void check(Context& ctx, const RuleInfo& rule) {
  for (const TemplateResource& r : ctx.view().resources()) {
    if (r.type != "AWS::CloudFormation::CustomResource" && !r.type.starts_with("Custom::")) continue;
    const Value* props = r.find("Properties");
    if (props != nullptr && !props->is_map()) continue;
    if (r.property("ServiceTimeout") != nullptr) continue;
    ctx.report(rule, props != nullptr ? props->mark() : r.member->key_mark,
               props != nullptr ? r.path / "Properties" : r.path,
               "the custom resource has no ServiceTimeout: a provider that never answers holds the stack for an "
               "hour; set ServiceTimeout (seconds, 1 to 3600)");
  }
}

}  // namespace w3907

extern const Rule kW3907{
    {.code = "W3907",
     .severity = Severity::Warning,
     .title = "Custom resources set ServiceTimeout",
     .description = "Custom resources (Custom::*, AWS::CloudFormation::CustomResource) set ServiceTimeout. Otherwise "
                    "a provider that never answers holds the stack for an hour.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
               "aws-resource-cloudformation-customresource.html"},
    w3907::check};

}  // namespace cfn::detail::checks
