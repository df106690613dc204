#include "cfn/patterns/backup.hpp"

#include "cfn/error.hpp"
#include "cfn/policy.hpp"

namespace cfn::patterns {
namespace {

namespace backup = aws::backup;

}  // namespace

Backup add_backup(Template& t, const Scope& scope, const BackupOptions& o) {
  if (o.resource_arns.empty()) throw Error("backup: no resource to back up");
  const Value& retention = o.retention_days.value();
  if (retention.is_int() && retention.as_int() < 1)
    throw Error("backup: a retention of " + std::to_string(retention.as_int()) + " days keeps nothing");
  scope.check_renames("backup", {"Vault", "Plan", "Role", "Selection", "FailedRule"});

  // Vault names: 2 to 50 characters, unique in the account and region, and
  // this one outlives the stack.
  backup::BackupVault vault;
  vault.BackupVaultName(scope.unique_name("vault", 50)).BackupVaultTags({{"Name", scope.name_for("vault")}});
  if (o.kms_key_arn) vault.EncryptionKeyArn(*o.kms_key_arn);
  // Recovery points are the data: the vault outlives the stack (deleting a
  // vault that holds recovery points fails anyway).
  const auto vault_handle =
      t.add(scope.id("Vault"), vault,
            {.deletion_policy = DeletionPolicy::Retain, .update_replace_policy = DeletionPolicy::Retain});
  const auto rule = backup::BackupPlan_BackupRuleResourceType{}
                        .RuleName("daily")
                        .TargetBackupVault(vault_handle.ref())
                        .ScheduleExpression(o.schedule)
                        .ScheduleExpressionTimezone(o.time_zone)
                        .StartWindowMinutes(60)
                        .CompletionWindowMinutes(720)
                        .Lifecycle(backup::BackupPlan_LifecycleResourceType{}.DeleteAfterDays(o.retention_days));
  const auto plan = t.add(
      scope.id("Plan"),
      backup::BackupPlan{}.BackupPlan_(
          backup::BackupPlan_BackupPlanResourceType{}.BackupPlanName(scope.name_for("plan")).BackupPlanRule({rule})));
  const auto role =
      t.add(scope.id("Role"),
            aws::iam::Role{}
                .AssumeRolePolicyDocument(policy::assume_role_policy("backup.amazonaws.com"))
                .ManagedPolicyArns({policy::managed_policy_arn("service-role/AWSBackupServiceRolePolicyForBackup"),
                                    policy::managed_policy_arn("service-role/AWSBackupServiceRolePolicyForRestores")})
                .Tags(scope.tags_for("backup")));
  const auto selection =
      t.add(scope.id("Selection"), backup::BackupSelection{}
                                       .BackupPlanId(plan.ref())
                                       .BackupSelection_(backup::BackupSelection_BackupSelectionResourceType{}
                                                             .SelectionName("resources")
                                                             .IamRoleArn(role.Arn())
                                                             .Resources(o.resource_arns)));
  Backup out{vault_handle, plan, role, selection, std::nullopt};

  if (o.alarm_topic)
    out.failed_rule =
        add_event_notification(t, scope, "FailedRule", *o.alarm_topic,
                               {.description = "Failed, aborted and expired backup jobs of the vault",
                                .pattern = Map{{"source", List{"aws.backup"}},
                                               {"detail-type", List{"Backup Job State Change"}},
                                               {"detail", Map{{"state", List{"FAILED", "ABORTED", "EXPIRED"}},
                                                              {"backupVaultName", List{out.vault.ref()}}}}},
                                .input_paths = {{"state", "$.detail.state"},
                                                {"resource", "$.detail.resourceArn"},
                                                {"reason", "$.detail.statusMessage"}},
                                .message = "Backup of <resource> ended <state>: <reason>. See AWS Backup, Jobs."});
  return out;
}

}  // namespace cfn::patterns
