// E3014: exactly one of a set of properties is set where the registry schema
// says so (cfn-lint's `requiredXor`): a security-group ingress names one
// source (CidrIp, CidrIpv6, SourcePrefixListId, SourceSecurityGroupId or
// SourceSecurityGroupName), a load balancer Subnets or SubnetMappings. A
// property behind an Fn::If with an AWS::NoValue branch may or may not be
// set: it is counted only when the others already decide.
// Source: the CloudFormation registry schemas (generators/registry); cfn-lint E3014.
#include "lint/constraint_walk.hpp"
#include "lint/context.hpp"
#include "lint/schema_match.hpp"
#include "text/shortened_list.hpp"

namespace cfn::detail::checks {
namespace e3014 {

void check(Context& ctx, const RuleInfo& rule) {
  walk_constraints(ctx, [&](const Value& v, const registry::Constraints& c, const Path& path) {
    if (!v.is_map()) return;
    const std::vector<std::string_view> names = c.required_xor();
    if (names.empty()) return;
    const SetCount count = count_set(v.as_map(), names);
    const std::string choices = strings::shortened_list(names, 8, "properties");
    if (count.set > 1)
      ctx.report(
          rule, v.mark(), path,
          "only one of " + choices + " may be set; " + strings::shortened_list(count.names, 8, "properties") + " are");
    else if (count.set == 0 && count.unknown == 0)
      ctx.report(rule, v.mark(), path, "one of " + choices + " is required");
  });
}

}  // namespace e3014

extern const Rule kE3014{
    {.code = "E3014",
     .severity = Severity::Error,
     .title = "Exactly one of a set of properties is set where the schema says so",
     .description = "Where the registry schema (as cfn-lint corrects it) says `requiredXor`, exactly one of the "
                    "properties is set: a security-group ingress or egress rule names one source or destination "
                    "(CidrIp, CidrIpv6, a prefix list or a security group), a load balancer Subnets or "
                    "SubnetMappings. The service rejects none and two. A property behind an Fn::If with an "
                    "AWS::NoValue branch counts only when the others decide. cfn-lint: E3014.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
               "aws-properties-ec2-security-group-ingress.html"},
    e3014::check};

}  // namespace cfn::detail::checks
