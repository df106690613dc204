#include "cfn/patterns/permissions.hpp"

#include <string>

#include "cfn/arn.hpp"
#include "cfn/intrinsics.hpp"

namespace cfn::patterns {
namespace {

constexpr const char* kMemberTagKey = "cfnpp:group";

Value member_tag_value(std::string_view group_id) { return sub("${AWS::StackName}/" + std::string(group_id)); }

Value member_interface_condition(std::string_view group_id) {
  return Map{{"StringEquals", Map{{std::string("aws:ResourceTag/") + kMemberTagKey, member_tag_value(group_id)}}}};
}

}  // namespace

Tag member_tag(std::string_view group_id) { return {kMemberTagKey, Fn(member_tag_value(group_id).as_fn())}; }

Value member_instance_condition(std::string_view group_id) {
  return Map{{"StringEquals", Map{{"aws:ResourceTag/aws:cloudformation:stack-id", pseudo::stack_id()},
                                  {"aws:ResourceTag/aws:cloudformation:logical-id", group_id}}}};
}

namespace {

// `action` on one resource of the stack, then on the group's instances (and
// their interfaces): one statement each, so every condition applies only to
// the resources that carry its tags.
std::vector<policy::Statement> on_resource_and_members(std::string_view action, std::string_view verb, Fn resource,
                                                       std::string_view group_id, bool interfaces) {
  std::vector<policy::Statement> out{{.sid = std::string(verb), .action = {action}, .resource = {std::move(resource)}},
                                     {.sid = std::string(verb) + "OnInstancesOfTheGroup",
                                      .action = {action},
                                      .resource = {arn::regional("ec2", "instance/*")},
                                      .condition = member_instance_condition(group_id)}};
  if (interfaces)
    out.push_back({.sid = std::string(verb) + "OnTheirNetworkInterfaces",
                   .action = {action},
                   .resource = {arn::regional("ec2", "network-interface/*")},
                   .condition = member_interface_condition(group_id)});
  return out;
}

}  // namespace

std::vector<policy::Statement> attach_volume_statements(Str volume_id, std::string_view group_id) {
  return on_resource_and_members("ec2:AttachVolume", "AttachTheDataVolume",
                                 arn::for_type("AWS::EC2::Volume", {{"VolumeId", std::move(volume_id).value()}}),
                                 group_id, false);
}

std::vector<policy::Statement> associate_address_statements(Str allocation_id, std::string_view group_id) {
  return on_resource_and_members("ec2:AssociateAddress", "AssociateTheAddress",
                                 arn::for_type("AWS::EC2::EIP", {{"AllocationId", std::move(allocation_id).value()}}),
                                 group_id, true);
}

policy::Statement ebs_key_grant_statement(Str key_arn) {
  return {.sid = "LetEc2UseTheVolumeKey",
          .action = {"kms:CreateGrant"},
          .resource = {std::move(key_arn)},
          .condition = Map{{"Bool", Map{{"kms:GrantIsForAWSResource", true}}},
                           {"StringEquals", Map{{"kms:ViaService", sub("ec2.${AWS::Region}.amazonaws.com")}}}}};
}

policy::Statement complete_own_launch_statement(std::string_view group_id) {
  return {
      .sid = "CompleteOwnLaunch",
      .action = {"autoscaling:CompleteLifecycleAction"},
      .resource = {arn::regional("autoscaling", "autoScalingGroup:*:autoScalingGroupName/*")},
      .condition = Map{{"StringEquals", Map{{"autoscaling:ResourceTag/aws:cloudformation:stack-id", pseudo::stack_id()},
                                            {"autoscaling:ResourceTag/aws:cloudformation:logical-id", group_id}}}}};
}

policy::Statement signal_statement() {
  return {.sid = "SignalThisStack",
          .action = {"cloudformation:SignalResource"},
          .resource = {arn::regional("cloudformation", "stack/${AWS::StackName}/*")}};
}

std::vector<policy::Statement> autoscaling_key_policy_statements() {
  const Value role = Map{{"AWS", arn::global("iam",
                                             "role/aws-service-role/autoscaling.amazonaws.com/"
                                             "AWSServiceRoleForAutoScaling")}};
  return {{.sid = "AutoScalingUsesTheKey",
           .principal = role,
           .action = {"kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"},
           .resource = {"*"}},
          {.sid = "AutoScalingGrantsForAwsResources",
           .principal = role,
           .action = {"kms:CreateGrant"},
           .resource = {"*"},
           .condition = Map{{"Bool", Map{{"kms:GrantIsForAWSResource", true}}}}}};
}

}  // namespace cfn::patterns
