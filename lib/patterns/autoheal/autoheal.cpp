// The Autoheal stack (see cfn/patterns/autoheal.hpp), built from the blocks,
// with the logical ids of the original template so the two compare side by side.
#include "cfn/patterns/autoheal.hpp"

#include <algorithm>
#include <optional>

#include "cfn/arn.hpp"
#include "cfn/aws/ec2.hpp"
#include "cfn/aws/events.hpp"
#include "cfn/aws/lambda.hpp"
#include "cfn/custom_resource.hpp"
#include "cfn/error.hpp"
#include "cfn/intrinsics.hpp"
#include "cfn/patterns/alarm_topic.hpp"
#include "cfn/patterns/data_volume.hpp"
#include "cfn/patterns/fleet_network.hpp"
#include "cfn/patterns/instance_group.hpp"
#include "cfn/patterns/instance_role.hpp"
#include "cfn/patterns/launch_template.hpp"
#include "cfn/patterns/network.hpp"
#include "cfn/patterns/parameters.hpp"
#include "cfn/patterns/permissions.hpp"
#include "cfn/patterns/python_function.hpp"
#include "embedded/cfnpp_patterns.hpp"
#include "option_checks.hpp"

namespace cfn::patterns {
namespace {

namespace asg = aws::autoscaling;
namespace ec2 = aws::ec2;
namespace events = aws::events;
namespace lambda = aws::lambda;

// The device name DeviceAttachment asks for; the user data looks for it on
// Xen instances (on Nitro it finds the volume by its id).
constexpr const char* kDataDevice = "/dev/sdf";
// DeviceAttachment's budget: the old instance releasing the volume, EC2
// catching up. Its retries (2) each get the same.
constexpr int kAttachTimeout = 600;
// The longest a launch can legitimately take: the instance's two waits
// (volume, address) at their maximum and its boot. Past it, the hook
// abandons the instance (its user data died, or never ran).
constexpr int kMaxWaitSeconds = 1500;
constexpr int kHeartbeatTimeout = 2 * kMaxWaitSeconds + 600;
// ScaleupAutohealAction: the function waits for a healed instance (or, on
// Delete, for none) within 15 minutes; CloudFormation waits a little longer
// for its answer.
constexpr int kScaleupTimeout = 900;
constexpr int kScaleupServiceTimeout = 960;

using options::check;

void check_options(const AutohealOptions& o) {
  options::check_instance_type(o.instance_type);
  check(o.volume_size >= 1 && o.volume_size <= 16384,
        "volume size: " + std::to_string(o.volume_size) + " GiB is outside 1 to 16384");
  check(o.volume_wait_seconds >= 60 && o.volume_wait_seconds <= kMaxWaitSeconds,
        "volume wait: " + std::to_string(o.volume_wait_seconds) + " s is outside 60 to " +
            std::to_string(kMaxWaitSeconds));
  // EC2's limits: a VPC and its subnets are /16 to /28.
  const auto vpc = options::check_network(o.vpc_cidr, "VPC CIDR", 16, 28);
  const auto subnet = options::check_network(o.subnet_cidr, "subnet CIDR", 16, 28);
  check(vpc.contains(subnet), "subnet CIDR: '" + o.subnet_cidr + "' is not inside the VPC's " + o.vpc_cidr);
  if (!o.ssh_cidr.empty())
    check(options::parse_ipv4_range(o.ssh_cidr).has_value(),
          "SSH CIDR: '" + o.ssh_cidr + "' is not an IPv4 CIDR block such as 203.0.113.0/24");
  options::check_availability_zone(o.availability_zone);
  check(!o.image_parameter.empty() && o.image_parameter.front() == '/',
        "image parameter: '" + o.image_parameter + "' is not an SSM parameter name");
}

std::string user_data_script() {
  namespace embedded = patterns_embedded;
  return std::string(embedded::prelude) + std::string(embedded::lifecycle) + std::string(embedded::data_volume) +
         std::string(embedded::address) + std::string(embedded::user_data);
}

// The key's grant for EC2, only when a key is given.
Fn key_policy(const OptionalParameter& key) {
  return if_(key.is_set,
             aws::iam::Role_Policy{}
                 .PolicyName("volume-key")
                 .PolicyDocument(policy::PolicyDocument{{ebs_key_grant_statement(key.parameter.ref())}})
                 .to_value(),
             pseudo::no_value());
}

// The parameters of where an instance runs and how it is reached.
struct AccessParameters {
  ParameterRef image;
  SshParameters ssh;
  ParameterRef vpc_cidr;
};

AccessParameters add_access_parameters(Template& t, const AutohealOptions& o) {
  auto image = add_image_parameter(t, o.image_parameter);
  auto ssh = add_ssh_parameters(t, o.key_name, o.ssh_cidr);
  auto vpc_cidr = t.add_parameter("VpcCidr", {.type = "String",
                                              .description = "Address range of the VPC",
                                              .default_value = o.vpc_cidr,
                                              .allowed_pattern = kCidrPattern});
  return {std::move(image), std::move(ssh), std::move(vpc_cidr)};
}

// The parameters every instance of the stack shares.
struct InstanceParameters {
  ParameterRef wait;
  ParameterRef component;
  ParameterRef owner;
  OptionalParameter key;
  OptionalParameter email;
};

InstanceParameters add_instance_parameters(Template& t, const AutohealOptions& o) {
  auto wait = t.add_parameter("DataVolumeWaitSeconds",
                              {.type = "Number",
                               .description = "How long a new instance waits for its data volume, then its address",
                               .default_value = o.volume_wait_seconds,
                               .min_value = 60,
                               .max_value = kMaxWaitSeconds});
  auto component = t.add_parameter(
      "ComponentName", {.type = "String", .description = "Tag Component", .default_value = o.component_name});
  auto owner = t.add_parameter("ComponentOwner",
                               {.type = "String", .description = "Tag Owner", .default_value = o.component_owner});
  auto key = add_volume_key_parameter(t);
  auto email = add_alarm_email_parameter(t);
  return {std::move(wait), std::move(component), std::move(owner), std::move(key), std::move(email)};
}

// What the instances of one stack share.
struct Shared {
  AccessParameters access;
  InstanceParameters parameters;
  Network net;
  AlarmTopic alarms;
  // Lets the instances' launch-failure rules publish to the topic; none:
  // each instance adds one for its own rule.
  std::optional<aws::sns::TopicPolicy::Handle> topic_policy;
};

// One instance: its scope (prefix, renames, tags), its settings and its place.
struct InstanceSpec {
  Scope scope;
  Str instance_type;
  Int volume_size;
  Str availability_zone;
  Str subnet;
};

struct InstanceParts {
  ec2::EIP::Handle eip;
  ec2::Volume::Handle volume;
  asg::AutoScalingGroup::Handle group;
};

// The renames that give an instance's parts the original template's ids
// (after the scope's prefix: a fleet member's are Web1AutohealVolume, ...).
Scope member_scope(Scope scope) {
  scope.rename("Volume", "AutohealVolume")
      .rename("LaunchTemplate", "AutohealLaunchTemplate")
      .rename("Group", "AutohealGroup")
      .rename("InServiceAlarm", "AutohealInServiceAlarm")
      .rename("LaunchFailedRule", "AutohealLaunchFailedRule");
  return scope;
}

InstanceParts add_instance(Template& t, const Shared& shared, const InstanceSpec& spec) {
  const Scope& scope = spec.scope;
  const AccessParameters& access = shared.access;
  const InstanceParameters& parameters = shared.parameters;
  const AlarmTopic& alarms = shared.alarms;
  const std::string group_id = scope.id("Group");
  const Str volume_key = parameters.key.value_or_nothing();

  ec2::SecurityGroup firewall;
  firewall
      .GroupDescription("Autoheal instance")  // the original's: a new description replaces the group
      .VpcId(shared.net.vpc.ref())
      .Tags(scope.tags_for("instance"))
      .SecurityGroupIngress(if_(access.ssh.cidr.is_set,
                                List{ec2::SecurityGroup_Ingress{}
                                         .IpProtocol("tcp")
                                         .FromPort(22)
                                         .ToPort(22)
                                         .CidrIp(access.ssh.cidr.parameter.ref())
                                         .Description("SSH")
                                         .to_value()},
                                pseudo::no_value()));
  const auto security_group = t.add(scope.id("AutohealSecurityGroup"), firewall);

  // ---- state: the address and the data ----
  const auto eip = t.add(scope.id("AutoHealEIP"), ec2::EIP{}.Domain("vpc").Tags(scope.tags_for("eip")),
                         {.depends_on = {shared.net.gateway_attachment}});
  const auto volume = add_data_volume(
      t, scope.subset({"Volume"}),
      {.availability_zone = spec.availability_zone, .size = spec.volume_size, .kms_key_id = volume_key});

  // ---- the instance: Session Manager, and completing its own launch ----
  const auto role = add_instance_role(t, scope.child("AutohealInstance"),
                                      {.statements = {complete_own_launch_statement(group_id),
                                                      {.sid = "FindOwnGroup",
                                                       .action = {"autoscaling:DescribeAutoScalingInstances"},
                                                       .resource = {"*"}},
                                                      signal_statement()},
                                       .policy_name = "complete-own-launch"});
  const auto launch_template = add_launch_template(t, scope.subset({"LaunchTemplate"}),
                                                   {.image_id = access.image.ref(),
                                                    .instance_type = spec.instance_type,
                                                    .instance_profile_arn = role.profile.Arn(),
                                                    .security_group_ids = {security_group.ref()},
                                                    .key_name = access.ssh.key_name.value_or_nothing(),
                                                    .public_ip = true,
                                                    .kms_key_id = volume_key,
                                                    .user_data = UserData{user_data_script(),
                                                                          {{"GroupLogicalId", group_id},
                                                                           {"HookName", kAutohealHookName},
                                                                           {"VolumeId", volume.ref()},
                                                                           {"Address", eip.ref()},
                                                                           {"WaitSeconds", parameters.wait.ref()}}},
                                                    .instance_tags = {member_tag(group_id)}});

  // Starts empty: ScaleupAutohealAction sets the desired capacity once the
  // hook, the rule and the function exist. DesiredCapacity is left out so a
  // stack update never resets it.
  const auto group = add_instance_group(t, scope.subset({"Group", "InServiceAlarm", "LaunchFailedRule"}),
                                        {.launch_template = launch_template,
                                         .subnets = std::vector<Str>{spec.subnet},
                                         .min_size = "0",
                                         .signal_timeout = "PT" + std::to_string(kHeartbeatTimeout) + "S",
                                         .alarm_topic_arn = alarms.arn(),
                                         .launch_failure_topic_arn = alarms.arn()});

  // ---- re-attachment on every launch ----
  const auto hook =
      t.add(scope.id("DeviceAttachmentHook"), asg::LifecycleHook{}
                                                  .AutoScalingGroupName(group.group.ref())
                                                  .LifecycleHookName(kAutohealHookName)
                                                  .LifecycleTransition("autoscaling:EC2_INSTANCE_LAUNCHING")
                                                  .HeartbeatTimeout(kHeartbeatTimeout)
                                                  .DefaultResult("ABANDON"));

  std::vector<policy::Statement> attach_statements{
      {.sid = "Describe",
       .action = {"ec2:DescribeInstances", "ec2:DescribeVolumes", "ec2:DescribeAddresses"},
       .resource = {"*"}}};
  for (auto& s : attach_volume_statements(volume.ref(), group_id)) attach_statements.push_back(std::move(s));
  for (auto& s : associate_address_statements(eip.AllocationId(), group_id)) attach_statements.push_back(std::move(s));
  attach_statements.push_back(
      {.sid = "AbandonTheLaunch",
       .action = {"autoscaling:CompleteLifecycleAction"},
       .resource = {arn::regional("autoscaling", "autoScalingGroup:*:autoScalingGroupName/${Group}",
                                  {{"Group", group.group.ref()}})}});
  attach_statements.push_back(publish_statement(alarms));
  Scope attach_scope = scope.child("DeviceAttachment");
  attach_scope.rename("Function", "");
  const auto attach =
      add_python_function(t, attach_scope,
                          {.code = patterns_embedded::device_attachment,
                           .description = "Attaches the Autoheal data volume and Elastic IP to a launching instance",
                           .timeout = kAttachTimeout,
                           .statements = std::move(attach_statements),
                           .policy_name = "attach-volume-and-address",
                           .conditional_policies = {key_policy(parameters.key)},
                           .environment = {{"VOLUME_ID", volume.ref()},
                                           {"ALLOCATION_ID", eip.AllocationId()},
                                           {"GROUP_NAME", group.group.ref()},
                                           {"HOOK_NAME", kAutohealHookName},
                                           {"DEVICE_NAME", kDataDevice},
                                           {"TOPIC_ARN", alarms.arn()}},
                           .reserved_concurrency = 1,
                           .alarm_topic_arn = alarms.arn(),
                           .on_failure_topic_arn = alarms.arn()});
  const auto rule = t.add(scope.id("EventRule"),
                          events::Rule{}
                              .Description("Launches of the Autoheal group waiting in its lifecycle hook")
                              .State("ENABLED")
                              .EventPattern(Map{{"source", List{"aws.autoscaling"}},
                                                {"detail-type", List{"EC2 Instance-launch Lifecycle Action"}},
                                                {"detail", Map{{"AutoScalingGroupName", List{group.group.ref()}}}}})
                              .Targets({events::Rule_Target{}.Arn(attach.function.Arn()).Id("DeviceAttachment")}));
  const auto permission = t.add(scope.id("PermissionForEventsToInvokeLambda"), lambda::Permission{}
                                                                                   .FunctionName(attach.function.ref())
                                                                                   .Action("lambda:InvokeFunction")
                                                                                   .Principal("events.amazonaws.com")
                                                                                   .SourceArn(rule.Arn()));
  const auto topic_policy = shared.topic_policy
                                ? *shared.topic_policy
                                : allow_rules_to_publish(t, Scope("Alarm"), alarms, {group.launch_failed_rule->Arn()});

  // ---- orchestration: scale up last (and wait for the heal), scale down first ----
  Scope scaleup_scope = scope.child("AutohealScaleup");
  scaleup_scope.rename("Function", "");
  const auto scaleup = add_python_function(
      t, scaleup_scope,
      {.code = patterns_embedded::scaleup,
       .description = "Scales the Autoheal group to 1 after creation (and waits for the heal) and to 0 before deletion",
       .timeout = kScaleupTimeout,
       .statements = {{.sid = "Describe",
                       .action = {"autoscaling:DescribeAutoScalingGroups", "ec2:DescribeVolumes",
                                  "ec2:DescribeAddresses"},
                       .resource = {"*"}},
                      {.sid = "SizeTheGroup",
                       .action = {"autoscaling:SetDesiredCapacity"},
                       .resource = {arn::regional("autoscaling", "autoScalingGroup:*:autoScalingGroupName/${Group}",
                                                  {{"Group", group.group.ref()}})}}},
       .policy_name = "set-desired-capacity",
       .alarm_topic_arn = alarms.arn()});
  t.add(scope.id("ScaleupAutohealAction"),
        CustomResource("Custom::ScaleupAutoheal")
            .ServiceToken(scaleup.function.Arn())
            .ServiceTimeout(kScaleupServiceTimeout)
            .property("GroupName", group.group.ref())
            .property("DesiredCapacity", 1)
            .property("VolumeId", volume.ref())
            .property("AllocationId", eip.AllocationId()),
        {.depends_on = {permission, attach.function, rule, hook, volume, eip, shared.net.public_default_route,
                        topic_policy}});

  return {eip, volume, group.group};
}

}  // namespace

Template autoheal(const AutohealOptions& o) {
  check_options(o);
  Template t;
  t.description(
      "Autoheal: one stateful EC2 instance in an Auto Scaling group of 1. Its encrypted data volume and Elastic IP "
      "are re-attached to every replacement instance by a launch lifecycle hook, an EventBridge rule and a Lambda "
      "function; the instance goes into service once /data is mounted. Generated by cfnpp.");

  // ---- parameters ----
  Parameter az{.type = "AWS::EC2::AvailabilityZone::Name",
               .description =
                   "Availability zone of the subnet, the instance and the data volume (an EBS volume "
                   "attaches only in its own zone)"};
  if (!o.availability_zone.empty()) az.default_value = o.availability_zone;
  const auto zone = t.add_parameter("AvailabilityZone", std::move(az));
  const auto instance_type = add_instance_type_parameter(t, o.instance_type);
  const AccessParameters access = add_access_parameters(t, o);
  const auto subnet_cidr = t.add_parameter("SubnetCidr", {.type = "String",
                                                          .description = "Address range of the public subnet",
                                                          .default_value = o.subnet_cidr,
                                                          .allowed_pattern = kCidrPattern});
  const auto volume_size = t.add_parameter("VolumeSize", {.type = "Number",
                                                          .description = "Size of the data volume in GiB (a larger "
                                                                         "size is given to /data at the next launch)",
                                                          .default_value = o.volume_size,
                                                          .min_value = 1,
                                                          .max_value = 16384});
  const InstanceParameters shared = add_instance_parameters(t, o);

  // No prefix, so the Name tags read as the original's (${AWS::StackName}-data);
  // the parts that had ids in the original keep them.
  Scope stack;
  stack.tag("Component", shared.component.ref()).tag("Owner", shared.owner.ref());
  Scope kept = member_scope(stack);
  kept.rename("Vpc", "myVPC")
      .rename("InternetGateway", "myInternetGateway")
      .rename("GatewayAttachment", "AttachGateway")
      .rename("PublicDefaultRoute", "PublicSubnetRoute");

  // ---- network: the original's ids ----
  const auto net = add_network(t, kept.subset({"Vpc", "InternetGateway", "GatewayAttachment", "PublicDefaultRoute"}),
                               {.cidr = access.vpc_cidr.ref(),
                                .zones = 1,
                                .availability_zones = {zone.ref()},
                                .public_subnet_cidrs = {subnet_cidr.ref()}});
  const Shared common{access, shared, net,
                      add_alarm_topic(t, Scope("Alarm"),
                                      {.email = shared.email.parameter.ref(), .email_condition = shared.email.is_set}),
                      std::nullopt};
  const auto instance = add_instance(t, common,
                                     {.scope = kept,
                                      .instance_type = instance_type.ref(),
                                      .volume_size = volume_size.ref(),
                                      .availability_zone = zone.ref(),
                                      .subnet = net.public_subnets.front().subnet.ref()});

  // ---- outputs ----
  t.add_output("ElasticIP", {.value = instance.eip.ref(), .description = "Public address of the instance"});
  t.add_output("ElasticIPAllocationId",
               {.value = instance.eip.AllocationId(), .description = "Allocation id of the address"});
  t.add_output("VolumeId", {.value = instance.volume.ref(), .description = "The data volume, mounted at /data"});
  t.add_output("AutoScalingGroupName", {.value = instance.group.ref(), .description = "The Auto Scaling group of 1"});
  t.add_output("AlarmTopicArn",
               {.value = common.alarms.arn(), .description = "Subscribe here to hear when healing fails"});
  return t;
}

Template autoheal_fleet(const AutohealOptions& o, const Fleet& fleet) {
  check_options(o);
  if (fleet.members.empty()) throw Error("fleet: no instances");
  Template t;
  t.description("Autoheal fleet of " + std::to_string(fleet.members.size()) +
                " instances: each a stateful EC2 instance in an Auto Scaling group of 1 whose encrypted data volume "
                "and Elastic IP are re-attached to every replacement, sharing one VPC and one alarm topic. "
                "Generated by cfnpp.");
  const AccessParameters access = add_access_parameters(t, o);
  const InstanceParameters shared = add_instance_parameters(t, o);

  Scope stack("Fleet");
  stack.tag("Component", shared.component.ref()).tag("Owner", shared.owner.ref());
  const FleetNetwork fleet_network = add_fleet_network(
      t, stack, fleet,
      {.cidr = access.vpc_cidr.ref(), .literal_cidr = o.vpc_cidr, .default_zone = o.availability_zone});
  const Network& net = fleet_network.network;
  const AlarmTopic alarms = add_alarm_topic(
      t, Scope("Alarm"), {.email = shared.email.parameter.ref(), .email_condition = shared.email.is_set});
  // The launch-failure rules live in the members' nested stacks once the
  // fleet is split: a policy naming each would tie every member to it (and
  // take a parameter per member). This account's rules in this region may publish.
  const auto topic_policy = allow_rules_to_publish(t, Scope("Alarm"), alarms, {arn::regional("events", "rule/*")});
  const Shared common{access, shared, net, alarms, topic_policy};

  for (std::size_t i = 0; i < fleet.members.size(); ++i) {
    const FleetMember& m = fleet.members[i];
    const Subnet& subnet = fleet_network.subnet_of(i);
    Scope member = member_scope(Scope(m.name));
    member.tag("Component", shared.component.ref()).tag("Owner", shared.owner.ref());
    for (const auto& [key, value] : m.tags) member.tag(key, value);
    const std::string type = m.instance_type.empty() ? o.instance_type : m.instance_type;
    options::check_instance_type(type);
    const int size = m.volume_size.value_or(o.volume_size);
    check(size >= 1 && size <= 16384, m.name + ": volume size " + std::to_string(size) + " GiB is outside 1 to 16384");
    add_instance(t, common,
                 {.scope = member,
                  .instance_type = type,
                  .volume_size = size,
                  .availability_zone = subnet.availability_zone.is_string() ? Str(subnet.availability_zone.as_string())
                                                                            : Str(subnet.availability_zone.as_fn()),
                  .subnet = subnet.subnet.ref()});
  }
  t.add_output("VpcId", {.value = net.vpc.ref(), .description = "The fleet's VPC"});
  t.add_output("AlarmTopicArn", {.value = alarms.arn(), .description = "Subscribe here to hear when healing fails"});
  return t;
}

}  // namespace cfn::patterns
