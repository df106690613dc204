/// @file
/// IAM statements with which the instances of a single-instance group (or a
/// function healing them) take over the group's state: its data volume and its
/// Elastic IP. Resources whose ids are unknown to the template (the group's
/// instances and their network interfaces) are limited by tag conditions that
/// only this group's members satisfy:
///  - instances carry aws:cloudformation:stack-id and aws:cloudformation:logical-id
///    (the group's id), which CloudFormation puts on every instance of a group it
///    creates and which no one can set by hand (the aws: prefix is reserved);
///  - network interfaces carry member_tag(group), set by the launch template.
/// Neither names the group itself, so an instance role may use them without a
/// dependency cycle (group -> launch template -> instance profile -> role).
#pragma once

#include <string_view>
#include <vector>

#include "cfn/policy.hpp"
#include "cfn/tags.hpp"
#include "cfn/value.hpp"

namespace cfn::patterns {

/// The tag the launch template puts on the network interfaces (and instances)
/// of the group with logical id `group_id`: cfnpp:group = ${AWS::StackName}/group_id.
[[nodiscard]] Tag member_tag(std::string_view group_id);

/// StringEquals on the instance's CloudFormation tags: an instance of that group.
[[nodiscard]] Value member_instance_condition(std::string_view group_id);

/// ec2:AttachVolume of `volume_id` to an instance of the group.
[[nodiscard]] std::vector<policy::Statement> attach_volume_statements(Str volume_id, std::string_view group_id);

/// ec2:AssociateAddress of the allocation `allocation_id` with an instance of the
/// group (and its network interface).
[[nodiscard]] std::vector<policy::Statement> associate_address_statements(Str allocation_id, std::string_view group_id);

/// kms:CreateGrant on `key_arn` for EC2 only (what attaching a volume encrypted
/// with a customer managed key needs: EC2 creates a grant for the instance).
[[nodiscard]] policy::Statement ebs_key_grant_statement(Str key_arn);

/// autoscaling:CompleteLifecycleAction on the group, by its CloudFormation tags
/// (an instance that completes its own launch).
[[nodiscard]] policy::Statement complete_own_launch_statement(std::string_view group_id);

/// cloudformation:SignalResource on this stack: an instance that reports its
/// launch to a creation or update policy waiting for it.
[[nodiscard]] policy::Statement signal_statement();

/// The two key policy statements a customer managed KMS key needs before Auto
/// Scaling can launch instances whose volumes it encrypts: the service-linked
/// role AWSServiceRoleForAutoScaling may use the key and create grants for
/// AWS resources (Amazon EC2 Auto Scaling User Guide, "Required AWS KMS key
/// policy for use with encrypted volumes").
[[nodiscard]] std::vector<policy::Statement> autoscaling_key_policy_statements();

}  // namespace cfn::patterns
