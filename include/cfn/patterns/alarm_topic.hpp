/// @file
/// The alarm topic block: the SNS topic that alarms and failed heals notify,
/// with an optional e-mail subscription. The topic is not encrypted: CloudWatch
/// alarms and EventBridge cannot publish to a topic encrypted with the AWS
/// managed SNS key, and a customer managed key would need its own key policy.
///
/// @code
///   auto email = add_optional_parameter(t, "AlarmEmail", {...});
///   auto alarms = add_alarm_topic(t, scope, {.email = email.parameter.ref(), .email_condition = email.is_set});
///   allow_rules_to_publish(t, scope, alarms, {unsuccessful_launches.Arn()});
/// @endcode
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cfn/aws/events.hpp"
#include "cfn/aws/sns.hpp"
#include "cfn/patterns/scope.hpp"
#include "cfn/policy.hpp"
#include "cfn/template.hpp"

namespace cfn::patterns {

/// How add_alarm_topic builds the topic.
struct AlarmTopicOptions {
  std::optional<Str> display_name{};  ///< the topic's DisplayName: the sender name of its e-mails
  /// Subscribes this address (it must confirm the subscription by e-mail).
  std::optional<Str> email{};
  /// Subscribes only when this condition holds (e.g. the e-mail parameter is not empty).
  std::optional<ConditionRef> email_condition{};
};

/// The parts add_alarm_topic added.
struct AlarmTopic {
  aws::sns::Topic::Handle topic;  ///< the SNS topic
  std::optional<aws::sns::Subscription::Handle>
      email_subscription;  ///< the e-mail subscription, when an address was given
  /// The topic's ARN, for AlarmActions and destinations.
  [[nodiscard]] Fn arn() const { return topic.ref(); }
};

/// Adds the parts Topic and, with an e-mail, EmailSubscription.
AlarmTopic add_alarm_topic(Template& t, const Scope& scope, const AlarmTopicOptions& options = {});

/// Adds the part TopicPolicy: EventBridge may publish to the topic, from these rules only.
aws::sns::TopicPolicy::Handle allow_rules_to_publish(Template& t, const Scope& scope, const AlarmTopic& topic,
                                                     const std::vector<Str>& rule_arns);

/// An EventBridge rule that tells the topic's subscribers about matching events.
struct EventNotification {
  std::string description{};  ///< the rule's Description
  /// The rule's EventPattern.
  Value pattern;
  /// Names for parts of the event ("$.detail.status"), usable as `<name>` in `message`.
  std::map<std::string, Str> input_paths{};
  /// The text sent (an SNS message), with `<name>` placeholders.
  std::string message{};
};

/// Adds the rule (part `part`) that publishes `notification` to the topic.
/// The topic must let it publish: pass its Arn() to allow_rules_to_publish.
aws::events::Rule::Handle add_event_notification(Template& t, const Scope& scope, std::string_view part,
                                                 const AlarmTopic& topic, const EventNotification& notification);

/// sns:Publish on the topic (a function that reports to a person, an on-failure destination).
[[nodiscard]] policy::Statement publish_statement(const AlarmTopic& topic);

}  // namespace cfn::patterns
