#include "cfn/patterns/instance_role.hpp"

#include "cfn/patterns/log_group.hpp"

namespace cfn::patterns {

InstanceRole add_instance_role(Template& t, const Scope& scope, const InstanceRoleOptions& o) {
  scope.check_renames("instance role", {"Role", "Profile"});
  aws::iam::Role role;
  role.AssumeRolePolicyDocument(policy::assume_role_policy("ec2.amazonaws.com")).Tags(scope.tags_for("role"));
  std::vector<Str> managed = o.managed_policy_arns;
  if (o.session_manager) managed.insert(managed.begin(), policy::managed_policy_arn("AmazonSSMManagedInstanceCore"));
  if (!managed.empty()) role.ManagedPolicyArns(managed);

  std::vector<policy::Statement> statements = o.statements;
  if (o.cloudwatch_logs) statements.push_back(write_logs_statement(*o.cloudwatch_logs, true));
  std::vector<Obj<aws::iam::Role_Policy>> policies;
  if (!statements.empty())
    policies.emplace_back(aws::iam::Role_Policy{}
                              .PolicyName(o.policy_name)
                              .PolicyDocument(policy::PolicyDocument(std::move(statements))));
  policies.insert(policies.end(), o.conditional_policies.begin(), o.conditional_policies.end());
  if (!policies.empty()) role.Policies(policies);

  const auto role_handle = t.add(scope.id("Role"), role);
  const auto profile = t.add(scope.id("Profile"), aws::iam::InstanceProfile{}.Roles({role_handle.ref()}));
  return {role_handle, profile};
}

}  // namespace cfn::patterns
