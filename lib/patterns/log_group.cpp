#include "cfn/patterns/log_group.hpp"

#include <algorithm>
#include <array>

#include "cfn/arn.hpp"
#include "cfn/error.hpp"

namespace cfn::patterns {
namespace {

// The RetentionInDays values CloudWatch Logs accepts (PutRetentionPolicy).
constexpr std::array kRetentionDays{1,   3,   5,   7,   14,   30,   60,   90,   120,  150,  180,
                                    365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653};

}  // namespace

aws::logs::LogGroup::Handle add_log_group(Template& t, const Scope& scope, const LogGroupOptions& o) {
  const Value& days = o.retention_days.value();
  if (days.is_int() && std::find(kRetentionDays.begin(), kRetentionDays.end(), days.as_int()) == kRetentionDays.end())
    throw Error("log group: " + std::to_string(days.as_int()) +
                " days is not a retention CloudWatch Logs offers (1, 3, 5, 7, 14, 30, 60, 90, ... 3653)");
  scope.check_renames("log group", {"LogGroup"});
  aws::logs::LogGroup group;
  group.RetentionInDays(o.retention_days).Tags(scope.tags_for("logs"));
  if (o.kms_key_arn) group.KmsKeyId(*o.kms_key_arn);
  return t.add(scope.id("LogGroup"), group,
               {.deletion_policy = o.deletion_policy, .update_replace_policy = o.deletion_policy});
}

policy::Statement write_logs_statement(Str log_group_name, bool describe_streams) {
  policy::Statement s{.sid = "WriteOwnLogs",
                      .action = {"logs:CreateLogStream", "logs:PutLogEvents"},
                      .resource = {arn::regional("logs", "log-group:${LogGroup}:*",
                                                 {{"LogGroup", std::move(log_group_name).value()}})}};
  if (describe_streams) s.action.emplace_back("logs:DescribeLogStreams");
  return s;
}

}  // namespace cfn::patterns
