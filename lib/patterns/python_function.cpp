#include "cfn/patterns/python_function.hpp"

#include <algorithm>

#include "cfn/error.hpp"
#include "cfn/patterns/log_group.hpp"

namespace cfn::patterns {
namespace {

namespace lambda = aws::lambda;
namespace cw = aws::cloudwatch;

void check_options(const PythonFunctionOptions& o) {
  if (o.code.empty()) throw Error("python function: no code");
  if (o.timeout < 1 || o.timeout > 900)
    throw Error("python function: a timeout of " + std::to_string(o.timeout) + " s is outside 1 to 900");
  if (o.memory < 128 || o.memory > 10240)
    throw Error("python function: " + std::to_string(o.memory) + " MB of memory is outside 128 to 10240");
  if (o.maximum_retry_attempts < 0 || o.maximum_retry_attempts > 2)
    throw Error("python function: Lambda retries an asynchronous event 0 to 2 times, not " +
                std::to_string(o.maximum_retry_attempts));
}

// Whether a statement already lets the function publish to `topic` (a
// function that sends its own messages there): the destination needs no other.
bool publishes_to(const std::vector<policy::Statement>& statements, const Str& topic) {
  const auto is = [](const Value& wanted) { return [&wanted](const Str& s) { return s.value() == wanted; }; };
  return std::any_of(statements.begin(), statements.end(), [&](const policy::Statement& s) {
    return s.effect == policy::Effect::Allow && !s.condition &&
           std::any_of(s.action.begin(), s.action.end(), is(Value("sns:Publish"))) &&
           std::any_of(s.resource.begin(), s.resource.end(), is(topic.value()));
  });
}

}  // namespace

PythonFunction add_python_function(Template& t, const Scope& scope, const PythonFunctionOptions& o) {
  check_options(o);
  scope.check_renames("python function", {"Function", "Role", "LogGroup", "ErrorsAlarm", "InvokeConfig"});
  const auto logs = add_log_group(t, scope.subset({"LogGroup"}), {.retention_days = o.log_retention_days});

  std::vector<policy::Statement> statements = o.statements;
  if (o.on_failure_topic_arn && !publishes_to(statements, *o.on_failure_topic_arn))
    statements.push_back(
        {.sid = "OnFailureDestination", .action = {"sns:Publish"}, .resource = {*o.on_failure_topic_arn}});
  statements.push_back(write_logs_statement(logs.ref()));
  std::vector<Obj<aws::iam::Role_Policy>> policies{
      aws::iam::Role_Policy{}.PolicyName(o.policy_name).PolicyDocument(policy::PolicyDocument(std::move(statements)))};
  policies.insert(policies.end(), o.conditional_policies.begin(), o.conditional_policies.end());
  const auto role =
      t.add(scope.id("Role"), aws::iam::Role{}
                                  .AssumeRolePolicyDocument(policy::assume_role_policy("lambda.amazonaws.com"))
                                  .Policies(policies)
                                  .Tags(scope.tags_for("function")));

  lambda::Function function;
  function.Description(o.description)
      .Runtime(kPythonRuntime)
      .Handler("index.handler")
      .Role(role.Arn())
      .Timeout(o.timeout)
      .MemorySize(o.memory)
      .Code(lambda::Function_Code{}.ZipFile(o.code))
      .LoggingConfig(lambda::Function_LoggingConfig{}.LogGroup(logs.ref()))
      .Tags(scope.tags_for("function"));
  if (!o.environment.empty()) {
    std::map<std::string, Str> variables(o.environment.begin(), o.environment.end());
    function.Environment(lambda::Function_Environment{}.Variables(variables));
  }
  if (o.reserved_concurrency) function.ReservedConcurrentExecutions(*o.reserved_concurrency);
  PythonFunction out{t.add(scope.id("Function"), function), role, logs, std::nullopt};

  if (o.on_failure_topic_arn) {
    t.add(scope.id("InvokeConfig"),
          lambda::EventInvokeConfig{}
              .FunctionName(out.function.ref())
              .Qualifier("$LATEST")
              .MaximumRetryAttempts(o.maximum_retry_attempts)
              .DestinationConfig(lambda::EventInvokeConfig_DestinationConfig{}.OnFailure(
                  lambda::EventInvokeConfig_OnFailure{}.Destination(*o.on_failure_topic_arn))));
  }
  if (o.alarm_topic_arn) {
    out.errors_alarm = t.add(scope.id("ErrorsAlarm"),
                             cw::Alarm{}
                                 .AlarmDescription(o.description + ": the function failed (see its log group)")
                                 .Namespace("AWS/Lambda")
                                 .MetricName("Errors")
                                 .Dimensions({cw::Alarm_Dimension{}.Name("FunctionName").Value(out.function.ref())})
                                 .Statistic("Sum")
                                 .Period(60)
                                 .EvaluationPeriods(1)
                                 .Threshold(1)
                                 .ComparisonOperator("GreaterThanOrEqualToThreshold")
                                 .TreatMissingData("notBreaching")
                                 .AlarmActions({*o.alarm_topic_arn}));
  }
  return out;
}

}  // namespace cfn::patterns
