// The single-instance Auto Scaling group block: an Auto Scaling group of at
// most one instance that replaces it when it fails. Its defaults suit a
// stateful instance:
//  - instance maintenance policy terminate-before-launch (0 % min, 100 % max
//    healthy): a replacement never runs beside the old instance, which still
//    holds the data volume and address;
//  - rolling updates one instance at a time with none kept in service: a stack
//    update that changes the launch template replaces the running instance;
//  - scheduled actions and later stack updates never reset the group's size;
//  - 1-minute group metrics, and an alarm when fewer instances are in service
//    than desired for `alarm_minutes`.
//
//   auto group = add_instance_group(t, scope, {.launch_template = lt, .subnets = net.public_subnet_ids(),
//                                              .alarm_topic_arn = alarms.arn()});   // parts Group, ...
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cfn/aws/autoscaling.hpp"
#include "cfn/aws/cloudwatch.hpp"
#include "cfn/aws/ec2.hpp"
#include "cfn/patterns/scope.hpp"
#include "cfn/template.hpp"

namespace cfn::patterns {

/// Switching the instance off and on again on a schedule (cron expressions in `time_zone`).
struct Schedule {
  Str stop_recurrence = "0 20 * * *";
  Str start_recurrence = "0 7 * * *";
  /// An IANA time zone such as Europe/Berlin.
  Str time_zone = "Etc/UTC";
};

struct InstanceGroupOptions {
  aws::ec2::LaunchTemplate::Handle launch_template;
  /// Subnet ids (handles, parameters, imports) or a function giving the list.
  ListOf<Str> subnets;
  Str min_size = "1";
  Str max_size = "1";
  /// Empty: not in the template, so a stack update never changes it.
  std::optional<Str> desired_capacity{};
  /// "EC2", or "ELB" with a load balancer's target group checking the instance.
  std::string health_check_type = "EC2";
  std::optional<Int> health_check_grace_period{};
  /// Replace the running instance on stack updates that change its launch template.
  bool rolling_updates = true;
  /// With rolling updates: wait this long (ISO 8601, e.g. PT15M) for the new
  /// instance's SUCCESS signal (signal_statement()); no signal or FAILURE rolls the update back.
  std::optional<std::string> signal_timeout{};
  /// At stack creation: the group is complete only once its first instance
  /// signals SUCCESS within this time (a group created with a desired size of 1).
  std::optional<std::string> creation_signal_timeout{};
  std::vector<aws::autoscaling::AutoScalingGroup_LifecycleHookSpecification> lifecycle_hooks{};
  std::optional<Schedule> schedule{};
  /// Alarm (part InServiceAlarm) when fewer instances are in service than desired.
  std::optional<Str> alarm_topic_arn{};
  int alarm_minutes = 10;
  std::vector<ResourceRef> depends_on{};
};

struct InstanceGroup {
  aws::autoscaling::AutoScalingGroup::Handle group;
  std::vector<aws::autoscaling::ScheduledAction::Handle> scheduled_actions;
  std::optional<aws::cloudwatch::Alarm::Handle> in_service_alarm;
};

/// Adds the part Group, with a schedule ScheduleStop and ScheduleStart, with an
/// alarm topic InServiceAlarm. Throws cfn::Error for a literal max size above 1
/// or an alarm period outside 1 to 1440 minutes.
InstanceGroup add_instance_group(Template& t, const Scope& scope, const InstanceGroupOptions& options);

}  // namespace cfn::patterns
