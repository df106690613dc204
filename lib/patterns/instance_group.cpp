#include "cfn/patterns/instance_group.hpp"

#include <charconv>

#include "cfn/error.hpp"

namespace cfn::patterns {
namespace {

namespace asg = aws::autoscaling;
namespace cw = aws::cloudwatch;

void check_options(const InstanceGroupOptions& o) {
  const Value& max = o.max_size.value();
  if (o.replacement == Replacement::TerminateFirst && max.is_string() && max.as_string() != "0" &&
      max.as_string() != "1")
    throw Error("instance group: max size is '" + max.as_string() +
                "'; a single-instance group has at most 1 (the instance holds state no second one may share)");
  if (o.alarm_minutes < 1 || o.alarm_minutes > 1440)
    throw Error("instance group: the alarm period is " + std::to_string(o.alarm_minutes) + " minutes, not 1 to 1440");
  if (o.signal_timeout && !o.rolling_updates)
    throw Error("instance group: a signal timeout only applies to rolling updates");
  const Value& in_service = o.min_in_service.value();
  int max_literal = 0;
  if (o.replacement == Replacement::LaunchFirst && in_service.is_int() && max.is_string() &&
      std::from_chars(max.as_string().data(), max.as_string().data() + max.as_string().size(), max_literal).ec ==
          std::errc{} &&
      in_service.as_int() >= max_literal)
    throw Error("instance group: rolling updates keep " + std::to_string(in_service.as_int()) +
                " instances in service, which a max size of " + max.as_string() + " leaves no room to replace");
}

Value update_policy(const InstanceGroupOptions& o) {
  Map policy{{"AutoScalingScheduledAction", Map{{"IgnoreUnmodifiedGroupSizeProperties", true}}}};
  if (!o.rolling_updates) return policy;
  // TerminateFirst: terminate the old instance first (it holds the state),
  // then launch its replacement. LaunchFirst: keep min_in_service serving.
  // Either way the processes that could start or stop instances meanwhile
  // wait.
  const bool stateful = o.replacement == Replacement::TerminateFirst;
  Map rolling{{"MaxBatchSize", 1},
              {"MinInstancesInService", stateful ? Value(0) : o.min_in_service.value()},
              {"SuspendProcesses",
               List{"HealthCheck", "ReplaceUnhealthy", "AZRebalance", "AlarmNotification", "ScheduledActions"}}};
  if (o.signal_timeout) {
    rolling.set("WaitOnResourceSignals", true);
    rolling.set("PauseTime", *o.signal_timeout);
  }
  policy.set("AutoScalingRollingUpdate", std::move(rolling));
  return policy;
}

cw::Alarm_MetricDataQuery group_metric(std::string_view id, std::string_view name, std::string_view stat,
                                       const asg::AutoScalingGroup::Handle& group) {
  return cw::Alarm_MetricDataQuery{}.Id(id).ReturnData(false).MetricStat(
      cw::Alarm_MetricStat{}
          .Metric(cw::Alarm_Metric{}
                      .Namespace("AWS/AutoScaling")
                      .MetricName(name)
                      .Dimensions({cw::Alarm_Dimension{}.Name("AutoScalingGroupName").Value(group.ref())}))
          .Period(60)
          .Stat(stat));
}

}  // namespace

InstanceGroup add_instance_group(Template& t, const Scope& scope, const InstanceGroupOptions& o) {
  check_options(o);
  scope.check_renames("instance group",
                      {"Group", "ScheduleStop", "ScheduleStart", "InServiceAlarm", "LaunchFailedRule"});

  std::vector<asg::AutoScalingGroup_TagProperty> tags;
  for (const Tag& tag : scope.tags_for("instance"))
    tags.push_back(asg::AutoScalingGroup_TagProperty{}.Key(tag.key).Value(tag.value).PropagateAtLaunch(false));
  asg::AutoScalingGroup group;
  group
      .LaunchTemplate(asg::AutoScalingGroup_LaunchTemplateSpecification{}
                          .LaunchTemplateId(o.launch_template.ref())
                          .Version(o.launch_template.LatestVersionNumber()))
      .MinSize(o.min_size)
      .MaxSize(o.max_size)
      .VPCZoneIdentifier(o.subnets)
      .HealthCheckType(o.health_check_type)
      .InstanceMaintenancePolicy(
          o.replacement == Replacement::TerminateFirst
              ? asg::AutoScalingGroup_InstanceMaintenancePolicy{}.MinHealthyPercentage(0).MaxHealthyPercentage(100)
              : asg::AutoScalingGroup_InstanceMaintenancePolicy{}.MinHealthyPercentage(100).MaxHealthyPercentage(200))
      .MetricsCollection({asg::AutoScalingGroup_MetricsCollection{}.Granularity("1Minute")})
      .Tags(tags);
  if (o.desired_capacity) group.DesiredCapacity(*o.desired_capacity);
  if (o.health_check_grace_period) group.HealthCheckGracePeriod(*o.health_check_grace_period);
  if (!o.lifecycle_hooks.empty()) group.LifecycleHookSpecificationList(o.lifecycle_hooks);
  if (!o.target_group_arns.empty()) group.TargetGroupARNs(o.target_group_arns);

  std::optional<Value> creation_policy;
  if (o.creation_signal_timeout)
    creation_policy = Map{
        {"ResourceSignal", Map{{"Count", o.creation_signal_count.value()}, {"Timeout", *o.creation_signal_timeout}}}};
  InstanceGroup out{t.add(scope.id("Group"), group,
                          {.depends_on = o.depends_on,
                           .creation_policy = std::move(creation_policy),
                           .update_policy = update_policy(o)}),
                    {},
                    std::nullopt,
                    std::nullopt};

  if (o.schedule) {
    const auto action = [&](std::string_view part, int size, const Str& recurrence) {
      out.scheduled_actions.push_back(t.add(scope.id(part),
                                            asg::ScheduledAction{}
                                                .AutoScalingGroupName(out.group.ref())
                                                .MinSize(size)
                                                .MaxSize(size)
                                                .DesiredCapacity(size)
                                                .Recurrence(recurrence)
                                                .TimeZone(o.schedule->time_zone),
                                            {.condition = o.schedule->condition}));
    };
    action("ScheduleStop", 0, o.schedule->stop_recurrence);
    action("ScheduleStart", 1, o.schedule->start_recurrence);
  }

  if (o.alarm_topic_arn) {
    // Desired minus in service, so a group scheduled (or scaled) to zero is not an alarm.
    out.in_service_alarm =
        t.add(scope.id("InServiceAlarm"),
              cw::Alarm{}
                  .AlarmDescription("Fewer instances in service than desired for " + std::to_string(o.alarm_minutes) +
                                    " minutes: the instance is not healing. See the group's activity history.")
                  .Metrics({group_metric("desired", "GroupDesiredCapacity", "Minimum", out.group),
                            group_metric("inService", "GroupInServiceInstances", "Maximum", out.group),
                            cw::Alarm_MetricDataQuery{}
                                .Id("missing")
                                .Expression("desired - inService")
                                .Label("Instances missing")
                                .ReturnData(true)})
                  .ComparisonOperator("GreaterThanOrEqualToThreshold")
                  .Threshold(1)
                  .EvaluationPeriods(o.alarm_minutes)
                  .DatapointsToAlarm(o.alarm_minutes)
                  .TreatMissingData("notBreaching")
                  .AlarmActions({*o.alarm_topic_arn})
                  .OKActions({*o.alarm_topic_arn}));
  }
  if (o.launch_failure_topic_arn) {
    out.launch_failed_rule = t.add(
        scope.id("LaunchFailedRule"),
        aws::events::Rule{}
            .Description("Unsuccessful launches of the group, to its alarm topic")
            .State("ENABLED")
            .EventPattern(Map{{"source", List{"aws.autoscaling"}},
                              {"detail-type", List{"EC2 Instance Launch Unsuccessful"}},
                              {"detail", Map{{"AutoScalingGroupName", List{out.group.ref()}}}}})
            .Targets({aws::events::Rule_Target{}
                          .Id("AlarmTopic")
                          .Arn(*o.launch_failure_topic_arn)
                          .InputTransformer(aws::events::Rule_InputTransformer{}
                                                .InputPathsMap({{"group", "$.detail.AutoScalingGroupName"},
                                                                {"cause", "$.detail.Cause"},
                                                                {"status", "$.detail.StatusMessage"}})
                                                .InputTemplate("\"An instance of <group> failed to launch: <status> "
                                                               "(<cause>)\""))}));
  }
  return out;
}

}  // namespace cfn::patterns
