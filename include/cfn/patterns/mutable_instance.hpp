/// @file
/// The long-lived "mutable" instance (seed 004, "EC2 Instances 2.0"), on
/// Amazon Linux 2023: one AWS::EC2::Instance that lives for years and is
/// looked after in place.
///
/// @code
///   network interface (its private IP survives) ── Elastic IP (public) or
///   VPC interface endpoints (private: no address, no route to the internet)
///   instance: IMDSv2, encrypted gp3 root, optional encrypted data volume at
///   /data, termination protection, Session Manager (SSH only with a CIDR and a key)
///   Patch Manager: AL2023 baseline (security + bugfix after N days), daily
///     maintenance window, AWS-RunPatchBaseline Install; failures -> topic
///   AWS Backup: encrypted vault, daily plan, 30 days, the instance by ARN;
///     failed jobs -> topic
///   CloudWatch agent (State Manager) from an SSM parameter: memory, disk,
///     system logs -> log group; alarms on CPU, memory, disk, status checks
///   recovery: system status check failed -> EC2 recover; instance status
///     check failed -> reboot
///   CodeDeploy (option): application, deployment group by tag, rollback
/// @endcode
#pragma once

#include <string>

#include "cfn/template.hpp"

namespace cfn::patterns {

/// The choices made when generating (the stack's parameters take their defaults from them).
struct MutableInstanceOptions {
  /// No public address: Systems Manager, CloudWatch and CloudFormation through VPC interface endpoints.
  bool private_network = false;
  /// A CodeDeploy application and deployment group, and the agent.
  bool codedeploy = false;
  /// GiB of an encrypted data volume at /data; 0: none.
  int data_volume_size = 0;
  std::string instance_type = "t3.micro";              ///< default of the InstanceType parameter
  int root_volume_size = 20;                           ///< GiB of the encrypted root volume, 8 to 16384
  std::string vpc_cidr = "10.0.0.0/16";                ///< the VPC's IPv4 range
  std::string patch_schedule = "cron(35 12 * * ? *)";  ///< when patches are installed: a cron expression in `time_zone`
  std::string time_zone = "Etc/UTC";                   ///< the time zone of the schedules, an IANA name
  int patch_approve_after_days = 7;                    ///< patches are approved this many days after their release
  std::string backup_schedule =
      "cron(0 3 * * ? *)";         ///< when the instance is backed up: a cron expression in `time_zone`
  int backup_retention_days = 30;  ///< days a backup is kept
  int log_retention_days = 30;     ///< days the logs are kept
};

/// The instance's logical id: its user data signals it.
inline constexpr const char* kMutableInstanceId = "Instance";

/// The stack. Throws cfn::Error naming the option when a value is invalid.
[[nodiscard]] Template mutable_instance(const MutableInstanceOptions& options = {});

/// The CloudWatch agent's configuration of the stack, as JSON with ${LogGroup}
/// (the log group's name); with a data volume /data is among the disks, with
/// CodeDeploy its agent's log among the files.
[[nodiscard]] std::string cloudwatch_agent_config(bool data_volume, bool codedeploy);

}  // namespace cfn::patterns
