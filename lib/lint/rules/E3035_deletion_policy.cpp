// E3035: a resource's DeletionPolicy is Delete, Retain, RetainExceptOnCreate
// or Snapshot. CloudFormation rejects any other value; a computed one (Fn::If,
// Ref) needs the AWS::LanguageExtensions transform.
// Source: aws-attribute-deletionpolicy.html; the AWS::LanguageExtensions
// transform page; cfn-lint E3035.
#include <array>

#include "lint/resource_policies.hpp"

namespace cfn::detail::checks {
namespace e3035 {

constexpr std::array<std::string_view, 4> kPolicies{"Delete", "Retain", "RetainExceptOnCreate", "Snapshot"};

void check(Context& ctx, const RuleInfo& rule) { check_policy(ctx, rule, "DeletionPolicy", kPolicies); }

}  // namespace e3035

extern const Rule kE3035{
    {.code = "E3035",
     .severity = Severity::Error,
     .title = "DeletionPolicy is Delete, Retain, RetainExceptOnCreate or Snapshot",
     .description = "A resource's DeletionPolicy is one of the four policies CloudFormation knows. A function there "
                    "(Fn::If on a condition, Ref to a parameter) needs the AWS::LanguageExtensions transform. "
                    "cfn-lint: E3035.",
     .source =
         "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html"},
    e3035::check};

}  // namespace cfn::detail::checks
