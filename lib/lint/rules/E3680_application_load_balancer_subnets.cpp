// E3680: an Application Load Balancer (AWS::ElasticLoadBalancingV2::LoadBalancer
// of Type application, the default) has subnets in at least two Availability
// Zones: Elastic Load Balancing refuses to create one with a single subnet or
// subnet mapping, which the registry schema does not say. A list written in
// the template is counted; a list given by a function (a List<Subnet::Id>
// parameter, Fn::Split...) or holding an Fn::If (a branch may be
// AWS::NoValue) is not judged, nor a Type given by a function; with both or
// neither of Subnets and SubnetMappings, E3014 speaks. (The
// documented exceptions, an ALB on an Outpost or in Local Zones, are rare and
// cannot be told from the template; suppress E3680 for them, as for cfn-lint.)
// Source:
// https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticloadbalancingv2-loadbalancer.html
// and the CreateLoadBalancer API (Subnets, SubnetMappings: "[Application Load
// Balancers] You must specify subnets from at least two Availability
// Zones."); cfn-lint E3680.
#include <algorithm>

#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace e3680 {

// The number of items of a list written in the template; nullopt when a function decides it.
std::optional<std::size_t> written_count(const Value& v) {
  if (!v.is_list()) return std::nullopt;
  const List& items = v.as_list();
  if (std::any_of(items.begin(), items.end(), [](const Value& item) { return item.is_fn(FnKind::If); }))
    return std::nullopt;
  return items.size();
}

void check(Context& ctx, const RuleInfo& rule) {
  for (const TemplateResource& r : ctx.view().resources()) {
    if (r.type != "AWS::ElasticLoadBalancingV2::LoadBalancer") continue;
    const Value* type = r.property("Type");
    if (type != nullptr && !(type->is_string() && type->as_string() == "application")) continue;
    const Value* subnets = r.property("Subnets");
    const Value* mappings = r.property("SubnetMappings");
    if ((subnets == nullptr) == (mappings == nullptr)) continue;  // neither or both: E3014's
    const std::string_view name = subnets != nullptr ? "Subnets" : "SubnetMappings";
    const Value& list = subnets != nullptr ? *subnets : *mappings;
    const auto count = written_count(list);
    if (!count || *count >= 2) continue;
    ctx.report(rule, list.mark(), r.path / "Properties" / name,
               "an application load balancer needs subnets in at least two Availability Zones; " + std::string(name) +
                   " lists " + std::to_string(*count));
  }
}

}  // namespace e3680

extern const Rule kE3680{
    {.code = "E3680",
     .severity = Severity::Error,
     .title = "Application load balancers have at least two subnets",
     .description = "An AWS::ElasticLoadBalancingV2::LoadBalancer of Type application (the default) lists at least "
                    "two Subnets or SubnetMappings: Elastic Load Balancing needs subnets in two Availability Zones "
                    "and refuses one. Lists given by a function, or holding an Fn::If, are not judged. "
                    "cfn-lint: E3680.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
               "aws-resource-elasticloadbalancingv2-loadbalancer.html"},
    e3680::check};

}  // namespace cfn::detail::checks
