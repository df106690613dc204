// The blocks that look after a long-lived instance: patching, backup, VPC
// endpoints, and EventBridge notifications to the alarm topic.
#include <catch2/catch.hpp>

#include "cfn/intrinsics.hpp"
#include "cfn/patterns/blocks.hpp"
#include "support.hpp"

using cfn::Value;
using cfn::patterns::Scope;
using cfn::test::at;
using cfn::test::props;
namespace p = cfn::patterns;

TEST_CASE("event notification: a rule whose SNS target gets the message as a JSON string", "[patterns][alarm_topic]") {
  cfn::Template t;
  const auto topic = p::add_alarm_topic(t, Scope("Ops"));
  const auto rule = p::add_event_notification(t, Scope("Ops"), "BrokenRule", topic,
                                              {.description = "d",
                                               .pattern = cfn::Map{{"source", cfn::List{"aws.ec2"}}},
                                               .input_paths = {{"id", "$.id"}},
                                               .message = "Event <id> said \"broken\""});
  p::allow_rules_to_publish(t, Scope("Ops"), topic, {rule.Arn()});
  const Value doc = t.to_value();
  const Value& target = at(props(doc, "OpsBrokenRule"), {"Targets", "0"});
  CHECK(at(target, {"Arn"}) == Value(cfn::ref("OpsTopic")));
  CHECK(at(target, {"InputTransformer", "InputTemplate"}) == Value("\"Event <id> said \\\"broken\\\"\""));
  CHECK(at(target, {"InputTransformer", "InputPathsMap", "id"}) == Value("$.id"));
  CHECK(cfn::test::lint_findings(doc, "notification") == 0);
  CHECK_THROWS_WITH(p::add_event_notification(t, Scope("X"), "R", topic, {.pattern = cfn::Map{}}),
                    "event notification R: no message");
}

TEST_CASE("patching: baseline, window, target, task and the failed-execution rule", "[patterns][patching]") {
  cfn::Template t;
  const auto topic = p::add_alarm_topic(t, Scope("Ops"));
  const auto patching = p::add_patching(t, Scope("Patch"),
                                        {.instance_ids = {"i-0123456789abcdef0"},
                                         .patch_group = "web",
                                         .approve_after_days = 3,
                                         .reboot_option = "NoReboot",
                                         .alarm_topic = &topic});
  p::allow_rules_to_publish(t, Scope("Ops"), topic, {patching.failed_rule->Arn()});
  const Value doc = t.to_value();
  CHECK(at(props(doc, "PatchBaseline"), {"PatchGroups", "0"}) == Value("web"));
  CHECK(at(props(doc, "PatchBaseline"), {"ApprovalRules", "PatchRules", "0", "ApproveAfterDays"}) == Value(3));
  CHECK(at(props(doc, "PatchWindow"), {"Duration"}) == Value(3));
  CHECK(at(props(doc, "PatchWindow"), {"Cutoff"}) == Value(1));
  CHECK(at(props(doc, "PatchWindowTarget"), {"Targets", "0", "Values", "0"}) == Value("i-0123456789abcdef0"));
  CHECK(at(props(doc, "PatchWindowTask"), {"TaskInvocationParameters", "MaintenanceWindowRunCommandParameters",
                                           "Parameters", "RebootOption"}) == Value(cfn::List{"NoReboot"}));
  CHECK(at(props(doc, "PatchWindowTask"), {"MaxErrors"}) == Value("0"));
  // Names of up to 128 characters that a 128-character stack name cannot overflow.
  CHECK(at(props(doc, "PatchBaseline"), {"Name"}) == Value(Scope("Patch").unique_name("baseline", 128)));
  CHECK(at(props(doc, "PatchWindow"), {"Name"}) == Value(Scope("Patch").unique_name("window", 128)));
  CHECK(cfn::test::lint_findings(doc, "patching") == 0);

  cfn::Template quiet;
  CHECK(!p::add_patching(quiet, Scope(), {.instance_ids = {"i-1"}, .patch_group = "g"}).failed_rule);
  CHECK_THROWS_WITH(p::add_patching(quiet, Scope("A"), {.instance_ids = {}, .patch_group = "g"}),
                    "patching: no instance to patch");
  CHECK_THROWS_WITH(
      p::add_patching(quiet, Scope("B"), {.instance_ids = {"i-1"}, .patch_group = "g", .duration_hours = 25}),
      "patching: a window of 25 hours is outside 1 to 24");
  CHECK_THROWS_WITH(
      p::add_patching(quiet, Scope("C"), {.instance_ids = {"i-1"}, .patch_group = "g", .cutoff_hours = 3}),
      "patching: a cutoff of 3 hours leaves no time in a window of 3");
}

TEST_CASE("backup: a kept vault, a daily plan with a retention, a role and a selection by ARN", "[patterns][backup]") {
  cfn::Template t;
  const auto topic = p::add_alarm_topic(t, Scope("Ops"));
  const auto backup = p::add_backup(t, Scope("Backup"),
                                    {.resource_arns = {cfn::sub("arn:${AWS::Partition}:ec2:eu-west-1:1:instance/i-1")},
                                     .retention_days = 7,
                                     .kms_key_arn = "arn:key",
                                     .alarm_topic = &topic});
  p::allow_rules_to_publish(t, Scope("Ops"), topic, {backup.failed_rule->Arn()});
  const Value doc = t.to_value();
  CHECK(at(props(doc, "BackupVault"), {"EncryptionKeyArn"}) == Value("arn:key"));
  // A vault name has at most 50 characters, and this vault outlives its stack.
  CHECK(at(props(doc, "BackupVault"), {"BackupVaultName"}) == Value(Scope("Backup").unique_name("vault", 50)));
  CHECK(at(props(doc, "BackupVault"), {"BackupVaultTags", "Name"}) ==
        Value(cfn::sub("${AWS::StackName}-backup-vault")));
  CHECK(at(props(doc, "BackupPlan"), {"BackupPlan", "BackupPlanRule", "0", "Lifecycle", "DeleteAfterDays"}) ==
        Value(7));
  CHECK(at(props(doc, "BackupPlan"), {"BackupPlan", "BackupPlanRule", "0", "ScheduleExpression"}) ==
        Value("cron(0 3 * * ? *)"));
  CHECK(at(props(doc, "BackupSelection"), {"BackupSelection", "Resources", "0"}) ==
        Value(cfn::sub("arn:${AWS::Partition}:ec2:eu-west-1:1:instance/i-1")));
  CHECK(at(props(doc, "BackupFailedRule"), {"EventPattern", "detail", "state"}) ==
        Value(cfn::List{"FAILED", "ABORTED", "EXPIRED"}));
  CHECK(cfn::test::lint_findings(doc, "backup") == 0);

  cfn::Template none;
  CHECK_THROWS_WITH(p::add_backup(none, Scope(), {.resource_arns = {}}), "backup: no resource to back up");
  CHECK_THROWS_WITH(p::add_backup(none, Scope(), {.resource_arns = {"a"}, .retention_days = 0}),
                    "backup: a retention of 0 days keeps nothing");
}

TEST_CASE("VPC endpoints: interface endpoints with private DNS behind HTTPS from the VPC, S3 as a gateway",
          "[patterns][vpc_endpoints]") {
  cfn::Template t;
  const auto net = p::add_network(t, Scope(), {.zones = 1, .private_subnets = true});
  const auto endpoints = p::add_vpc_endpoints(t, Scope(),
                                              {.vpc_id = net.vpc.ref(),
                                               .vpc_cidr = net.vpc.CidrBlock(),
                                               .subnets = net.private_subnet_ids(),
                                               .route_tables = {net.private_route_tables[0].ref()},
                                               .services = {"ssm", "codedeploy-commands-secure"}});
  const Value doc = t.to_value();
  CHECK(endpoints.endpoints.size() == 3);
  CHECK(at(props(doc, "EndpointSsm"), {"ServiceName"}) == Value(cfn::sub("com.amazonaws.${AWS::Region}.ssm")));
  CHECK(at(props(doc, "EndpointCodedeployCommandsSecure"), {"VpcEndpointType"}) == Value("Interface"));
  CHECK(at(props(doc, "EndpointSsm"), {"SecurityGroupIds", "0"}) == Value(cfn::ref("SecurityGroup")));
  CHECK(at(props(doc, "SecurityGroup"), {"SecurityGroupIngress", "0", "FromPort"}) == Value(443));
  CHECK(at(props(doc, "SecurityGroup"), {"SecurityGroupIngress", "0", "CidrIp"}) ==
        Value(cfn::get_att("Vpc", "CidrBlock")));
  CHECK(at(props(doc, "S3Endpoint"), {"VpcEndpointType"}) == Value("Gateway"));
  CHECK(cfn::test::lint_findings(doc, "endpoints") == 0);
  CHECK_THROWS_WITH(
      p::add_vpc_endpoints(t, Scope("A"), {.vpc_id = "v", .vpc_cidr = "c", .subnets = {"s"}, .services = {"SSM"}}),
      "VPC endpoints: 'SSM' is not a service name such as ssm or logs");
  CHECK_THROWS_WITH(p::add_vpc_endpoints(t, Scope("B"), {.vpc_id = "v", .vpc_cidr = "c", .subnets = {}}),
                    "VPC endpoints: no service and no route table");
}
