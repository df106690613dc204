// The Python function block: an inline Lambda function on a current runtime
// with its own role (only the statements given, plus writing to its own log
// group), its own log group with retention, and optionally an errors alarm,
// reserved concurrency and an on-failure destination for asynchronous events.
//
//   auto fn = add_python_function(t, scope.child("Attach"), {     // parts Function, Role, LogGroup, ...
//       .code = embedded::attach, .description = "...", .timeout = 300,
//       .statements = {{.action = {"ec2:DescribeVolumes"}, .resource = {"*"}}},
//       .environment = {{"VOLUME_ID", volume.ref()}}});
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cfn/aws/cloudwatch.hpp"
#include "cfn/aws/iam.hpp"
#include "cfn/aws/lambda.hpp"
#include "cfn/aws/logs.hpp"
#include "cfn/patterns/scope.hpp"
#include "cfn/policy.hpp"
#include "cfn/template.hpp"

namespace cfn::patterns {

/// The runtime of the functions: supported into 2029 (cloudformation-facts.md, 3.3).
inline constexpr const char* kPythonRuntime = "python3.13";

struct PythonFunctionOptions {
  /// The module, inlined as index.py; the handler is index.handler.
  std::string_view code{};
  std::string description{};
  int timeout = 60;
  int memory = 128;
  std::vector<policy::Statement> statements{};
  std::string policy_name = "function";
  /// Further inline policies, each an Fn::If of a Role_Policy and AWS::NoValue.
  std::vector<Fn> conditional_policies{};
  std::vector<std::pair<std::string, Str>> environment{};
  int log_retention_days = 30;
  /// 1 serialises invocations (handlers that must not run twice at once).
  std::optional<int> reserved_concurrency{};
  /// Alarm (part ErrorsAlarm) on any error in a minute, sent to this topic.
  std::optional<Str> alarm_topic_arn{};
  /// Asynchronous invocations that still fail after Lambda's retries go to
  /// this SNS topic (part InvokeConfig); the role may publish to it.
  std::optional<Str> on_failure_topic_arn{};
  int maximum_retry_attempts = 2;
};

struct PythonFunction {
  aws::lambda::Function::Handle function;
  aws::iam::Role::Handle role;
  aws::logs::LogGroup::Handle log_group;
  std::optional<aws::cloudwatch::Alarm::Handle> errors_alarm;
};

/// Adds the parts Function, Role, LogGroup (and ErrorsAlarm, InvokeConfig).
/// Throws cfn::Error for a timeout outside 1 to 900 s or memory outside 128 to 10240 MB.
PythonFunction add_python_function(Template& t, const Scope& scope, const PythonFunctionOptions& options);

}  // namespace cfn::patterns
