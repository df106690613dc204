/// @file
/// The instance group block: an Auto Scaling group that replaces its instances
/// when they fail. By default it is a single-instance group, and its defaults
/// suit a stateful instance:
///  - instance maintenance policy terminate-before-launch (0 % min, 100 % max
///    healthy): a replacement never runs beside the old instance, which still
///    holds the data volume and address;
///  - rolling updates one instance at a time with none kept in service: a stack
///    update that changes the launch template replaces the running instance;
///  - scheduled actions and later stack updates never reset the group's size;
///  - 1-minute group metrics, and an alarm when fewer instances are in service
///    than desired for `alarm_minutes`.
/// With `replacement = LaunchFirst` it is a group of stateless instances (behind
/// a load balancer, any number of them): a replacement is launched before the
/// old instance goes (100 % / 200 % healthy), and rolling updates keep
/// `min_in_service` instances serving.
///
/// @code
///   auto group = add_instance_group(t, scope, {.launch_template = lt, .subnets = net.public_subnet_ids(),
///                                              .alarm_topic_arn = alarms.arn()});   // parts Group, ...
/// @endcode
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cfn/aws/autoscaling.hpp"
#include "cfn/aws/cloudwatch.hpp"
#include "cfn/aws/ec2.hpp"
#include "cfn/aws/events.hpp"
#include "cfn/patterns/scope.hpp"
#include "cfn/template.hpp"

namespace cfn::patterns {

/// Switching the instance off and on again on a schedule (cron expressions in `time_zone`).
struct Schedule {
  Str stop_recurrence = "0 20 * * *";  ///< cron expression of the stop: desired capacity 0
  Str start_recurrence = "0 7 * * *";  ///< cron expression of the start: desired capacity back
  /// An IANA time zone such as Europe/Berlin.
  Str time_zone = "Etc/UTC";
  /// The scheduled actions exist only when this holds (e.g. the schedule's parameters are set).
  std::optional<ConditionRef> condition{};
};

/// How the group replaces an instance (after a failure, in an instance refresh, in a rolling update).
enum class Replacement : std::uint8_t {
  TerminateFirst,  ///< a stateful instance: its replacement never runs beside it (at most one instance)
  LaunchFirst,     ///< stateless instances: the replacement is in service before the old one goes
};

/// The Auto Scaling group add_instance_group adds.
struct InstanceGroupOptions {
  aws::ec2::LaunchTemplate::Handle launch_template;  ///< the instances' launch template, latest version
  /// Subnet ids (handles, parameters, imports) or a function giving the list.
  ListOf<Str> subnets;
  Str min_size = "1";  ///< MinSize
  Str max_size = "1";  ///< MaxSize; above 1 only with LaunchFirst
  /// Empty: not in the template, so a stack update never changes it.
  std::optional<Str> desired_capacity{};
  Replacement replacement = Replacement::TerminateFirst;  ///< how an instance is replaced
  /// With LaunchFirst: rolling updates keep this many instances in service (less than the max size).
  Int min_in_service = 1;
  /// Target groups of a load balancer that the instances register with.
  std::vector<Str> target_group_arns{};
  /// "EC2", or "ELB" with a load balancer's target group checking the instance.
  std::string health_check_type = "EC2";
  std::optional<Int>
      health_check_grace_period{};  ///< seconds before a new instance's health counts; absent: the default
  /// Replace the running instance on stack updates that change its launch template.
  bool rolling_updates = true;
  /// With rolling updates: wait this long (ISO 8601, e.g. PT15M) for the new
  /// instance's SUCCESS signal (signal_statement()); no signal or FAILURE rolls the update back.
  std::optional<std::string> signal_timeout{};
  /// At stack creation: the group is complete only once `creation_signal_count`
  /// instances signal SUCCESS within this time (a FAILURE rolls the stack back).
  std::optional<std::string> creation_signal_timeout{};
  /// The desired capacity the group is created with (a Ref to its parameter, say).
  Int creation_signal_count = 1;
  std::vector<aws::autoscaling::AutoScalingGroup_LifecycleHookSpecification>
      lifecycle_hooks{};               ///< the group's lifecycle hooks
  std::optional<Schedule> schedule{};  ///< stop and start on a schedule
  /// Alarm (part InServiceAlarm) when fewer instances are in service than desired.
  std::optional<Str> alarm_topic_arn{};
  /// An EventBridge rule (part LaunchFailedRule) sending the group's
  /// unsuccessful launches to this topic, which must let the rule publish
  /// (allow_rules_to_publish with the rule's ARN).
  std::optional<Str> launch_failure_topic_arn{};
  int alarm_minutes = 10;  ///< minutes with too few instances in service before InServiceAlarm fires, 1 to 1440
  std::vector<ResourceRef> depends_on{};  ///< DependsOn of the group
};

/// The parts add_instance_group added.
struct InstanceGroup {
  aws::autoscaling::AutoScalingGroup::Handle group;  ///< the Auto Scaling group
  std::vector<aws::autoscaling::ScheduledAction::Handle>
      scheduled_actions;                                           ///< ScheduleStop and ScheduleStart, with a schedule
  std::optional<aws::cloudwatch::Alarm::Handle> in_service_alarm;  ///< InServiceAlarm, with an alarm topic
  std::optional<aws::events::Rule::Handle> launch_failed_rule;     ///< LaunchFailedRule, with a launch failure topic
};

/// Adds the part Group, with a schedule ScheduleStop and ScheduleStart, with an
/// alarm topic InServiceAlarm, with a launch failure topic LaunchFailedRule. Throws cfn::Error for a
/// literal max size above 1 with TerminateFirst, or an alarm period outside 1
/// to 1440 minutes.
InstanceGroup add_instance_group(Template& t, const Scope& scope, const InstanceGroupOptions& options);

}  // namespace cfn::patterns
