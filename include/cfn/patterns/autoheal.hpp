// The Autoheal stack: one stateful EC2 instance in an Auto Scaling group of
// 1, whose encrypted EBS data volume and Elastic IP are re-attached to every
// replacement instance.
//
//   launch ──► ASG puts the new instance in Pending:Wait (lifecycle hook)
//          ──► EventBridge rule ──► DeviceAttachment (Lambda): waits for the
//              instance to run and the volume to be free, attaches the volume,
//              associates the EIP, completes the hook with CONTINUE
//              (ABANDON on any failure: the group launches a fresh instance)
//          ──► user data on the instance waits for the volume, creates a
//              filesystem only if it has none, mounts it at /data
//
// The group is created empty; the custom resource ScaleupAutohealAction sets
// its desired capacity to 1 once the hook, rule and function exist, and on
// stack deletion scales it to 0 and waits for the instance to go, so the
// volume (kept as a snapshot) can be deleted.
#pragma once

#include <string>

#include "cfn/template.hpp"

namespace cfn::patterns {

/// Defaults of the stack's parameters, and the choices made when generating.
struct AutohealOptions {
  std::string instance_type = "t3.micro";
  /// Data volume size in GiB (gp3: 1 to 16384).
  int volume_size = 8;
  std::string vpc_cidr = "10.0.0.0/16";
  std::string subnet_cidr = "10.0.5.0/24";
  /// Source of SSH access; empty: no SSH ingress rule at all.
  std::string ssh_cidr{};
  /// EC2 key pair name; empty: none.
  std::string key_name{};
  /// Default of the AvailabilityZone parameter; empty: chosen at deploy time.
  std::string availability_zone{};
  /// How long user data waits for the data volume (60 to 3600 seconds).
  int volume_wait_seconds = 600;
  std::string component_name = "autoheal";
  std::string component_owner = "platform";
  /// SSM public parameter holding the AMI id (Amazon Linux 2023, x86_64).
  std::string image_parameter = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";
  /// Give the instance a role with only AmazonSSMManagedInstanceCore (Session
  /// Manager instead of SSH); then no SSH ingress, key pair or SSH CIDR exist.
  bool ssm = false;
};

/// The stack. Throws cfn::Error naming the option when a value is invalid.
[[nodiscard]] Template autoheal(const AutohealOptions& options = {});

}  // namespace cfn::patterns
