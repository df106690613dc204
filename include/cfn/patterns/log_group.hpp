/// @file
/// The log group block: a CloudWatch Logs group with a retention period, deleted
/// with the stack (logs of a stack that is gone are rarely wanted; pass
/// DeletionPolicy::Retain to keep them), and the statement that lets a role
/// write to it.
///
/// @code
///   auto logs = add_log_group(t, scope.child("App"), {.retention_days = 90});   // part LogGroup
///   role_options.statements.add(write_logs_statement(logs.ref()));
/// @endcode
#pragma once

#include <optional>

#include "cfn/aws/logs.hpp"
#include "cfn/patterns/scope.hpp"
#include "cfn/policy.hpp"
#include "cfn/template.hpp"

namespace cfn::patterns {

/// The log group add_log_group adds.
struct LogGroupOptions {
  /// One of the values CloudWatch Logs accepts: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150,
  /// 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653 (or a Ref).
  Int retention_days = 30;
  /// A KMS key ARN; its key policy must let logs.REGION.amazonaws.com use it.
  std::optional<Str> kms_key_arn{};
  DeletionPolicy deletion_policy = DeletionPolicy::Delete;  ///< DeletionPolicy: Retain keeps the logs after the stack
};

/// Adds the part LogGroup. Throws cfn::Error for a retention CloudWatch Logs does not accept.
aws::logs::LogGroup::Handle add_log_group(Template& t, const Scope& scope, const LogGroupOptions& options = {});

/// logs:CreateLogStream and logs:PutLogEvents (and, with `describe_streams`,
/// logs:DescribeLogStreams, which the CloudWatch agent calls) on the log group
/// named `log_group_name` (a Ref to the group, or a name).
[[nodiscard]] policy::Statement write_logs_statement(Str log_group_name, bool describe_streams = false);

}  // namespace cfn::patterns
