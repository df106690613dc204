/// @file
/// The Python function block: an inline Lambda function on a current runtime
/// with its own role (only the statements given, plus writing to its own log
/// group), its own log group with retention, and optionally an errors alarm,
/// reserved concurrency and an on-failure destination for asynchronous events.
///
/// @code
///   auto fn = add_python_function(t, scope.child("Attach"), {     // parts Function, Role, LogGroup, ...
///       .code = embedded::attach, .description = "...", .timeout = 300,
///       .statements = {{.action = {"ec2:DescribeVolumes"}, .resource = {"*"}}},
///       .environment = {{"VOLUME_ID", volume.ref()}}});
/// @endcode
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

/// The Lambda function add_python_function adds, with its role and log group.
struct PythonFunctionOptions {
  /// The module, inlined as index.py; the handler is index.handler.
  std::string_view code{};
  std::string description{};                    ///< the function's Description
  int timeout = 60;                             ///< seconds, 1 to 900
  int memory = 128;                             ///< MB, 128 to 10240
  std::vector<policy::Statement> statements{};  ///< the role's permissions, in one inline policy named `policy_name`
  std::string policy_name = "function";         ///< the name of the inline policy of `statements`
  /// Further inline policies, each an Fn::If of a Role_Policy and AWS::NoValue.
  std::vector<Fn> conditional_policies{};
  std::vector<std::pair<std::string, Str>> environment{};  ///< environment variables, in order
  int log_retention_days = 30;                             ///< days the function's logs are kept
  /// 1 serialises invocations (handlers that must not run twice at once).
  std::optional<int> reserved_concurrency{};
  /// Alarm (part ErrorsAlarm) on any error in a minute, sent to this topic.
  std::optional<Str> alarm_topic_arn{};
  /// Asynchronous invocations that still fail after Lambda's retries go to
  /// this SNS topic (part InvokeConfig); the role may publish to it.
  std::optional<Str> on_failure_topic_arn{};
  int maximum_retry_attempts = 2;  ///< Lambda's retries of a failed asynchronous invocation, 0 to 2
};

/// The parts add_python_function added.
struct PythonFunction {
  aws::lambda::Function::Handle function;                      ///< the function
  aws::iam::Role::Handle role;                                 ///< its execution role
  aws::logs::LogGroup::Handle log_group;                       ///< its log group
  std::optional<aws::cloudwatch::Alarm::Handle> errors_alarm;  ///< ErrorsAlarm, with an alarm topic
};

/// Adds the parts Function, Role, LogGroup (and ErrorsAlarm, InvokeConfig).
/// Throws cfn::Error for a timeout outside 1 to 900 s or memory outside 128 to 10240 MB.
PythonFunction add_python_function(Template& t, const Scope& scope, const PythonFunctionOptions& options);

}  // namespace cfn::patterns
