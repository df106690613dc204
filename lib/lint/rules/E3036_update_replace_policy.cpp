// E3036: a resource's UpdateReplacePolicy is Delete, Retain or Snapshot
// (RetainExceptOnCreate is a DeletionPolicy only). CloudFormation rejects any
// other value; a computed one needs the AWS::LanguageExtensions transform.
// Source: aws-attribute-updatereplacepolicy.html; cfn-lint E3036.
#include <array>

#include "lint/resource_policies.hpp"

namespace cfn::detail::checks {
namespace e3036 {

constexpr std::array<std::string_view, 3> kPolicies{"Delete", "Retain", "Snapshot"};

void check(Context& ctx, const RuleInfo& rule) { check_policy(ctx, rule, "UpdateReplacePolicy", kPolicies); }

}  // namespace e3036

extern const Rule kE3036{
    {.code = "E3036",
     .severity = Severity::Error,
     .title = "UpdateReplacePolicy is Delete, Retain or Snapshot",
     .description = "A resource's UpdateReplacePolicy is one of the three policies CloudFormation knows for it "
                    "(RetainExceptOnCreate applies to DeletionPolicy only). A function there needs the "
                    "AWS::LanguageExtensions transform. cfn-lint: E3036.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
               "aws-attribute-updatereplacepolicy.html"},
    e3036::check};

}  // namespace cfn::detail::checks
