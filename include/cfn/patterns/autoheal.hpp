/// @file
/// The Autoheal stack: one stateful EC2 instance in an Auto Scaling group of
/// 1, whose encrypted EBS data volume and Elastic IP are re-attached to every
/// replacement instance. Rebuilt on the building blocks, with the logical ids
/// of the original template.
///
/// @code
///   launch ──► the new instance waits in Pending:Wait (DeviceAttachmentHook)
///          ──► EventBridge rule ──► DeviceAttachment (Lambda, one at a time):
///              attaches the volume and associates the address, retrying while
///              EC2 catches up; a lasting cause or the budget spent: ABANDON,
///              and the alarm topic hears why
///          ──► the instance's user data waits for the volume, creates a file
///              system only on a readable blank volume, grows it, mounts it at
///              /data, waits for its address, then completes its own launch
///              (CONTINUE; ABANDON when it cannot serve)
/// @endcode
///
/// The group is created empty; the custom resource ScaleupAutohealAction sets
/// its desired capacity to 1 once the hook, rule and function exist and
/// answers once an instance is in service with its volume and address; on
/// stack deletion it scales the group to 0 and waits for the instance to go,
/// so the volume (kept as a snapshot) can be deleted.
#pragma once

#include <string>

#include "cfn/patterns/fleet.hpp"
#include "cfn/template.hpp"

namespace cfn::patterns {

/// Defaults of the stack's parameters.
struct AutohealOptions {
  std::string instance_type = "t3.micro";  ///< default of the InstanceType parameter
  /// Data volume size in GiB (gp3: 1 to 16384).
  int volume_size = 8;
  std::string vpc_cidr = "10.0.0.0/16";     ///< default of the VPC CIDR parameter
  std::string subnet_cidr = "10.0.5.0/24";  ///< default of the SubnetCidr parameter
  /// Source of SSH access; empty: no SSH ingress (Session Manager only).
  std::string ssh_cidr{};
  /// EC2 key pair name; empty: none.
  std::string key_name{};
  /// Default of the AvailabilityZone parameter; empty: chosen at deploy time.
  std::string availability_zone{};
  /// How long a new instance waits for its data volume, and then for its address (60 to 1500 seconds).
  int volume_wait_seconds = 600;
  std::string component_name = "autoheal";   ///< default of the ComponentName parameter: the Component tag
  std::string component_owner = "platform";  ///< default of the ComponentOwner parameter: the Owner tag
  /// SSM public parameter holding the AMI id (Amazon Linux 2023, x86_64).
  std::string image_parameter = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";
};

/// The lifecycle hook on which new instances wait for their volume and address.
inline constexpr const char* kAutohealHookName = "DeviceAttachment";

/// The stack. Throws cfn::Error naming the option when a value is invalid.
[[nodiscard]] Template autoheal(const AutohealOptions& options = {});

/// A fleet of Autoheal instances in one template: one VPC with a public
/// subnet per zone the members use (the region's first two when none names
/// one), one alarm topic, and for each member the instance's resources under
/// its name (Web1AutohealGroup, Web1AutoHealEIP, ...) with its zone, instance
/// type, volume size and tags; `options` give the defaults and the shared
/// parameters (no AvailabilityZone, InstanceType, VolumeSize or SubnetCidr
/// parameter: those are the members' own, and subnets are carved from
/// VpcCidr). Outputs: VpcId and AlarmTopicArn. About 25 resources a member:
/// past 19 members it exceeds one stack's 500 resources, and the drivers split
/// it into nested stacks (cfn::split). Every member is a separate heal: the
/// account's quotas (Elastic IPs, Lambda concurrency: each member reserves
/// one) must allow the fleet's size. Throws cfn::Error naming the member for
/// an invalid value.
[[nodiscard]] Template autoheal_fleet(const AutohealOptions& options, const Fleet& fleet);

}  // namespace cfn::patterns
