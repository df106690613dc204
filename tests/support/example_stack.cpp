#include "support/example_stack.hpp"

#include "cfn/intrinsics.hpp"
#include "cfn/sub.hpp"

namespace cfn::test {

Template example_stack() {
  Template t;
  t.description("Example: one web server in its own VPC");
  t.metadata("Owner", "platform-team");

  const auto env = t.add_parameter(
      "Environment",
      {.type = "String", .description = "Deployment stage", .default_value = "dev", .allowed_values = {"dev", "prod"}});
  const auto key =
      t.add_parameter("KeyName", {.type = "String", .description = "Key pair; empty for none", .default_value = ""});
  const auto ami = t.add_parameter(
      "ImageId", {.type = "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>",
                  .default_value = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"});
  t.add_parameter("Size", {.type = "Number", .default_value = 8, .min_value = 1, .max_value = 16384});
  t.add_parameter("Secret", {.type = "String", .min_length = 8, .max_length = 64, .no_echo = true});

  t.add_mapping("Sizes", Map{{"dev", Map{{"Type", "t3.micro"}}}, {"prod", Map{{"Type", "m7i.large"}}}});
  const auto is_prod = t.add_condition("IsProd", equals(env.ref(), "prod"));
  const auto has_key = t.add_condition("HasKey", not_(equals(key.ref(), "")));

  const auto vpc = t.add_resource("Vpc", "AWS::EC2::VPC",
                                  {{"CidrBlock", "10.0.0.0/16"},
                                   {"EnableDnsSupport", true},
                                   {"Tags", List{Map{{"Key", "Name"}, {"Value", sub("${AWS::StackName}-vpc")}}}}});
  const auto subnet = t.add_resource("Subnet", "AWS::EC2::Subnet",
                                     {{"VpcId", vpc.ref()},
                                      {"CidrBlock", select(0, cidr(vpc.get_att("CidrBlock"), 1, 8))},
                                      {"AvailabilityZone", select(0, get_azs())}});
  const auto volume =
      t.add_resource("Data", "AWS::EC2::Volume",
                     {{"AvailabilityZone", subnet.get_att("AvailabilityZone")}, {"Size", 8}, {"Encrypted", true}},
                     {.deletion_policy = DeletionPolicy::Snapshot, .update_replace_policy = DeletionPolicy::Snapshot});

  const std::string script =
      "#!/bin/bash\n"
      "set -euo pipefail\n"
      "vol=${Data}\n"
      "echo \"region ${AWS::Region}, home ${HOME:-/root}\"\n";
  const auto server = t.add_resource("Server", "AWS::EC2::Instance",
                                     {{"ImageId", ami.ref()},
                                      {"InstanceType", find_in_map("Sizes", env.ref(), "Type")},
                                      {"KeyName", if_(has_key, key.ref(), pseudo::no_value())},
                                      {"SubnetId", subnet.ref()},
                                      {"UserData", user_data(script, SubNames(t))}},
                                     {.depends_on = {volume},
                                      .creation_policy = Map{{"ResourceSignal", Map{{"Timeout", "PT10M"}}}},
                                      .metadata = Map{{"Purpose", "web"}}});
  t.add_resource(
      "Alarm", "AWS::CloudWatch::Alarm",
      {{"MetricName", "CPUUtilization"}, {"Threshold", 90.5}, {"ComparisonOperator", "GreaterThanThreshold"}},
      {.condition = is_prod});

  t.add_output("ServerIp", {.value = server.get_att("PublicIp"), .description = "Public address"});
  t.add_output("VpcId", {.value = vpc.ref(), .export_name = sub("${AWS::StackName}-VpcId")});
  t.add_output("ProdOnly", {.value = "yes", .condition = is_prod});
  return t;
}

}  // namespace cfn::test
