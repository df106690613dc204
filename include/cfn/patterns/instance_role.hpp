/// @file
/// The instance role block: an IAM role EC2 instances assume and its instance
/// profile. By default it has only AmazonSSMManagedInstanceCore, so Session
/// Manager reaches the instance without SSH; the CloudWatch agent and any
/// other permission are added as scoped statements, never as broad managed
/// policies.
///
/// @code
///   auto role = add_instance_role(t, scope.child("Instance"),                    // parts Role, Profile
///                                 {.cloudwatch_logs = logs.ref(), .statements = {{...}}});
///   lt_options.instance_profile_arn = role.profile.Arn();
/// @endcode
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cfn/aws/iam.hpp"
#include "cfn/patterns/scope.hpp"
#include "cfn/policy.hpp"
#include "cfn/template.hpp"

namespace cfn::patterns {

/// What the instance role add_instance_role adds may do.
struct InstanceRoleOptions {
  /// AmazonSSMManagedInstanceCore: Session Manager, Run Command, Patch Manager.
  bool session_manager = true;
  /// The CloudWatch agent may write to this log group (its name, e.g. a Ref).
  std::optional<Str> cloudwatch_logs{};
  /// Further permissions, in one inline policy named `policy_name`.
  std::vector<policy::Statement> statements{};
  std::string policy_name = "instance";  ///< the name of the inline policy of `statements`
  /// Further inline policies, each an Fn::If of a Role_Policy and AWS::NoValue.
  std::vector<Fn> conditional_policies{};
  std::vector<Str> managed_policy_arns{};  ///< further managed policies
};

/// The parts add_instance_role added.
struct InstanceRole {
  aws::iam::Role::Handle role;                ///< the IAM role
  aws::iam::InstanceProfile::Handle profile;  ///< its instance profile, for the launch template
};

/// Adds the parts Role and Profile.
InstanceRole add_instance_role(Template& t, const Scope& scope, const InstanceRoleOptions& options = {});

}  // namespace cfn::patterns
