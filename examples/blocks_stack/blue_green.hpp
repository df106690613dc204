// A stack from the building blocks (the README's composing example): two
// instances, Blue and Green, each with its own firewall, role, launch template
// and group of one, sharing one network and one alarm topic. The patterns
// tests check the template it builds.
#pragma once

#include <cfn/aws/ec2.hpp>
#include <cfn/patterns/blocks.hpp>

inline cfn::Template blue_green() {
  namespace p = cfn::patterns;
  cfn::Template t;
  const auto image =
      t.add_parameter("ImageId", {.type = cfn::parameter_types::SsmImageId, .default_value = p::kAmazonLinux2023});
  const auto net = p::add_network(t, p::Scope("Net"), {.zones = 2});
  const auto alarms = p::add_alarm_topic(t, p::Scope("Ops"));
  for (const char* name : {"Blue", "Green"}) {
    const p::Scope scope(name);
    const auto firewall =
        t.add(scope.id("SecurityGroup"),
              cfn::aws::ec2::SecurityGroup{}.GroupDescription("no inbound traffic").VpcId(net.vpc.ref()));
    const auto role = p::add_instance_role(t, scope.child("Instance"));
    const auto lt = p::add_launch_template(t, scope,
                                           {.image_id = image.ref(),
                                            .instance_profile_arn = role.profile.Arn(),
                                            .security_group_ids = {firewall.ref()},
                                            .public_ip = true});
    p::add_instance_group(t, scope,
                          {.launch_template = lt, .subnets = net.public_subnet_ids(), .alarm_topic_arn = alarms.arn()});
  }
  return t;
}
