#include "cfn/patterns/patching.hpp"

#include "cfn/error.hpp"

namespace cfn::patterns {
namespace {

namespace ssm = aws::ssm;

// Patch baselines and maintenance windows: names of 3 to 128 characters.
constexpr std::size_t kMaxNameLength = 128;

void check_options(const PatchingOptions& o) {
  if (o.instance_ids.empty()) throw Error("patching: no instance to patch");
  if (o.duration_hours < 1 || o.duration_hours > 24)
    throw Error("patching: a window of " + std::to_string(o.duration_hours) + " hours is outside 1 to 24");
  if (o.cutoff_hours < 0 || o.cutoff_hours >= o.duration_hours)
    throw Error("patching: a cutoff of " + std::to_string(o.cutoff_hours) + " hours leaves no time in a window of " +
                std::to_string(o.duration_hours));
}

}  // namespace

Patching add_patching(Template& t, const Scope& scope, const PatchingOptions& o) {
  check_options(o);
  scope.check_renames("patching", {"Baseline", "Window", "WindowTarget", "WindowTask", "FailedRule"});

  const auto baseline = t.add(
      scope.id("Baseline"),
      ssm::PatchBaseline{}
          .Name(scope.unique_name("baseline", kMaxNameLength))
          .Description("Amazon Linux 2023: security and bugfix updates, approved some days after their release")
          .OperatingSystem("AMAZON_LINUX_2023")
          .ApprovalRules(ssm::PatchBaseline_RuleGroup{}.PatchRules(
              {ssm::PatchBaseline_Rule{}
                   .ApproveAfterDays(o.approve_after_days)
                   .ComplianceLevel("HIGH")
                   .PatchFilterGroup(ssm::PatchBaseline_PatchFilterGroup{}.PatchFilters(
                       {ssm::PatchBaseline_PatchFilter{}.Key("CLASSIFICATION").Values({"Security", "Bugfix"})}))}))
          .PatchGroups({o.patch_group})
          .Tags(scope.tags_for("baseline")));

  const auto window = t.add(scope.id("Window"), ssm::MaintenanceWindow{}
                                                    .Name(scope.unique_name("window", kMaxNameLength))
                                                    .Description("Patching")
                                                    .Schedule(o.schedule)
                                                    .ScheduleTimezone(o.time_zone)
                                                    .Duration(o.duration_hours)
                                                    .Cutoff(o.cutoff_hours)
                                                    .AllowUnassociatedTargets(false)
                                                    .Tags(scope.tags_for("window")));
  const auto target =
      t.add(scope.id("WindowTarget"),
            ssm::MaintenanceWindowTarget{}
                .WindowId(window.ref())
                .ResourceType("INSTANCE")
                .Targets({ssm::MaintenanceWindowTarget_Targets{}.Key("InstanceIds").Values(o.instance_ids)}));

  ssm::MaintenanceWindowTask_MaintenanceWindowRunCommandParameters run;
  run.Comment("Patch Manager: install the approved updates")
      .TimeoutSeconds(3600)
      .Parameters(Map{{"Operation", List{"Install"}}, {"RebootOption", List{o.reboot_option.value()}}});
  if (o.log_group)
    run.CloudWatchOutputConfig(
        ssm::MaintenanceWindowTask_CloudWatchOutputConfig{}.CloudWatchOutputEnabled(true).CloudWatchLogGroupName(
            *o.log_group));
  const auto task =
      t.add(scope.id("WindowTask"),
            ssm::MaintenanceWindowTask{}
                .WindowId(window.ref())
                .Name("patch")
                .TaskType("RUN_COMMAND")
                .TaskArn("AWS-RunPatchBaseline")
                .Priority(1)
                .MaxConcurrency("1")
                .MaxErrors("0")
                .Targets({ssm::MaintenanceWindowTask_Target{}.Key("WindowTargetIds").Values({target.ref()})})
                .TaskInvocationParameters(
                    ssm::MaintenanceWindowTask_TaskInvocationParameters{}.MaintenanceWindowRunCommandParameters(run)));

  Patching out{baseline, window, task, std::nullopt};
  if (o.alarm_topic)
    out.failed_rule = add_event_notification(
        t, scope, "FailedRule", *o.alarm_topic,
        {.description = "Failed or timed-out executions of the patching window",
         .pattern = Map{{"source", List{"aws.ssm"}},
                        {"detail-type", List{"Maintenance Window Execution State-change Notification"}},
                        {"detail", Map{{"window-id", List{window.ref()}}, {"status", List{"FAILED", "TIMED_OUT"}}}}},
         .input_paths = {{"status", "$.detail.status"}, {"execution", "$.detail.window-execution-id"}},
         .message = "Patching failed: maintenance window execution <execution> ended <status>. See Systems Manager, "
                    "Maintenance Windows, History, and the task's output in its log group."});
  return out;
}

}  // namespace cfn::patterns
