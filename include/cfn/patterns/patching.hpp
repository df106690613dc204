/// @file
/// The patching block: Systems Manager Patch Manager for the instances that
/// carry a patch group tag.
///  - a patch baseline for Amazon Linux 2023 that approves security and bugfix
///    updates a number of days after their release, registered for the patch
///    group (the instances' "Patch Group" tag);
///  - a maintenance window on a schedule in a time zone, its target (instances
///    by id), and a Run Command task AWS-RunPatchBaseline with Operation
///    Install and a reboot option, its output in a log group;
///  - with an alarm topic, an EventBridge rule (part FailedRule) that reports
///    the window's failed and timed-out executions.
///
/// @code
///   auto patching = add_patching(t, scope.child("Patch"), {.instance_ids = {instance.ref()},
///                                                          .patch_group = name, .alarm_topic = &alarms});
/// @endcode
///
/// Parts: Baseline, Window, WindowTarget, WindowTask, FailedRule.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cfn/aws/events.hpp"
#include "cfn/aws/ssm.hpp"
#include "cfn/patterns/alarm_topic.hpp"
#include "cfn/patterns/scope.hpp"
#include "cfn/template.hpp"

namespace cfn::patterns {

/// The tag key Patch Manager reads the patch group from.
inline constexpr const char* kPatchGroupTag = "Patch Group";

/// The patching add_patching adds: a baseline, a maintenance window and its task.
struct PatchingOptions {
  std::vector<Str> instance_ids;  ///< the instances patched
  /// The patch group: the value of the instances' "Patch Group" tag.
  Str patch_group;
  /// A cron or rate expression (cron(35 12 * * ? *): daily at 12:35).
  Str schedule = "cron(35 12 * * ? *)";
  /// An IANA time zone: the schedule's.
  Str time_zone = "Etc/UTC";
  /// Hours the window stays open (1 to 24); no task starts in its last `cutoff_hours`.
  int duration_hours = 3;
  int cutoff_hours = 1;  ///< hours before the window closes after which no task starts
  /// Days after their release that updates are approved (0 to 360).
  Int approve_after_days = 7;
  /// RebootIfNeeded or NoReboot.
  Str reboot_option = "RebootIfNeeded";
  /// Where the task's output goes (a log group name).
  std::optional<Str> log_group{};
  /// Failed and timed-out window executions go to this topic (part FailedRule).
  const AlarmTopic* alarm_topic = nullptr;
};

/// The parts add_patching added.
struct Patching {
  aws::ssm::PatchBaseline::Handle baseline;      ///< the patch baseline
  aws::ssm::MaintenanceWindow::Handle window;    ///< the maintenance window
  aws::ssm::MaintenanceWindowTask::Handle task;  ///< the window's task running AWS-RunPatchBaseline
  std::optional<aws::events::Rule::Handle>
      failed_rule;  ///< the rule that reports failed executions, when an alarm topic was given
};

/// Adds the patching. Throws cfn::Error for no instance, or hours out of range.
Patching add_patching(Template& t, const Scope& scope, const PatchingOptions& options);

}  // namespace cfn::patterns
