/// @file
/// The self-healing instance with a fixed Elastic IP (seeds 000/001): one
/// instance in an Auto Scaling group of 1 that heals itself, with no Lambda.
///
/// @code
///   instance fails ──► the group terminates it and launches a replacement
///                          │  (terminate first: the old one releases the address)
///                          ▼
///        new instance waits in Pending:Wait (launch hook, default ABANDON)
///                          ▼
///        user data: IMDSv2 token, instance id ──► associate the Elastic IP
///          with itself (retrying until it answers at the address)
///          [──► attach and mount its data volume] [──► read its configuration]
///                          ▼
///        completes its own launch: CONTINUE ──► InService  (any failure:
///          ABANDON, the group replaces it; no completion: the hook times out)
/// @endcode
///
/// The instance role may associate only this address, only with an instance
/// (and network interface) of this group; with a data volume, attach only that
/// volume; read only the configuration path; write only its log group.
#pragma once

#include <optional>
#include <string>

#include "cfn/aws/ec2.hpp"
#include "cfn/aws/logs.hpp"
#include "cfn/aws/route53.hpp"
#include "cfn/patterns/data_volume.hpp"
#include "cfn/patterns/fleet.hpp"
#include "cfn/patterns/instance_group.hpp"
#include "cfn/patterns/instance_role.hpp"
#include "cfn/patterns/scope.hpp"
#include "cfn/template.hpp"

namespace cfn::patterns {

/// A DNS A record for the address in a Route 53 hosted zone.
struct DnsRecord {
  Str hosted_zone_id;                       ///< the hosted zone's id
  Str name;                                 ///< the record's name, in that zone
  std::optional<ConditionRef> condition{};  ///< the record exists only when this holds
};

/// A KMS key for the instance's volumes (its ARN: the roles name it). Its key
/// policy must let the Auto Scaling service-linked role use it
/// (autoscaling_key_policy_statements()), or launches fail.
struct VolumeKey {
  Str arn;  ///< the key's ARN
  /// Use the key only when this holds (else the account's default EBS key).
  std::optional<ConditionRef> condition{};
};

/// The instance add_self_healing_instance adds: one at a time, its address and data surviving it.
struct SelfHealingInstanceOptions {
  Str vpc_id;  ///< the VPC of its security group
  /// Public subnets (the instance gets a public address at launch to reach AWS
  /// before its Elastic IP is associated). With a data volume, all in its zone.
  ListOf<Str> subnets;
  Str image_id;                    ///< the AMI id, e.g. a Ref to a parameter of type SsmImageId
  Str instance_type = "t3.micro";  ///< InstanceType
  /// SSH from this range (port 22); without it no port is open: Session Manager only.
  std::optional<Str> ssh_cidr{};
  std::optional<ConditionRef> ssh_condition{};  ///< the SSH rule exists only when this holds
  std::optional<Str> key_name{};                ///< an EC2 key pair; empty: none
  std::optional<DnsRecord> dns{};               ///< an A record for the address
  /// A Parameter Store path ("/app", no trailing slash): the instance may read
  /// the parameters under it and writes them to /run/self-healing-instance/parameters.json.
  std::optional<Str> config_path{};
  /// Ship the instance's logs to a log group of this retention, through the CloudWatch agent.
  std::optional<Int> log_retention_days{};
  /// A data volume the instance attaches to itself and mounts at /data.
  std::optional<DataVolumeOptions> data_volume{};
  std::optional<VolumeKey> volume_key{};  ///< a customer managed key for the volumes
  std::optional<Schedule> schedule{};     ///< stop and start on a schedule
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

/// The parts add_self_healing_instance added.
struct SelfHealingInstance {
  aws::ec2::EIP::Handle address;                          ///< the Elastic IP
  aws::ec2::SecurityGroup::Handle security_group;         ///< the instance's security group
  InstanceRole role;                                      ///< its role and instance profile
  aws::ec2::LaunchTemplate::Handle launch_template;       ///< its launch template
  InstanceGroup group;                                    ///< its group of one
  std::optional<aws::ec2::Volume::Handle> volume;         ///< the data volume, with one
  std::optional<aws::logs::LogGroup::Handle> log_group;   ///< the log group, with log shipping
  std::optional<aws::route53::RecordSet::Handle> record;  ///< the DNS record, with one
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
  std::string instance_type = "t3.micro";  ///< default of the InstanceType parameter
  std::string image_parameter =
      "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";  ///< default of the image parameter: an
                                                                                ///< SSM public parameter
  int log_retention_days = 30;                                                  ///< days the instance's logs are kept
  /// Adds a data volume (and its size, zone and a rule that the subnets are in that zone).
  bool data_volume = false;
  int data_volume_size = 20;  ///< default of the data volume size in GiB
  int wait_seconds = 300;     ///< SelfHealingInstanceOptions::wait_seconds
  /// The VPC of a fleet (self_healing_instance_fleet): the default of its VpcCidr parameter.
  std::string vpc_cidr = "10.0.0.0/16";
};

/// The stack of templates/SelfHealingInstance.yaml: a network and one self-healing instance.
[[nodiscard]] Template self_healing_instance_stack(const SelfHealingInstanceStackOptions& options = {});

/// A fleet of self-healing instances in one template: one VPC (VpcCidr) with
/// a public subnet per zone the members use (the region's first two when
/// none names one), one alarm topic, and for each member the pattern's
/// resources under its name (Web1Address, Web1Group, ...) with its zone,
/// instance type, tags, and a data volume of its size (every member has one
/// with `options.data_volume`; a member with a volume_size has one anyway).
/// Each member reads the parameters under /STACK-NAME/MEMBER. Outputs: VpcId
/// and AlarmTopicArn. Past one stack's quotas the drivers split it into
/// nested stacks (cfn::split). Throws cfn::Error naming the member for an
/// invalid value.
[[nodiscard]] Template self_healing_instance_fleet(const SelfHealingInstanceStackOptions& options, const Fleet& fleet);

}  // namespace cfn::patterns
