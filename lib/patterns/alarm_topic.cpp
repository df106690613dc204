#include "cfn/patterns/alarm_topic.hpp"

#include "cfn/error.hpp"

namespace cfn::patterns {

AlarmTopic add_alarm_topic(Template& t, const Scope& scope, const AlarmTopicOptions& o) {
  if (o.email_condition && !o.email) throw Error("alarm topic: an e-mail condition without an e-mail address");
  scope.check_renames("alarm topic", {"Topic", "EmailSubscription", "TopicPolicy"});
  aws::sns::Topic topic;
  topic.Tags(scope.tags_for("topic"));
  if (o.display_name) topic.DisplayName(*o.display_name);
  AlarmTopic out{t.add(scope.id("Topic"), topic), std::nullopt};
  if (o.email) {
    out.email_subscription =
        t.add(scope.id("EmailSubscription"),
              aws::sns::Subscription{}.TopicArn(out.topic.ref()).Protocol("email").Endpoint(*o.email),
              {.condition = o.email_condition});
  }
  return out;
}

aws::sns::TopicPolicy::Handle allow_rules_to_publish(Template& t, const Scope& scope, const AlarmTopic& topic,
                                                     const std::vector<Str>& rule_arns) {
  if (rule_arns.empty()) throw Error("alarm topic: no EventBridge rule to let publish");
  const policy::PolicyDocument document{{
      {.sid = "EventBridgeRulesOfThisStack",
       .principal = policy::service_principal("events.amazonaws.com"),
       .action = {"sns:Publish"},
       .resource = {topic.arn()},
       .condition = Map{{"ArnEquals", Map{{"aws:SourceArn", ListOf<Str>(rule_arns).value()}}}}},
  }};
  return t.add(scope.id("TopicPolicy"), aws::sns::TopicPolicy{}.Topics({topic.arn()}).PolicyDocument(document));
}

aws::events::Rule::Handle add_event_notification(Template& t, const Scope& scope, std::string_view part,
                                                 const AlarmTopic& topic, const EventNotification& n) {
  if (n.message.empty()) throw Error("event notification " + std::string(part) + ": no message");
  // An SNS target takes a JSON string: the message, quoted.
  std::string quoted = "\"";
  for (const char c : n.message) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  quoted += '"';
  return t.add(
      scope.id(part),
      aws::events::Rule{}
          .Description(n.description)
          .State("ENABLED")
          .EventPattern(n.pattern)
          .Targets({aws::events::Rule_Target{}
                        .Id("AlarmTopic")
                        .Arn(topic.arn())
                        .InputTransformer(
                            aws::events::Rule_InputTransformer{}.InputPathsMap(n.input_paths).InputTemplate(quoted))}));
}

policy::Statement publish_statement(const AlarmTopic& topic) {
  return {.sid = "ReportToAPerson", .action = {"sns:Publish"}, .resource = {topic.arn()}};
}

}  // namespace cfn::patterns
