// The Autoheal stack (see cfn/patterns/autoheal.hpp), with the logical ids of
// the original template so the two compare side by side.
#include "cfn/patterns/autoheal.hpp"

#include <regex>

#include "cfn/arn.hpp"
#include "cfn/aws/autoscaling.hpp"
#include "cfn/aws/ec2.hpp"
#include "cfn/aws/events.hpp"
#include "cfn/aws/iam.hpp"
#include "cfn/aws/lambda.hpp"
#include "cfn/aws/logs.hpp"
#include "cfn/custom_resource.hpp"
#include "cfn/policy.hpp"
#include "cfn/sub.hpp"
#include "embedded/cfnpp_patterns.hpp"

namespace cfn::patterns {
namespace {

namespace asg = aws::autoscaling;
namespace ec2 = aws::ec2;
namespace events = aws::events;
namespace lambda = aws::lambda;
namespace logs = aws::logs;

// Runtime of both functions: supported into 2029 (cloudformation-facts.md, 3.3).
constexpr const char* kRuntime = "python3.13";
// The device name DeviceAttachment asks for; the user data looks for it on
// Xen instances (on Nitro it finds the volume by its id).
constexpr const char* kDataDevice = "/dev/sdf";
// DeviceAttachment waits for the instance and the volume within this time.
constexpr int kAttachTimeout = 300;
// The launch hook waits longer than DeviceAttachment can run, so the function
// decides; if EventBridge never delivers the event (delivery is best-effort)
// or the function dies, the instance is abandoned (terminated and replaced)
// after 10 minutes rather than put in service without its volume and address.
constexpr int kHeartbeatTimeout = 600;
// Scaling down on Delete waits for the instance to terminate within this
// time; the custom resource gives the function a minute more to answer.
constexpr int kScaleupTimeout = 300;
constexpr int kScaleupServiceTimeout = 360;
constexpr int kLogRetentionDays = 30;

const char* const kCidrPattern = R"(^(\d{1,3}\.){3}\d{1,3}/(\d|[12]\d|3[0-2])$)";

void check(bool ok, const std::string& message) {
  if (!ok) throw Error(message);
}

void check_cidr(const std::string& cidr, const char* option) {
  check(std::regex_match(cidr, std::regex(kCidrPattern)),
        std::string(option) + ": '" + cidr + "' is not an IPv4 CIDR block such as 10.0.0.0/16");
}

void check_options(const AutohealOptions& o) {
  check(std::regex_match(o.instance_type, std::regex(R"([a-z0-9-]+\.[a-z0-9-]+)")),
        "instance type: '" + o.instance_type + "' is not an instance type such as t3.micro");
  check(o.volume_size >= 1 && o.volume_size <= 16384,
        "volume size: " + std::to_string(o.volume_size) + " GiB is outside 1 to 16384");
  check(o.volume_wait_seconds >= 60 && o.volume_wait_seconds <= 3600,
        "volume wait: " + std::to_string(o.volume_wait_seconds) + " s is outside 60 to 3600");
  check_cidr(o.vpc_cidr, "VPC CIDR");
  check_cidr(o.subnet_cidr, "subnet CIDR");
  if (!o.ssh_cidr.empty()) check_cidr(o.ssh_cidr, "SSH CIDR");
  check(!(o.ssm && (!o.ssh_cidr.empty() || !o.key_name.empty())),
        "ssm: the instance is reached through Session Manager; drop the SSH CIDR and key pair");
  check(
      o.availability_zone.empty() || std::regex_match(o.availability_zone, std::regex(R"([a-z]{2}(-[a-z]+)+-\d[a-z])")),
      "availability zone: '" + o.availability_zone + "' is not an availability zone name such as eu-west-1a");
  check(!o.image_parameter.empty() && o.image_parameter.front() == '/',
        "image parameter: '" + o.image_parameter + "' is not an SSM parameter name");
}

// What every component of the stack is tagged with.
Tags tags(const ParameterRef& name, const ParameterRef& owner, const std::string& suffix) {
  return {{"Name", sub("${AWS::StackName}-" + suffix)}, {"Component", name.ref()}, {"Owner", owner.ref()}};
}

// A log group with retention for a function, deleted with the stack.
ResourceRef log_group(Template& t, const std::string& id) {
  return t.add(id, logs::LogGroup{}.RetentionInDays(kLogRetentionDays),
               {.deletion_policy = DeletionPolicy::Delete, .update_replace_policy = DeletionPolicy::Delete});
}

// Write access to one log group: the function's only logging permissions.
policy::Statement write_logs(const ResourceRef& group) {
  return {.sid = "WriteOwnLogs",
          .action = {"logs:CreateLogStream", "logs:PutLogEvents"},
          .resource = {arn::regional("logs", "log-group:${" + group.logical_id() + "}:*")}};
}

aws::iam::Role function_role(const std::string& policy_name, policy::PolicyDocument policy) {
  return aws::iam::Role{}
      .AssumeRolePolicyDocument(policy::assume_role_policy("lambda.amazonaws.com"))
      .Policies({aws::iam::Role_Policy{}.PolicyName(policy_name).PolicyDocument(std::move(policy))});
}

lambda::Function python_function(std::string_view code, const ResourceRef& role, const ResourceRef& log, int timeout,
                                 std::string_view description) {
  return lambda::Function{}
      .Description(description)
      .Runtime(kRuntime)
      .Handler("index.handler")
      .Role(role.get_att("Arn"))
      .Timeout(timeout)
      .MemorySize(128)
      .Code(lambda::Function_Code{}.ZipFile(code))
      .LoggingConfig(lambda::Function_LoggingConfig{}.LogGroup(log.ref()));
}

}  // namespace

Template autoheal(const AutohealOptions& o) {
  check_options(o);
  Template t;
  t.description(
      "Autoheal: one stateful EC2 instance in an Auto Scaling group of 1. Its encrypted data volume and Elastic IP "
      "are re-attached to every replacement instance by a launch lifecycle hook, an EventBridge rule and a Lambda "
      "function. Generated by cfnpp.");

  // ---- parameters ----
  Parameter az{.type = "AWS::EC2::AvailabilityZone::Name",
               .description =
                   "Availability zone of the subnet, the instance and the data volume (an EBS volume "
                   "attaches only in its own zone)"};
  if (!o.availability_zone.empty()) az.default_value = o.availability_zone;
  const auto zone = t.add_parameter("AvailabilityZone", std::move(az));
  const auto instance_type =
      t.add_parameter("InstanceType", {.type = "String",
                                       .description = "EC2 instance type (x86_64 for the default image)",
                                       .default_value = o.instance_type,
                                       .allowed_pattern = "^[a-z0-9-]+\\.[a-z0-9-]+$",
                                       .constraint_description = "an instance type such as t3.micro"});
  const auto image =
      t.add_parameter("LatestAmiId", {.type = "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>",
                                      .description = "SSM public parameter with the AMI id (Amazon Linux 2023)",
                                      .default_value = o.image_parameter});
  std::optional<ParameterRef> key_name;
  std::optional<ParameterRef> ssh_cidr;
  if (!o.ssm) {
    key_name = t.add_parameter(
        "KeyName",
        {.type = "String", .description = "EC2 key pair for SSH; empty for none", .default_value = o.key_name});
    ssh_cidr = t.add_parameter("SshCidr", {.type = "String",
                                           .description = "Address range allowed to SSH in; empty opens no SSH port",
                                           .default_value = o.ssh_cidr,
                                           .allowed_pattern = std::string("^$|") + kCidrPattern,
                                           .constraint_description = "empty, or a CIDR block such as 203.0.113.0/24"});
  }
  const auto vpc_cidr = t.add_parameter("VpcCidr", {.type = "String",
                                                    .description = "Address range of the VPC",
                                                    .default_value = o.vpc_cidr,
                                                    .allowed_pattern = kCidrPattern});
  const auto subnet_cidr = t.add_parameter("SubnetCidr", {.type = "String",
                                                          .description = "Address range of the public subnet",
                                                          .default_value = o.subnet_cidr,
                                                          .allowed_pattern = kCidrPattern});
  const auto volume_size = t.add_parameter("VolumeSize", {.type = "Number",
                                                          .description = "Size of the data volume in GiB",
                                                          .default_value = o.volume_size,
                                                          .min_value = 1,
                                                          .max_value = 16384});
  t.add_parameter("DataVolumeWaitSeconds", {.type = "Number",
                                            .description = "How long a new instance waits for its data volume",
                                            .default_value = o.volume_wait_seconds,
                                            .min_value = 60,
                                            .max_value = 3600});
  const auto component = t.add_parameter(
      "ComponentName", {.type = "String", .description = "Tag Component", .default_value = o.component_name});
  const auto owner = t.add_parameter(
      "ComponentOwner", {.type = "String", .description = "Tag Owner", .default_value = o.component_owner});
  const auto tagged = [&](const std::string& suffix) { return tags(component, owner, suffix); };

  std::optional<ConditionRef> has_key;
  std::optional<ConditionRef> has_ssh;
  if (!o.ssm) {
    has_key = t.add_condition("HasKeyName", not_(equals(key_name->ref(), "")));
    has_ssh = t.add_condition("HasSshCidr", not_(equals(ssh_cidr->ref(), "")));
  }

  // ---- network ----
  const auto vpc =
      t.add("myVPC",
            ec2::VPC{}.CidrBlock(vpc_cidr.ref()).EnableDnsSupport(true).EnableDnsHostnames(true).Tags(tagged("vpc")));
  const auto subnet = t.add("PublicSubnetA", ec2::Subnet{}
                                                 .VpcId(vpc.ref())
                                                 .CidrBlock(subnet_cidr.ref())
                                                 .AvailabilityZone(zone.ref())
                                                 .Tags(tagged("public-a")));
  const auto gateway = t.add("myInternetGateway", ec2::InternetGateway{}.Tags(tagged("igw")));
  const auto attach_gateway =
      t.add("AttachGateway", ec2::VPCGatewayAttachment{}.VpcId(vpc.ref()).InternetGatewayId(gateway.ref()));
  const auto routes = t.add("PublicRouteTable", ec2::RouteTable{}.VpcId(vpc.ref()).Tags(tagged("public")));
  const auto default_route =
      t.add("PublicSubnetRoute",
            ec2::Route{}.RouteTableId(routes.ref()).DestinationCidrBlock("0.0.0.0/0").GatewayId(gateway.ref()),
            {.depends_on = {attach_gateway}});
  t.add("PublicSubnetARouteTableAssociation",
        ec2::SubnetRouteTableAssociation{}.SubnetId(subnet.ref()).RouteTableId(routes.ref()));

  ec2::SecurityGroup group_rules;
  group_rules.GroupDescription("Autoheal instance").VpcId(vpc.ref()).Tags(tagged("instance"));
  if (!o.ssm) {
    group_rules.SecurityGroupIngress(if_(*has_ssh,
                                         List{ec2::SecurityGroup_Ingress{}
                                                  .IpProtocol("tcp")
                                                  .FromPort(22)
                                                  .ToPort(22)
                                                  .CidrIp(ssh_cidr->ref())
                                                  .Description("SSH")
                                                  .to_value()},
                                         pseudo::no_value()));
  }
  const auto security_group = t.add("AutohealSecurityGroup", group_rules);

  // ---- state: the address and the data ----
  const auto eip = t.add("AutoHealEIP", ec2::EIP{}.Domain("vpc").Tags(tagged("eip")), {.depends_on = {attach_gateway}});
  const auto volume =
      t.add("AutohealVolume",
            ec2::Volume{}
                .AvailabilityZone(zone.ref())
                .Size(volume_size.ref())
                .VolumeType("gp3")
                .Encrypted(true)
                .Tags(tagged("data")),
            {.deletion_policy = DeletionPolicy::Snapshot, .update_replace_policy = DeletionPolicy::Snapshot});

  // ---- the instance ----
  std::optional<ResourceRef> instance_profile;
  if (o.ssm) {
    const auto role = t.add("AutohealInstanceRole",
                            aws::iam::Role{}
                                .AssumeRolePolicyDocument(policy::assume_role_policy("ec2.amazonaws.com"))
                                .ManagedPolicyArns({policy::managed_policy_arn("AmazonSSMManagedInstanceCore")}));
    instance_profile = t.add("AutohealInstanceProfile", aws::iam::InstanceProfile{}.Roles({role.ref()}));
  }
  ec2::LaunchTemplate_LaunchTemplateData instance_data;
  instance_data.ImageId(image.ref()).InstanceType(instance_type.ref());
  if (o.ssm) {
    instance_data.IamInstanceProfile(ec2::LaunchTemplate_IamInstanceProfile{}.Arn(instance_profile->get_att("Arn")));
  } else {
    instance_data.KeyName(if_(*has_key, key_name->ref(), pseudo::no_value()));
  }
  instance_data.SecurityGroupIds({security_group.ref()})
      .MetadataOptions(ec2::LaunchTemplate_MetadataOptions{}
                           .HttpTokens("required")
                           .HttpEndpoint("enabled")
                           .HttpPutResponseHopLimit(1))
      .BlockDeviceMappings(
          {ec2::LaunchTemplate_BlockDeviceMapping{}
               .DeviceName("/dev/xvda")
               .Ebs(ec2::LaunchTemplate_Ebs{}.VolumeType("gp3").Encrypted(true).DeleteOnTermination(true))})
      .TagSpecifications({ec2::LaunchTemplate_TagSpecification{}.ResourceType("instance").Tags(tagged("instance")),
                          ec2::LaunchTemplate_TagSpecification{}.ResourceType("volume").Tags(tagged("root"))})
      .UserData(user_data(patterns_embedded::user_data, SubNames(t)));
  const auto launch_template = t.add("AutohealLaunchTemplate", ec2::LaunchTemplate{}.LaunchTemplateData(instance_data));

  // Starts empty: ScaleupAutohealAction sets the desired capacity once the
  // hook, the rule and the function exist. DesiredCapacity is left out so a
  // stack update never resets it (and the update policy keeps CloudFormation
  // from resetting the sizes), i.e. never drops a running instance.
  const auto group = t.add(
      "AutohealGroup",
      asg::AutoScalingGroup{}
          .LaunchTemplate(asg::AutoScalingGroup_LaunchTemplateSpecification{}
                              .LaunchTemplateId(launch_template.ref())
                              .Version(launch_template.LatestVersionNumber()))
          .MinSize("0")
          .MaxSize("1")
          .VPCZoneIdentifier({subnet.ref()})
          .HealthCheckType("EC2")
          .MetricsCollection({asg::AutoScalingGroup_MetricsCollection{}.Granularity("1Minute")})
          .Tags({asg::AutoScalingGroup_TagProperty{}
                     .Key("Name")
                     .Value(sub("${AWS::StackName}-instance"))
                     .PropagateAtLaunch(false),
                 asg::AutoScalingGroup_TagProperty{}.Key("Component").Value(component.ref()).PropagateAtLaunch(false),
                 asg::AutoScalingGroup_TagProperty{}.Key("Owner").Value(owner.ref()).PropagateAtLaunch(false)}),
      {.update_policy = Map{{"AutoScalingScheduledAction", Map{{"IgnoreUnmodifiedGroupSizeProperties", true}}}}});

  // ---- re-attachment on every launch ----
  const auto hook = t.add("DeviceAttachmentHook", asg::LifecycleHook{}
                                                      .AutoScalingGroupName(group.ref())
                                                      .LifecycleTransition("autoscaling:EC2_INSTANCE_LAUNCHING")
                                                      .HeartbeatTimeout(kHeartbeatTimeout)
                                                      .DefaultResult("ABANDON"));

  const auto group_arn = arn::regional("autoscaling", "autoScalingGroup:*:autoScalingGroupName/${AutohealGroup}");
  const auto attach_logs = log_group(t, "DeviceAttachmentLogGroup");
  const auto attach_role = t.add(
      "DeviceAttachmentRole",
      function_role(
          "attach-volume-and-address",
          policy::PolicyDocument{{
              {.sid = "Describe", .action = {"ec2:DescribeInstances", "ec2:DescribeVolumes"}, .resource = {"*"}},
              {.sid = "AttachTheDataVolume",
               .action = {"ec2:AttachVolume"},
               .resource = {arn::for_type("AWS::EC2::Volume", {{"VolumeId", volume.ref()}}),
                            arn::regional("ec2", "instance/*")}},
              {.sid = "AssociateTheAddress",
               .action = {"ec2:AssociateAddress"},
               .resource = {arn::for_type("AWS::EC2::EIP", {{"AllocationId", eip.AllocationId()}}),
                            arn::regional("ec2", "instance/*"), arn::regional("ec2", "network-interface/*")}},
              {.sid = "CompleteTheLaunch", .action = {"autoscaling:CompleteLifecycleAction"}, .resource = {group_arn}},
              write_logs(attach_logs),
          }}));
  const auto attach_function =
      t.add("DeviceAttachment",
            python_function(patterns_embedded::device_attachment, attach_role, attach_logs, kAttachTimeout,
                            "Attaches the Autoheal data volume and Elastic IP to a launching instance")
                .Environment(lambda::Function_Environment{}.Variables({{"VOLUME_ID", volume.ref()},
                                                                       {"ALLOCATION_ID", eip.AllocationId()},
                                                                       {"GROUP_NAME", group.ref()},
                                                                       {"HOOK_NAME", hook.ref()},
                                                                       {"DEVICE_NAME", kDataDevice}})));
  const auto rule =
      t.add("EventRule", events::Rule{}
                             .Description("Launches of the Autoheal group waiting in its lifecycle hook")
                             .State("ENABLED")
                             .EventPattern(Map{{"source", List{"aws.autoscaling"}},
                                               {"detail-type", List{"EC2 Instance-launch Lifecycle Action"}},
                                               {"detail", Map{{"AutoScalingGroupName", List{group.ref()}}}}})
                             .Targets({events::Rule_Target{}.Arn(attach_function.Arn()).Id("DeviceAttachment")}));
  const auto permission = t.add("PermissionForEventsToInvokeLambda", lambda::Permission{}
                                                                         .FunctionName(attach_function.ref())
                                                                         .Action("lambda:InvokeFunction")
                                                                         .Principal("events.amazonaws.com")
                                                                         .SourceArn(rule.Arn()));

  // ---- orchestration: scale up last, scale down first ----
  const auto scaleup_logs = log_group(t, "AutohealScaleupLogGroup");
  const auto scaleup_role = t.add(
      "AutohealScaleupRole",
      function_role("set-desired-capacity",
                    policy::PolicyDocument{{
                        {.sid = "Describe", .action = {"autoscaling:DescribeAutoScalingGroups"}, .resource = {"*"}},
                        {.sid = "SizeTheGroup", .action = {"autoscaling:SetDesiredCapacity"}, .resource = {group_arn}},
                        write_logs(scaleup_logs),
                    }}));
  const auto scaleup = t.add("AutohealScaleup",
                             python_function(patterns_embedded::scaleup, scaleup_role, scaleup_logs, kScaleupTimeout,
                                             "Scales the Autoheal group to 1 after creation and to 0 before deletion"));
  t.add("ScaleupAutohealAction",
        CustomResource("Custom::ScaleupAutoheal")
            .ServiceToken(scaleup.Arn())
            .ServiceTimeout(kScaleupServiceTimeout)
            .property("GroupName", group.ref())
            .property("DesiredCapacity", 1),
        {.depends_on = {permission, attach_function, rule, hook, volume, eip, default_route}});

  // ---- outputs ----
  t.add_output("ElasticIP", {.value = eip.ref(), .description = "Public address of the instance"});
  t.add_output("ElasticIPAllocationId", {.value = eip.AllocationId(), .description = "Allocation id of the address"});
  t.add_output("VolumeId", {.value = volume.ref(), .description = "The data volume, mounted at /data"});
  t.add_output("AutoScalingGroupName", {.value = group.ref(), .description = "The Auto Scaling group of 1"});
  return t;
}

}  // namespace cfn::patterns
