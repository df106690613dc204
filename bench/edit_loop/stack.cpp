// The edit-loop benchmark: a 20-resource stack in the style of seed 001 (an
// Elastic IP, an instance role, a launch template with user data, an Auto
// Scaling group of 1) on its own VPC, written as a user of the installed
// headers writes it. bench/edit_loop/edit_loop.sh times compiling this file.
#include <cfn/aws/autoscaling.hpp>
#include <cfn/aws/ec2.hpp>
#include <cfn/aws/iam.hpp>
#include <cfn/cfn.hpp>
#include <iostream>

namespace ec2 = cfn::aws::ec2;
namespace iam = cfn::aws::iam;
namespace asg = cfn::aws::autoscaling;

int main() {
  cfn::Template t;
  t.description("A self-healing instance that keeps its Elastic IP");
  const auto instance_type =
      t.add_parameter("InstanceType", {.type = cfn::parameter_types::String, .default_value = "t3.micro"});
  const auto image = t.add_parameter(
      "ImageId", {.type = "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>",
                  .default_value = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"});

  const auto vpc = t.add("Vpc", ec2::VPC{}.CidrBlock("10.0.0.0/16").EnableDnsHostnames(true).EnableDnsSupport(true));
  const auto igw = t.add("Gateway", ec2::InternetGateway{});
  const auto attach =
      t.add("GatewayAttachment", ec2::VPCGatewayAttachment{}.VpcId(vpc.ref()).InternetGatewayId(igw.ref()));
  const auto routes = t.add("Routes", ec2::RouteTable{}.VpcId(vpc.ref()));
  t.add("DefaultRoute", ec2::Route{}.RouteTableId(routes.ref()).DestinationCidrBlock("0.0.0.0/0").GatewayId(igw.ref()),
        {.depends_on = {attach}});
  std::vector<cfn::Str> subnets;
  for (int i = 0; i < 2; ++i) {
    const std::string n = std::to_string(i);
    const auto subnet = t.add("Subnet" + n, ec2::Subnet{}
                                                .VpcId(vpc.ref())
                                                .CidrBlock(cfn::select(i, cfn::cidr(vpc.get_att("CidrBlock"), 4, 8)))
                                                .AvailabilityZone(cfn::select(i, cfn::get_azs()))
                                                .MapPublicIpOnLaunch(true));
    t.add("SubnetRoutes" + n, ec2::SubnetRouteTableAssociation{}.SubnetId(subnet.ref()).RouteTableId(routes.ref()));
    subnets.emplace_back(subnet.ref());
  }
  const auto group =
      t.add("InstanceSecurityGroup",
            ec2::SecurityGroup{}
                .GroupDescription("The instance: no inbound access")
                .VpcId(vpc.ref())
                .SecurityGroupEgress(
                    {ec2::SecurityGroup_Egress{}.IpProtocol("tcp").FromPort(443).ToPort(443).CidrIp("0.0.0.0/0")}));
  const auto eip = t.add("EIP", ec2::EIP{}.Domain("vpc"), {.depends_on = {attach}});
  const auto logs = t.add("Logs", cfn::CustomResource("Custom::Retention").ServiceToken(cfn::sub("${AWS::StackId}")));
  const auto role = t.add(
      "InstanceRole",
      iam::Role{}
          .AssumeRolePolicyDocument(cfn::policy::assume_role_policy("ec2.amazonaws.com"))
          .ManagedPolicyArns({cfn::policy::managed_policy_arn("AmazonSSMManagedInstanceCore")})
          .Policies({iam::Role_Policy{}
                         .PolicyName("associate-address")
                         .PolicyDocument(cfn::policy::PolicyDocument{{
                             {.sid = "AssociateTheAddress",
                              .action = {"ec2:AssociateAddress"},
                              .resource = {cfn::arn::for_type("AWS::EC2::EIP", {{"AllocationId", eip.AllocationId()}}),
                                           cfn::arn::regional("ec2", "instance/*"),
                                           cfn::arn::regional("ec2", "network-interface/*")}},
                         }})}));
  const auto profile = t.add("InstanceProfile", iam::InstanceProfile{}.Roles({role.ref()}));
  t.add("ReadLogs", iam::ManagedPolicy{}
                        .PolicyDocument(cfn::policy::PolicyDocument{{
                            {.action = {"logs:GetLogEvents"}, .resource = {logs.get_att("Arn")}},
                        }})
                        .Roles({role.ref()}));
  const auto launch_template = t.add(
      "LaunchTemplate",
      ec2::LaunchTemplate{}.LaunchTemplateData(
          ec2::LaunchTemplate_LaunchTemplateData{}
              .ImageId(image.ref())
              .InstanceType(instance_type.ref())
              .IamInstanceProfile(ec2::LaunchTemplate_IamInstanceProfile{}.Arn(profile.Arn()))
              .SecurityGroupIds({group.ref()})
              .MetadataOptions(ec2::LaunchTemplate_MetadataOptions{}.HttpTokens("required").HttpPutResponseHopLimit(1))
              .BlockDeviceMappings({ec2::LaunchTemplate_BlockDeviceMapping{}
                                        .DeviceName("/dev/xvda")
                                        .Ebs(ec2::LaunchTemplate_Ebs{}.VolumeType("gp3").Encrypted(true))})
              .UserData(cfn::user_data(R"(#!/bin/bash -ex
TOKEN=$(curl -sS -X PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 60")
INSTANCE_ID=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/instance-id)
aws --region ${AWS::Region} ec2 associate-address --instance-id "$INSTANCE_ID" --allocation-id ${EIP.AllocationId}
)",
                                       cfn::SubNames(t)))));
  const auto group_of_one =
      t.add("Group", asg::AutoScalingGroup{}.MinSize("1").MaxSize("1").VPCZoneIdentifier(subnets).LaunchTemplate(
                         asg::AutoScalingGroup_LaunchTemplateSpecification{}
                             .LaunchTemplateId(launch_template.ref())
                             .Version(launch_template.LatestVersionNumber())));
  t.add("Hook", asg::LifecycleHook{}
                    .AutoScalingGroupName(group_of_one.ref())
                    .LifecycleTransition("autoscaling:EC2_INSTANCE_LAUNCHING")
                    .HeartbeatTimeout(300));
  t.add("ScaleDown",
        asg::ScheduledAction{}.AutoScalingGroupName(group_of_one.ref()).Recurrence("0 20 * * *").MinSize(0).MaxSize(0));
  t.add("ScaleUp",
        asg::ScheduledAction{}.AutoScalingGroupName(group_of_one.ref()).Recurrence("0 7 * * *").MinSize(1).MaxSize(1));
  t.add_output("Address", {.value = eip.ref()});
  t.add_output("AllocationId", {.value = eip.AllocationId()});
  std::cout << cfn::to_yaml(t);
}
