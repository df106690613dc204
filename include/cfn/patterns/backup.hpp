/// @file
/// The backup block: AWS Backup of resources named by ARN.
///  - an encrypted backup vault (its recovery points are encrypted; the AWS
///    managed key aws/backup unless a KMS key is given), kept when the stack
///    is deleted or replaces it;
///  - a plan with one rule on a schedule (daily by default) whose recovery
///    points are deleted after the retention;
///  - the role AWS Backup uses (the AWS managed backup and restore policies);
///  - a selection of the resources by ARN;
///  - with an alarm topic, an EventBridge rule (part FailedRule) that reports
///    the vault's failed, aborted and expired backup jobs.
///
/// @code
///   auto backup = add_backup(t, scope.child("Backup"), {.resource_arns = {instance_arn}, .alarm_topic = &alarms});
/// @endcode
///
/// Parts: Vault, Plan, Role, Selection, FailedRule.
#pragma once

#include <optional>
#include <vector>

#include "cfn/aws/backup.hpp"
#include "cfn/aws/events.hpp"
#include "cfn/aws/iam.hpp"
#include "cfn/patterns/alarm_topic.hpp"
#include "cfn/patterns/scope.hpp"
#include "cfn/template.hpp"

namespace cfn::patterns {

/// What add_backup backs up, when, and for how long.
struct BackupOptions {
  std::vector<Str> resource_arns;  ///< the ARNs of the resources to back up
  /// A cron expression in `time_zone` (cron(0 3 * * ? *): daily at 03:00).
  Str schedule = "cron(0 3 * * ? *)";
  Str time_zone = "Etc/UTC";  ///< the time zone of `schedule`, an IANA name
  /// Days a recovery point is kept (1 or more).
  Num retention_days = 30;
  /// A KMS key ARN for the vault; empty: the AWS managed key aws/backup.
  std::optional<Str> kms_key_arn{};
  /// Failed, aborted and expired backup jobs go to this topic (part FailedRule).
  const AlarmTopic* alarm_topic = nullptr;
};

/// The parts add_backup added.
struct Backup {
  aws::backup::BackupVault::Handle vault;          ///< the backup vault
  aws::backup::BackupPlan::Handle plan;            ///< the backup plan: schedule and retention
  aws::iam::Role::Handle role;                     ///< the role AWS Backup assumes
  aws::backup::BackupSelection::Handle selection;  ///< the selection of `resource_arns`
  std::optional<aws::events::Rule::Handle>
      failed_rule;  ///< the rule that reports failed jobs, when an alarm topic was given
};

/// Adds the backup. Throws cfn::Error when there is no resource, or a literal retention below 1 day.
Backup add_backup(Template& t, const Scope& scope, const BackupOptions& options);

}  // namespace cfn::patterns
