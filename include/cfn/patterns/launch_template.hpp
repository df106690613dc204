/// @file
/// The launch template block, with the defaults every instance wants: IMDSv2
/// required with a hop limit of 1 (containers on the host cannot reach the
/// instance's credentials), an encrypted gp3 root volume, the scope's tags on
/// the instance, its volumes and its network interface, and user data that goes
/// through the Fn::Sub escaper (only the declared variables are substituted).
///
/// @code
///   auto lt = add_launch_template(t, scope, {             // part LaunchTemplate
///       .image_id = image.ref(),                         // e.g. an AWS::SSM::Parameter::Value<...> parameter
///       .instance_type = type.ref(),
///       .instance_profile_arn = role.profile.Arn(),
///       .security_group_ids = {sg.ref()},
///       .user_data = UserData{script, {{"AllocationId", eip.AllocationId()}}}});
/// @endcode
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cfn/aws/ec2.hpp"
#include "cfn/patterns/scope.hpp"
#include "cfn/tags.hpp"
#include "cfn/template.hpp"

namespace cfn::patterns {

/// The SSM public parameter with the latest Amazon Linux 2023 AMI (x86_64).
inline constexpr const char* kAmazonLinux2023 = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";

/// A script for the instance's first boot. `${Name}` substitutes the
/// variables (and pseudo parameters such as ${AWS::Region}); every other `${`
/// reaches the instance unchanged.
struct UserData {
  std::string script;  ///< the script, as the instance runs it
  Map variables{};     ///< the values of its `${Name}` variables
};

/// The Fn::Base64 of the escaped Fn::Sub EC2 expects as UserData (of a launch
/// template or an AWS::EC2::Instance). Throws cfn::Error like add_launch_template.
[[nodiscard]] Fn user_data_value(const UserData& user_data);

/// The launch template add_launch_template adds: IMDSv2 required, encrypted volumes.
struct LaunchTemplateOptions {
  Str image_id;                               ///< the AMI id, e.g. a Ref to a parameter of type SsmImageId
  Str instance_type = "t3.micro";             ///< InstanceType
  std::optional<Str> instance_profile_arn{};  ///< the instance profile; empty: none
  std::vector<Str> security_group_ids{};      ///< the instances' security groups
  /// An EC2 key pair; leave it out for Session Manager only (or Fn::If with AWS::NoValue).
  std::optional<Str> key_name{};
  /// Gives the primary network interface a public IPv4 address at launch, so the
  /// instance reaches the internet (and Session Manager) from a public subnet
  /// before any Elastic IP is associated.
  bool public_ip = false;
  /// Root volume size in GiB; empty: the image's size.
  std::optional<Int> root_volume_size{};
  /// The root device of the image (Amazon Linux: /dev/xvda).
  std::string root_device_name = "/dev/xvda";
  /// Key for the root volume (ARN, id or alias); empty: the account's default EBS key.
  std::optional<Str> kms_key_id{};
  std::optional<UserData> user_data{};  ///< the script for the first boot
  /// Tags on the instance, its volumes and its network interface besides the scope's.
  std::vector<Tag> instance_tags{};
  /// "default" or "disabled": EC2's simplified automatic recovery.
  std::string auto_recovery = "default";
};

/// Adds the part LaunchTemplate. Throws cfn::Error when the user data is over
/// the 16 KB EC2 limit or has a `${` without its `}`.
aws::ec2::LaunchTemplate::Handle add_launch_template(Template& t, const Scope& scope,
                                                     const LaunchTemplateOptions& options);

}  // namespace cfn::patterns
