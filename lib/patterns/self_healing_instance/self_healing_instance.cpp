// The self-healing instance (see cfn/patterns/self_healing_instance.hpp).
#include "cfn/patterns/self_healing_instance.hpp"

#include <algorithm>

#include "cfn/arn.hpp"
#include "cfn/error.hpp"
#include "cfn/intrinsics.hpp"
#include "cfn/patterns/launch_template.hpp"
#include "cfn/patterns/log_group.hpp"
#include "cfn/patterns/permissions.hpp"
#include "embedded/cfnpp_patterns.hpp"

namespace cfn::patterns {
namespace {

namespace ec2 = aws::ec2;

// The longest a launch hook waits, and what the boot takes besides the
// bounded steps (the CloudWatch agent's installation is bounded by 180 s).
constexpr int kMaxHeartbeatSeconds = 7200;
constexpr int kBootSeconds = 300;

// The user data's steps that may each take the whole wait: associating the
// address and seeing it, then attaching the volume and seeing its device.
int bounded_steps(const SelfHealingInstanceOptions& o) { return o.data_volume ? 4 : 2; }

// The launch hook waits for every bounded step and the boot, so the user
// data, not the hook's timeout, decides (and says) why a launch failed.
int heartbeat_seconds(const SelfHealingInstanceOptions& o) { return bounded_steps(o) * o.wait_seconds + kBootSeconds; }

void check_options(const SelfHealingInstanceOptions& o) {
  if (o.wait_seconds < 60 || o.wait_seconds > 1800)
    throw Error("self-healing instance: a wait of " + std::to_string(o.wait_seconds) + " s is outside 60 to 1800");
  if (heartbeat_seconds(o) > kMaxHeartbeatSeconds)
    throw Error("self-healing instance: a wait of " + std::to_string(o.wait_seconds) + " s for each of " +
                std::to_string(bounded_steps(o)) + " steps and the boot is more than the " +
                std::to_string(kMaxHeartbeatSeconds) + " s a launch hook waits");
  if (o.ssh_condition && !o.ssh_cidr) throw Error("self-healing instance: an SSH condition without an SSH range");
}

std::string iso_seconds(int seconds) { return "PT" + std::to_string(seconds) + "S"; }

std::string user_data_script() {
  using namespace patterns_embedded;
  return std::string(prelude) + std::string(lifecycle) + std::string(data_volume) + std::string(address) +
         std::string(self_attach) + std::string(configuration) + std::string(cloudwatch_agent) +
         std::string(self_healing_user_data);
}

// What the instance may read from Parameter Store: the path (GetParametersByPath
// is authorised against the path asked for) and every parameter under it.
std::vector<policy::Statement> read_configuration_statements(const Str& path) {
  return {{.sid = "ReadConfigurationPath",
           .action = {"ssm:GetParametersByPath"},
           .resource = {arn::regional("ssm", "parameter${Path}", {{"Path", path.value()}})}},
          {.sid = "ReadConfiguration",
           .action = {"ssm:GetParameter", "ssm:GetParameters"},
           .resource = {arn::regional("ssm", "parameter${Path}/*", {{"Path", path.value()}})}}};
}

Str when(const std::optional<ConditionRef>& condition, const Str& value) {
  if (!condition) return value;
  return if_(*condition, value.value(), pseudo::no_value());
}

}  // namespace

SelfHealingInstance add_self_healing_instance(Template& t, const Scope& scope, const SelfHealingInstanceOptions& o) {
  check_options(o);
  scope.check_renames("self-healing instance",
                      {"Address", "SecurityGroup", "LaunchTemplate", "Group", "ScheduleStop", "ScheduleStart",
                       "InServiceAlarm", "LaunchFailedRule", "Record", "LogGroup"},
                      {"Instance", "Data"});
  const std::string group_id = scope.id("Group");

  const auto address = t.add(scope.id("Address"), ec2::EIP{}.Domain("vpc").Tags(scope.tags_for("address")));

  ec2::SecurityGroup firewall;
  firewall.GroupDescription("Self-healing instance: SSH only from the range given, if any")
      .VpcId(o.vpc_id)
      .Tags(scope.tags_for("instance"));
  if (o.ssh_cidr) {
    const Value ssh = ec2::SecurityGroup_Ingress{}
                          .IpProtocol("tcp")
                          .FromPort(22)
                          .ToPort(22)
                          .CidrIp(*o.ssh_cidr)
                          .Description("SSH")
                          .to_value();
    if (o.ssh_condition)
      firewall.SecurityGroupIngress(if_(*o.ssh_condition, List{ssh}, pseudo::no_value()));
    else
      firewall.set_property("SecurityGroupIngress", List{ssh});
  }
  const auto security_group = t.add(scope.id("SecurityGroup"), firewall);

  std::optional<aws::logs::LogGroup::Handle> logs;
  if (o.log_retention_days)
    logs = add_log_group(t, scope.subset({"LogGroup"}), {.retention_days = *o.log_retention_days});

  std::optional<ec2::Volume::Handle> volume;
  if (o.data_volume) {
    DataVolumeOptions data = *o.data_volume;
    if (o.volume_key) data.kms_key_id = when(o.volume_key->condition, o.volume_key->arn);
    volume = add_data_volume(t, scope.child("Data"), data);
  }

  std::vector<policy::Statement> statements = associate_address_statements(address.AllocationId(), group_id);
  statements.push_back(complete_own_launch_statement(group_id));
  statements.push_back(
      {.sid = "FindOwnGroup", .action = {"autoscaling:DescribeAutoScalingInstances"}, .resource = {"*"}});
  statements.push_back(signal_statement());
  std::vector<Fn> conditional_policies;
  if (volume) {
    for (auto& s : attach_volume_statements(volume->ref(), group_id)) statements.push_back(std::move(s));
    statements.push_back({.sid = "SeeTheVolume", .action = {"ec2:DescribeVolumes"}, .resource = {"*"}});
    if (o.volume_key) {
      if (o.volume_key->condition)
        conditional_policies.push_back(
            if_(*o.volume_key->condition,
                aws::iam::Role_Policy{}
                    .PolicyName("volume-key")
                    .PolicyDocument(policy::PolicyDocument{{ebs_key_grant_statement(o.volume_key->arn)}})
                    .to_value(),
                pseudo::no_value()));
      else
        statements.push_back(ebs_key_grant_statement(o.volume_key->arn));
    }
  }
  if (o.config_path)
    for (auto& s : read_configuration_statements(*o.config_path)) statements.push_back(std::move(s));
  InstanceRoleOptions role_options{.statements = std::move(statements),
                                   .policy_name = "self-healing",
                                   .conditional_policies = std::move(conditional_policies)};
  if (logs) role_options.cloudwatch_logs = logs->ref();
  const auto role = add_instance_role(t, scope.child("Instance"), role_options);

  const Map variables{{"GroupLogicalId", group_id},
                      {"HookName", kSelfHealingHookName},
                      {"AllocationId", address.AllocationId()},
                      {"Address", address.ref()},
                      {"WaitSeconds", o.wait_seconds},
                      {"VolumeId", volume ? Value(volume->ref()) : Value("")},
                      {"ConfigPath", o.config_path ? o.config_path->value() : Value("")},
                      {"LogGroup", logs ? Value(logs->ref()) : Value("")}};
  LaunchTemplateOptions lt{.image_id = o.image_id,
                           .instance_type = o.instance_type,
                           .instance_profile_arn = role.profile.Arn(),
                           .security_group_ids = {security_group.ref()},
                           .key_name = o.key_name,
                           .public_ip = true,
                           .user_data = UserData{user_data_script(), variables},
                           .instance_tags = {member_tag(group_id)}};
  if (o.volume_key) lt.kms_key_id = when(o.volume_key->condition, o.volume_key->arn);
  const auto launch_template = add_launch_template(t, scope, lt);

  const int heartbeat = heartbeat_seconds(o);
  const auto group =
      add_instance_group(t, scope,
                         {.launch_template = launch_template,
                          .subnets = o.subnets,
                          .signal_timeout = iso_seconds(heartbeat),
                          .creation_signal_timeout = iso_seconds(heartbeat),
                          .lifecycle_hooks = {aws::autoscaling::AutoScalingGroup_LifecycleHookSpecification{}
                                                  .LifecycleHookName(kSelfHealingHookName)
                                                  .LifecycleTransition("autoscaling:EC2_INSTANCE_LAUNCHING")
                                                  .HeartbeatTimeout(heartbeat)
                                                  .DefaultResult("ABANDON")},
                          .schedule = o.schedule,
                          .alarm_topic_arn = o.alarm_topic_arn,
                          .launch_failure_topic_arn = o.alarm_topic_arn,
                          .depends_on = o.depends_on});

  std::optional<aws::route53::RecordSet::Handle> record;
  if (o.dns) {
    record = t.add(scope.id("Record"),
                   aws::route53::RecordSet{}
                       .HostedZoneId(o.dns->hosted_zone_id)
                       .Name(o.dns->name)
                       .Type("A")
                       .TTL("60")
                       .ResourceRecords({address.ref()}),
                   {.condition = o.dns->condition});
  }
  return {address, security_group, role, launch_template, group, volume, logs, record};
}

}  // namespace cfn::patterns
