// The mutable instance stack (seed 004): the instance on its own interface,
// recovery, patching, backup, alarms, the signal, the agents' associations,
// both variants lint-clean, and the user data through bash -n and shellcheck.
#include "cfn/patterns/mutable_instance.hpp"

#include <catch2/catch.hpp>
#include <set>

#include "cfn/build.hpp"
#include "cfn/emit.hpp"
#include "cfn/intrinsics.hpp"
#include "cfn/limits.hpp"
#include "cfn/patterns/patching.hpp"
#include "support.hpp"
#include "user_data_support.hpp"

using cfn::Value;
using cfn::test::at;
using cfn::test::has;
using cfn::test::props;
using cfn::test::resource;
namespace p = cfn::patterns;

namespace {

std::set<std::string> types(const Value& doc) {
  std::set<std::string> out;
  for (const auto& [id, type] : cfn::test::resource_types(doc)) out.insert(type);
  return out;
}

std::string rendered_mutable_user_data(const Value& doc) {
  return cfn::test::rendered_user_data_of(at(props(doc, p::kMutableInstanceId), {"UserData"}),
                                          {{"AWS::StackName", "box"},
                                           {"AWS::Region", "eu-west-1"},
                                           {"InstanceLogicalId", "Instance"},
                                           {"AgentConfigParameter", "/box/cloudwatch-agent"},
                                           {"DataVolumeId", "vol-0123456789abcdef0"},
                                           {"CodeDeployAgent", "true"}});
}

}  // namespace

TEST_CASE("mutable instance: one instance on its own interface, IMDSv2, encrypted root, termination protection",
          "[patterns][mutable_instance]") {
  const Value doc = p::mutable_instance().to_value();
  const Value& instance = props(doc, "Instance");
  CHECK(at(resource(doc, "Instance"), {"Type"}) == Value("AWS::EC2::Instance"));
  CHECK(!types(doc).contains("AWS::AutoScaling::AutoScalingGroup"));
  CHECK(at(instance, {"NetworkInterfaces", "0", "NetworkInterfaceId"}) == Value(cfn::ref("NetworkInterface")));
  CHECK(at(instance, {"NetworkInterfaces", "0", "DeviceIndex"}) == Value("0"));
  CHECK(at(instance, {"MetadataOptions", "HttpTokens"}) == Value("required"));
  CHECK(at(instance, {"BlockDeviceMappings", "0", "Ebs", "Encrypted"}) == Value(true));
  CHECK(at(instance, {"BlockDeviceMappings", "0", "Ebs", "VolumeType"}) == Value("gp3"));
  CHECK(at(instance, {"DisableApiTermination"}) == Value(cfn::ref("TerminationProtection")));
  CHECK(at(resource(doc, "Instance"), {"UpdateReplacePolicy"}) == Value("Retain"));
  CHECK(at(doc, {"Parameters", "ImageId", "Type"}) == Value("AWS::EC2::Image::Id"));
  // The public variant's address is on the interface, so it survives the instance.
  CHECK(at(props(doc, "ElasticIpAssociation"), {"NetworkInterfaceId"}) == Value(cfn::ref("NetworkInterface")));
  CHECK(at(props(doc, "ElasticIpAssociation"), {"AllocationId"}) == Value(cfn::get_att("ElasticIp", "AllocationId")));
  CHECK(at(doc, {"Outputs", "PublicIp", "Value"}) == Value(cfn::ref("ElasticIp")));
  CHECK(at(doc, {"Outputs", "SessionManagerCommand", "Value"}) ==
        cfn::sub("aws ssm start-session --target ${Instance} --region ${AWS::Region}"));
  for (const char* output : {"InstanceId", "PrivateIp", "BackupVaultName", "LogGroupName"})
    CHECK(doc.find("Outputs")->find(output) != nullptr);
}

TEST_CASE("mutable instance: Session Manager by default, SSH only with a CIDR and a key",
          "[patterns][mutable_instance]") {
  const Value doc = p::mutable_instance().to_value();
  const Value& ingress = at(props(doc, "InstanceSecurityGroup"), {"SecurityGroupIngress"});
  REQUIRE(ingress.is_fn(cfn::FnKind::If));
  const cfn::List& branches = ingress.as_fn().argument().as_list();
  CHECK(branches[0] == Value("HasSsh"));
  CHECK(at(branches[1], {"0", "CidrIp"}) == Value(cfn::ref("SshCidr")));
  CHECK(branches[2] == Value(cfn::pseudo::no_value()));
  CHECK(at(doc, {"Conditions", "HasSsh"}) ==
        Value(cfn::and_({cfn::condition("HasSshCidr"), cfn::condition("HasKeyName")})));
  CHECK(at(doc, {"Parameters", "SshCidr", "Default"}) == Value(""));
  const Value& role = props(doc, "InstanceRole");
  CHECK(at(role, {"ManagedPolicyArns"}).as_list() ==
        cfn::List{cfn::sub("arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore")});
  // Nothing broader than the agent needs: its namespace, its log group, its parameter, the signal.
  for (const Value& statement : at(role, {"Policies", "0", "PolicyDocument", "Statement"}).as_list()) {
    INFO(cfn::to_json(statement));
    if (at(statement, {"Resource"}) == Value("*")) CHECK(statement.find("Condition") != nullptr);
  }
}

TEST_CASE("mutable instance: the host fails -> recover, the system fails -> reboot, with the partition",
          "[patterns][mutable_instance]") {
  const Value doc = p::mutable_instance().to_value();
  const Value& system = props(doc, "SystemStatusAlarm");
  CHECK(at(system, {"MetricName"}) == Value("StatusCheckFailed_System"));
  CHECK(at(system, {"Namespace"}) == Value("AWS/EC2"));
  CHECK(at(system, {"Dimensions", "0", "Value"}) == Value(cfn::ref("Instance")));
  CHECK(at(system, {"AlarmActions", "0"}) == cfn::sub("arn:${AWS::Partition}:automate:${AWS::Region}:ec2:recover"));
  const Value& instance = props(doc, "InstanceStatusAlarm");
  CHECK(at(instance, {"MetricName"}) == Value("StatusCheckFailed_Instance"));
  CHECK(at(instance, {"AlarmActions", "0"}) == cfn::sub("arn:${AWS::Partition}:automate:${AWS::Region}:ec2:reboot"));
}

TEST_CASE("mutable instance: every alarm tells the topic, and the agent publishes what they watch",
          "[patterns][mutable_instance]") {
  const Value doc = p::mutable_instance({.data_volume_size = 50}).to_value();
  std::set<std::string> alarms;
  for (const auto& [id, type] : cfn::test::resource_types(doc)) {
    if (type != "AWS::CloudWatch::Alarm") continue;
    alarms.insert(id);
    const auto actions = at(props(doc, id), {"AlarmActions"}).as_list();
    CHECK(std::find(actions.begin(), actions.end(), Value(cfn::ref("AlarmTopic"))) != actions.end());
  }
  CHECK(alarms == std::set<std::string>{"CpuAlarm", "MemoryAlarm", "RootDiskAlarm", "DataDiskAlarm",
                                        "SystemStatusAlarm", "InstanceStatusAlarm"});
  // EC2 sends CPUUtilization every 5 minutes without detailed monitoring: 3 periods of 5 minutes.
  CHECK(at(props(doc, "CpuAlarm"), {"Period"}) == Value(300));
  CHECK(at(props(doc, "CpuAlarm"), {"EvaluationPeriods"}) == Value(3));
  CHECK(at(props(doc, "SystemStatusAlarm"), {"Period"}) == Value(60));
  CHECK(at(props(doc, "MemoryAlarm"), {"Namespace"}) == Value("CWAgent"));
  CHECK(at(props(doc, "MemoryAlarm"), {"MetricName"}) == Value("mem_used_percent"));
  CHECK(at(props(doc, "DataDiskAlarm"), {"Dimensions", "1", "Value"}) == Value("/data"));
  const std::string config = p::cloudwatch_agent_config(true, false);
  CHECK_THAT(config, Catch::Contains("\"mem_used_percent\""));
  CHECK_THAT(config, Catch::Contains("\"used_percent\""));
  CHECK_THAT(config, Catch::Contains("\"drop_device\": true"));
  CHECK_THAT(config, Catch::Contains("\"/data\""));
  CHECK_THAT(p::cloudwatch_agent_config(false, true), Catch::Contains("codedeploy-agent.log"));
  // The EventBridge rules may publish to the topic, and only they.
  const Value& statement = at(props(doc, "AlarmTopicPolicy"), {"PolicyDocument", "Statement", "0"});
  CHECK(at(statement, {"Condition", "ArnEquals", "aws:SourceArn"}) ==
        Value(cfn::List{cfn::get_att("PatchFailedRule", "Arn"), cfn::get_att("BackupFailedRule", "Arn")}));
}

TEST_CASE("mutable instance: patching in a maintenance window with an AL2023 baseline for the instance's group",
          "[patterns][mutable_instance]") {
  const Value doc = p::mutable_instance().to_value();
  const Value& window = props(doc, "PatchWindow");
  CHECK(at(window, {"Schedule"}) == Value(cfn::ref("PatchSchedule")));
  CHECK(at(window, {"ScheduleTimezone"}) == Value(cfn::ref("TimeZone")));
  CHECK(at(doc, {"Parameters", "PatchSchedule", "Default"}) == Value("cron(35 12 * * ? *)"));
  const Value& target = props(doc, "PatchWindowTarget");
  CHECK(at(target, {"WindowId"}) == Value(cfn::ref("PatchWindow")));
  CHECK(at(target, {"Targets", "0", "Key"}) == Value("InstanceIds"));
  CHECK(at(target, {"Targets", "0", "Values", "0"}) == Value(cfn::ref("Instance")));
  const Value& task = props(doc, "PatchWindowTask");
  CHECK(at(task, {"WindowId"}) == Value(cfn::ref("PatchWindow")));
  CHECK(at(task, {"TaskType"}) == Value("RUN_COMMAND"));
  CHECK(at(task, {"TaskArn"}) == Value("AWS-RunPatchBaseline"));
  CHECK(at(task, {"Targets", "0", "Key"}) == Value("WindowTargetIds"));
  CHECK(at(task, {"Targets", "0", "Values", "0"}) == Value(cfn::ref("PatchWindowTarget")));
  const Value& run = at(task, {"TaskInvocationParameters", "MaintenanceWindowRunCommandParameters"});
  CHECK(at(run, {"Parameters", "Operation"}) == Value(cfn::List{"Install"}));
  CHECK(at(run, {"Parameters", "RebootOption"}) == Value(cfn::List{cfn::ref("PatchReboot")}));
  CHECK(at(run, {"CloudWatchOutputConfig", "CloudWatchLogGroupName"}) == Value(cfn::ref("InstanceLogGroup")));
  const Value& baseline = props(doc, "PatchBaseline");
  CHECK(at(baseline, {"OperatingSystem"}) == Value("AMAZON_LINUX_2023"));
  const Value& rule = at(baseline, {"ApprovalRules", "PatchRules", "0"});
  CHECK(at(rule, {"ApproveAfterDays"}) == Value(cfn::ref("PatchApproveAfterDays")));
  CHECK(at(rule, {"PatchFilterGroup", "PatchFilters", "0", "Values"}) == Value(cfn::List{"Security", "Bugfix"}));
  // The baseline is the instance's: its patch group is the instance's "Patch Group" tag.
  bool tagged = false;
  for (const Value& tag : at(props(doc, "Instance"), {"Tags"}).as_list())
    if (at(tag, {"Key"}) == Value(p::kPatchGroupTag)) tagged = at(tag, {"Value"}) == at(baseline, {"PatchGroups", "0"});
  CHECK(tagged);
  const Value& failed = props(doc, "PatchFailedRule");
  CHECK(at(failed, {"EventPattern", "source", "0"}) == Value("aws.ssm"));
  CHECK(at(failed, {"EventPattern", "detail-type", "0"}) ==
        Value("Maintenance Window Execution State-change Notification"));
  CHECK(at(failed, {"EventPattern", "detail", "window-id", "0"}) == Value(cfn::ref("PatchWindow")));
  CHECK(at(failed, {"EventPattern", "detail", "status"}) == Value(cfn::List{"FAILED", "TIMED_OUT"}));
  CHECK(at(failed, {"Targets", "0", "Arn"}) == Value(cfn::ref("AlarmTopic")));
}

TEST_CASE("mutable instance: AWS Backup of the instance by ARN into an encrypted vault that is kept",
          "[patterns][mutable_instance]") {
  const Value doc = p::mutable_instance().to_value();
  const Value& selection = at(props(doc, "BackupSelection"), {"BackupSelection"});
  CHECK(at(props(doc, "BackupSelection"), {"BackupPlanId"}) == Value(cfn::ref("BackupPlan")));
  CHECK(at(selection, {"Resources"}) ==
        Value(cfn::List{cfn::sub("arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:instance/${Instance}")}));
  CHECK(at(selection, {"IamRoleArn"}) == Value(cfn::get_att("BackupRole", "Arn")));
  CHECK(at(props(doc, "BackupRole"), {"ManagedPolicyArns", "0"}) ==
        cfn::sub("arn:${AWS::Partition}:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup"));
  CHECK(at(props(doc, "BackupRole"), {"AssumeRolePolicyDocument", "Statement", "0", "Principal", "Service"}) ==
        Value("backup.amazonaws.com"));
  const Value& rule = at(props(doc, "BackupPlan"), {"BackupPlan", "BackupPlanRule", "0"});
  CHECK(at(rule, {"TargetBackupVault"}) == Value(cfn::ref("BackupVault")));
  CHECK(at(rule, {"Lifecycle", "DeleteAfterDays"}) == Value(cfn::ref("BackupRetentionDays")));
  CHECK(at(doc, {"Parameters", "BackupRetentionDays", "Default"}) == Value(30));
  CHECK(at(resource(doc, "BackupVault"), {"DeletionPolicy"}) == Value("Retain"));
  CHECK(at(resource(doc, "BackupVault"), {"UpdateReplacePolicy"}) == Value("Retain"));
  const Value& failed = props(doc, "BackupFailedRule");
  CHECK(at(failed, {"EventPattern", "source", "0"}) == Value("aws.backup"));
  CHECK(at(failed, {"EventPattern", "detail-type", "0"}) == Value("Backup Job State Change"));
  CHECK(at(failed, {"EventPattern", "detail", "backupVaultName", "0"}) == Value(cfn::ref("BackupVault")));
  CHECK(at(failed, {"Targets", "0", "Arn"}) == Value(cfn::ref("AlarmTopic")));
}

TEST_CASE("mutable instance: the creation waits for the user data's signal once the agent is configured",
          "[patterns][mutable_instance]") {
  const Value doc = p::mutable_instance().to_value();
  CHECK(at(resource(doc, "Instance"), {"CreationPolicy", "ResourceSignal", "Count"}) == Value(1));
  const std::string script = rendered_mutable_user_data(doc);
  CHECK_THAT(script, Catch::Contains("signal_resource='Instance'"));
  CHECK_THAT(script, Catch::Contains("--resource \"$signal_resource\""));
  CHECK_THAT(script, Catch::Contains("fetch-config -m ec2 -s -c \"ssm:$agent_config\""));
  CHECK(script.find("signal 0") > script.find("fetch-config"));
  // The agent is installed and kept configured by State Manager, found by the instance's tag.
  CHECK(at(props(doc, "AgentInstall"), {"Name"}) == Value("AWS-ConfigureAWSPackage"));
  CHECK(at(props(doc, "AgentInstall"), {"Parameters", "name"}) == Value(cfn::List{"AmazonCloudWatchAgent"}));
  CHECK(at(props(doc, "AgentConfigure"), {"Parameters", "optionalConfigurationLocation"}) ==
        Value(cfn::List{cfn::ref("AgentConfig")}));
  CHECK(at(props(doc, "AgentInstall"), {"Targets", "0", "Key"}) == Value("tag:cfnpp:mutable-instance"));
}

TEST_CASE("mutable instance: the private variant has no address and reaches AWS through endpoints",
          "[patterns][mutable_instance]") {
  const Value doc = p::mutable_instance({.private_network = true}).to_value();
  CHECK(!has(doc, "ElasticIp"));
  CHECK(doc.find("Outputs")->find("PublicIp") == nullptr);
  CHECK(at(props(doc, "NetworkInterface"), {"SubnetId"}) == Value(cfn::ref("PrivateSubnetA")));
  CHECK(!has(doc, "PrivateDefaultRouteA"));
  std::vector<Value> services;
  for (const auto& [id, type] : cfn::test::resource_types(doc))
    if (type == "AWS::EC2::VPCEndpoint") services.push_back(at(props(doc, id), {"ServiceName"}));
  for (const char* service : {"ssm", "ssmmessages", "ec2messages", "logs", "monitoring", "cloudformation", "s3"})
    CHECK(std::find(services.begin(), services.end(),
                    cfn::sub(std::string("com.amazonaws.${AWS::Region}.") + service)) != services.end());
  CHECK(at(props(doc, "S3Endpoint"), {"RouteTableIds", "0"}) == Value(cfn::ref("PrivateRouteTableA")));
  CHECK(at(props(doc, "EndpointSsm"), {"PrivateDnsEnabled"}) == Value(true));
  CHECK(at(resource(doc, "Instance"), {"DependsOn"}).as_list().size() == services.size());
}

TEST_CASE("mutable instance: CodeDeploy finds the instance by its tag and rolls back failures",
          "[patterns][mutable_instance]") {
  const Value doc = p::mutable_instance({.codedeploy = true}).to_value();
  const Value& group = props(doc, "DeployGroup");
  CHECK(at(group, {"Ec2TagFilters", "0", "Key"}) == Value("cfnpp:mutable-instance"));
  CHECK(at(group, {"AutoRollbackConfiguration", "Enabled"}) == Value(true));
  CHECK(at(props(doc, "CodeDeployAgentInstall"), {"Parameters", "name"}) == Value(cfn::List{"AWSCodeDeployAgent"}));
  CHECK(!has(p::mutable_instance().to_value(), "DeployGroup"));
}

TEST_CASE("mutable instance: a data volume is encrypted, snapshotted and attached at launch",
          "[patterns][mutable_instance]") {
  const Value doc = p::mutable_instance({.data_volume_size = 100}).to_value();
  CHECK(at(props(doc, "DataVolume"), {"Encrypted"}) == Value(true));
  CHECK(at(props(doc, "DataVolume"), {"Size"}) == Value(100));
  CHECK(at(resource(doc, "DataVolume"), {"DeletionPolicy"}) == Value("Snapshot"));
  CHECK(at(resource(doc, "DataVolume"), {"UpdateReplacePolicy"}) == Value("Snapshot"));
  CHECK(at(props(doc, "Instance"), {"Volumes", "0", "VolumeId"}) == Value(cfn::ref("DataVolume")));
  CHECK(!has(p::mutable_instance().to_value(), "DataVolume"));
}

TEST_CASE("mutable instance: every variant passes cfnpp lint and shellcheck and fits inline",
          "[patterns][mutable_instance]") {
  const std::vector<std::pair<const char*, p::MutableInstanceOptions>> variants{
      {"public", {}},
      {"private", {.private_network = true}},
      {"public, CodeDeploy, data volume", {.codedeploy = true, .data_volume_size = 20}},
      {"private, CodeDeploy, data volume", {.private_network = true, .codedeploy = true, .data_volume_size = 20}},
  };
  for (const auto& [name, options] : variants) {
    INFO(name);
    const cfn::Template t = p::mutable_instance(options);
    const Value doc = t.to_value();
    CHECK(cfn::test::lint_findings(doc, name) == 0);
    CHECK(cfn::to_yaml(t).size() < cfn::limits::kInlineBodyBytes);
    cfn::test::check_shell_script(rendered_mutable_user_data(doc));
  }
}

TEST_CASE("mutable instance: invalid options are refused with the option's name", "[patterns][mutable_instance]") {
  CHECK_THROWS_WITH(p::mutable_instance({.data_volume_size = -1}), Catch::Contains("data volume: -1 GiB"));
  CHECK_THROWS_WITH(p::mutable_instance({.patch_schedule = "daily"}),
                    "patch schedule: 'daily' is not a cron(...) or rate(...) expression");
  CHECK_THROWS_WITH(p::mutable_instance({.backup_retention_days = 0}), "backup retention: 0 days keeps nothing");
  CHECK_THROWS_WITH(p::mutable_instance({.log_retention_days = 4}), Catch::Contains("log group: 4 days"));
  CHECK_THROWS_WITH(p::mutable_instance({.patch_schedule = "rate()"}), Catch::Contains("patch schedule: 'rate()'"));
  CHECK_THROWS_WITH(p::mutable_instance({.patch_schedule = "cron(0 3 * * ? *)\nrate(1 day)"}),
                    Catch::Contains("patch schedule"));
  // 10^6 characters: checked in linear time (a backtracking regex overflowed the stack, issue 11 row 1).
  CHECK_THROWS_WITH(p::mutable_instance({.patch_schedule = "cron(" + std::string(1'000'000, '1')}),
                    Catch::Contains("patch schedule"));
  CHECK_THROWS_WITH(p::mutable_instance({.instance_type = std::string(1'000'000, 'a')}),
                    Catch::Contains("instance type"));
}
