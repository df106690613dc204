// The self-healing instance with a fixed Elastic IP (seeds 000/001): one
// instance in an Auto Scaling group of 1 that heals itself, with no Lambda.
//
//   instance fails ──► the group terminates it and launches a replacement
//                          │  (terminate first: the old one releases the address)
//                          ▼
//        new instance waits in Pending:Wait (launch hook, default ABANDON)
//                          ▼
//        user data: IMDSv2 token, instance id ──► associate the Elastic IP
//          with itself (retrying until it answers at the address)
//          [──► attach and mount its data volume] [──► read its configuration]
//                          ▼
//        completes its own launch: CONTINUE ──► InService  (any failure:
//          ABANDON, the group replaces it; no completion: the hook times out)
//
// The instance role may associate only this address, only with an instance
// (and network interface) of this group; with a data volume, attach only that
// volume; read only the configuration path; write only its log group.
#pragma once

#include <optional>
#include <string>

#include "cfn/aws/ec2.hpp"
#include "cfn/aws/logs.hpp"
#include "cfn/aws/route53.hpp"
#include "cfn/patterns/data_volume.hpp"
#include "cfn/patterns/instance_group.hpp"
#include "cfn/patterns/instance_role.hpp"
#include "cfn/patterns/scope.hpp"
#include "cfn/template.hpp"

namespace cfn::patterns {

/// A DNS A record for the address in a Route 53 hosted zone.
struct DnsRecord {
  Str hosted_zone_id;
  Str name;
  std::optional<ConditionRef> condition{};
};

/// A KMS key for the instance's volumes (its ARN: the roles name it). Its key
/// policy must let the Auto Scaling service-linked role use it
/// (autoscaling_key_policy_statements()), or launches fail.
struct VolumeKey {
  Str arn;
  /// Use the key only when this holds (else the account's default EBS key).
  std::optional<ConditionRef> condition{};
};

struct SelfHealingInstanceOptions {
  Str vpc_id;
  /// Public subnets (the instance gets a public address at launch to reach AWS
  /// before its Elastic IP is associated). With a data volume, all in its zone.
  ListOf<Str> subnets;
  Str image_id;
  Str instance_type = "t3.micro";
  /// SSH from this range (port 22); without it no port is open: Session Manager only.
  std::optional<Str> ssh_cidr{};
  std::optional<ConditionRef> ssh_condition{};
  std::optional<Str> key_name{};
  std::optional<DnsRecord> dns{};
  /// A Parameter Store path ("/app", no trailing slash): the instance may read
  /// the parameters under it and writes them to /run/self-healing-instance/parameters.json.
  std::optional<Str> config_path{};
  /// Ship the instance's logs to a log group of this retention, through the CloudWatch agent.
  std::optional<Int> log_retention_days{};
  /// A data volume the instance attaches to itself and mounts at /data.
  std::optional<DataVolumeOptions> data_volume{};
  std::optional<VolumeKey> volume_key{};
  std::optional<Schedule> schedule{};
  /// Alarms and unsuccessful launches go to this topic; it must let the
  /// group's LaunchFailedRule publish (allow_rules_to_publish).
  std::optional<Str> alarm_topic_arn{};
  /// How long each step (associating the address, seeing it; with a data
  /// volume, attaching it, seeing its device) may take, 60 to 1800 s. The
  /// launch hook waits for all of them and the boot, at most 7200 s.
  int wait_seconds = 300;
  /// What the instances need first (e.g. the network's public default route).
  std::vector<ResourceRef> depends_on{};
};

struct SelfHealingInstance {
  aws::ec2::EIP::Handle address;
  aws::ec2::SecurityGroup::Handle security_group;
  InstanceRole role;
  aws::ec2::LaunchTemplate::Handle launch_template;
  InstanceGroup group;
  std::optional<aws::ec2::Volume::Handle> volume;
  std::optional<aws::logs::LogGroup::Handle> log_group;
  std::optional<aws::route53::RecordSet::Handle> record;
};

/// The lifecycle hook the instance completes itself.
inline constexpr const char* kSelfHealingHookName = "self-healing-launch";

/// Adds the pattern: parts Address, SecurityGroup, InstanceRole, InstanceProfile,
/// LaunchTemplate, Group (and ScheduleStop/ScheduleStart, InServiceAlarm,
/// LaunchFailedRule), DataVolume, LogGroup, Record. Throws cfn::Error for
/// options out of range.
SelfHealingInstance add_self_healing_instance(Template& t, const Scope& scope,
                                              const SelfHealingInstanceOptions& options);

/// What the stack of templates/SelfHealingInstance.yaml is generated from: the
/// defaults of its parameters, and what it contains.
struct SelfHealingInstanceStackOptions {
  std::string instance_type = "t3.micro";
  std::string image_parameter = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";
  int log_retention_days = 30;
  /// Adds a data volume (and its size, zone and a rule that the subnets are in that zone).
  bool data_volume = false;
  int data_volume_size = 20;
  int wait_seconds = 300;
};

[[nodiscard]] Template self_healing_instance_stack(const SelfHealingInstanceStackOptions& options = {});

}  // namespace cfn::patterns
