// The mutable instance (see cfn/patterns/mutable_instance.hpp), built from the
// blocks: network, VPC endpoints, instance role, log group, alarm topic, data
// volume, patching and backup.
#include "cfn/patterns/mutable_instance.hpp"

#include "cfn/arn.hpp"
#include "cfn/aws/cloudwatch.hpp"
#include "cfn/aws/codedeploy.hpp"
#include "cfn/aws/ec2.hpp"
#include "cfn/aws/iam.hpp"
#include "cfn/aws/ssm.hpp"
#include "cfn/emit.hpp"
#include "cfn/error.hpp"
#include "cfn/patterns/backup.hpp"
#include "cfn/patterns/blocks.hpp"
#include "cfn/patterns/patching.hpp"
#include "cfn/patterns/vpc_endpoints.hpp"
#include "cfn/sub.hpp"
#include "embedded/cfnpp_patterns.hpp"
#include "option_checks.hpp"

namespace cfn::patterns {
namespace {

namespace cw = aws::cloudwatch;
namespace ec2 = aws::ec2;
namespace ssm = aws::ssm;

// The device name the data volume is attached as (Nitro instances show it as
// an NVMe device: the user data finds it by the volume's id).
constexpr const char* kDataDevice = "/dev/sdf";
// The user data installs, configures and checks within this time.
constexpr const char* kSignalTimeout = "PT25M";
// The tag that State Manager associations and the CodeDeploy deployment group
// find the instance by (its value: the stack's name).
constexpr const char* kInstanceTag = "cfnpp:mutable-instance";
// What the interface endpoints serve in the private variant: Session
// Manager and Run Command (ssm, ssmmessages, ec2messages), the CloudWatch
// agent (logs, monitoring), cfn-signal (cloudformation).
const std::vector<std::string> kEndpointServices{"ssm",  "ssmmessages", "ec2messages",
                                                 "logs", "monitoring",  "cloudformation"};

using options::check;

void check_options(const MutableInstanceOptions& o) {
  options::check_instance_type(o.instance_type);
  check(o.data_volume_size >= 0 && o.data_volume_size <= 16384,
        "data volume: " + std::to_string(o.data_volume_size) + " GiB is outside 0 (none) to 16384");
  check(o.root_volume_size >= 8 && o.root_volume_size <= 16384,
        "root volume: " + std::to_string(o.root_volume_size) + " GiB is outside 8 to 16384");
  options::check_vpc_cidr(o.vpc_cidr);
  for (const auto& [what, expression] :
       {std::pair{"patch schedule", o.patch_schedule}, std::pair{"backup schedule", o.backup_schedule}})
    options::check_schedule(expression, what);
  check(o.patch_approve_after_days >= 0 && o.patch_approve_after_days <= 360,
        "patch approval: " + std::to_string(o.patch_approve_after_days) + " days is outside 0 to 360");
  check(o.backup_retention_days >= 1,
        "backup retention: " + std::to_string(o.backup_retention_days) + " days keeps nothing");
}

Value log_file(const std::string& path, const std::string& stream) {
  return Map{{"file_path", path}, {"log_group_name", "${LogGroup}"}, {"log_stream_name", "{instance_id}/" + stream}};
}

// The alarms on the instance: to the topic, and recovery actions.
void add_instance_alarms(Template& t, const ec2::Instance::Handle& instance, const AlarmTopic& topic,
                         bool data_volume) {
  const auto alarm = [&](std::string_view id, std::string_view description, std::string_view name_space,
                         std::string_view metric, std::vector<Obj<cw::Alarm_Dimension>> dimensions,
                         std::string_view statistic, Num threshold, int minutes, std::vector<Str> actions) {
    dimensions.insert(dimensions.begin(), cw::Alarm_Dimension{}.Name("InstanceId").Value(instance.ref()));
    // Without detailed monitoring EC2 sends CPUUtilization every 5 minutes;
    // status checks, and the agent's metrics, come every minute.
    const int period = metric == "CPUUtilization" ? 300 : 60;
    actions.emplace_back(topic.arn());
    t.add(id, cw::Alarm{}
                  .AlarmDescription(description)
                  .Namespace(name_space)
                  .MetricName(metric)
                  .Dimensions(dimensions)
                  .Statistic(statistic)
                  .Period(period)
                  .EvaluationPeriods(minutes * 60 / period)
                  .DatapointsToAlarm(minutes * 60 / period)
                  .Threshold(std::move(threshold))
                  .ComparisonOperator("GreaterThanThreshold")
                  .TreatMissingData(name_space == "AWS/EC2" ? "missing" : "breaching")
                  .AlarmActions(actions)
                  .OKActions({topic.arn()}));
  };
  // The root file system of Amazon Linux 2023 is XFS; scripts/data_volume.sh makes ext4.
  const auto disk = [](const char* path, const char* fstype) {
    return std::vector<Obj<cw::Alarm_Dimension>>{cw::Alarm_Dimension{}.Name("path").Value(path),
                                                 cw::Alarm_Dimension{}.Name("fstype").Value(fstype)};
  };
  alarm("CpuAlarm", "The instance's CPU stayed above 80 % for 15 minutes", "AWS/EC2", "CPUUtilization", {}, "Average",
        80, 15, {});
  alarm("MemoryAlarm", "The instance used more than 90 % of its memory for 15 minutes (or the agent stopped)",
        "CWAgent", "mem_used_percent", {}, "Average", 90, 15, {});
  alarm("RootDiskAlarm", "The root file system is more than 85 % full (or the agent stopped)", "CWAgent",
        "disk_used_percent", disk("/", "xfs"), "Maximum", 85, 5, {});
  if (data_volume)
    alarm("DataDiskAlarm", "/data is more than 85 % full (or the agent stopped)", "CWAgent", "disk_used_percent",
          disk("/data", "ext4"), "Maximum", 85, 5, {});
  alarm("SystemStatusAlarm",
        "The system status check failed for 2 minutes (the host): EC2 recovers the instance onto other hardware, "
        "keeping its id, addresses and volumes",
        "AWS/EC2", "StatusCheckFailed_System", {}, "Maximum", 0, 2,
        {sub("arn:${AWS::Partition}:automate:${AWS::Region}:ec2:recover")});
  alarm("InstanceStatusAlarm",
        "The instance status check failed for 3 minutes (the operating system): EC2 reboots the instance", "AWS/EC2",
        "StatusCheckFailed_Instance", {}, "Maximum", 0, 3,
        {sub("arn:${AWS::Partition}:automate:${AWS::Region}:ec2:reboot")});
}

}  // namespace

std::string cloudwatch_agent_config(bool data_volume, bool codedeploy) {
  List disks{"/"};
  if (data_volume) disks.emplace_back("/data");
  List files{log_file("/var/log/messages", "messages"), log_file("/var/log/secure", "secure"),
             log_file("/var/log/cloud-init-output.log", "cloud-init"), log_file("/var/log/dnf.log", "dnf"),
             log_file("/var/log/amazon/ssm/amazon-ssm-agent.log", "ssm-agent")};
  if (codedeploy) files.push_back(log_file("/var/log/aws/codedeploy-agent/codedeploy-agent.log", "codedeploy-agent"));
  const Value config = Map{
      {"agent", Map{{"metrics_collection_interval", 60}}},
      {"metrics",
       Map{{"namespace", "CWAgent"},
           {"append_dimensions", Map{{"InstanceId", "${aws:InstanceId}"}}},
           {"metrics_collected",
            Map{{"mem", Map{{"measurement", List{"mem_used_percent"}}}},
                {"disk", Map{{"measurement", List{"used_percent"}}, {"resources", disks}, {"drop_device", true}}},
                {"swap", Map{{"measurement", List{"swap_used_percent"}}}}}}}},
      {"logs", Map{{"logs_collected", Map{{"files", Map{{"collect_list", files}}}}}}},
  };
  return to_json(config, JsonLayout::Indented);
}

Template mutable_instance(const MutableInstanceOptions& o) {
  check_options(o);
  const bool data_volume = o.data_volume_size > 0;
  Template t;
  t.description(std::string("Mutable EC2 instance (") + (o.private_network ? "private" : "public") +
                "): one long-lived Amazon Linux 2023 instance with Patch Manager, AWS Backup, the CloudWatch "
                "agent, Session Manager and automatic recovery. Generated by cfnpp.");

  // ---- parameters ----
  const auto image = t.add_parameter(
      "ImageId", {.type = "AWS::EC2::Image::Id",
                  .description = "AMI of the instance, chosen once (Patch Manager keeps it current): e.g. the value of "
                                 "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"});
  const auto instance_type = t.add_parameter("InstanceType", {.type = "String",
                                                              .description = "EC2 instance type",
                                                              .default_value = o.instance_type,
                                                              .allowed_pattern = "^[a-z0-9-]+\\.[a-z0-9-]+$"});
  const auto protection = t.add_parameter("TerminationProtection",
                                          {.type = "String",
                                           .description = "Refuse to terminate the instance (and delete the stack)",
                                           .default_value = "true",
                                           .allowed_values = {"true", "false"}});
  const auto patch_schedule = t.add_parameter(
      "PatchSchedule",
      {.type = "String", .description = "When patches are installed", .default_value = o.patch_schedule});
  const auto time_zone = t.add_parameter(
      "TimeZone", {.type = "String", .description = "IANA time zone of the schedules", .default_value = o.time_zone});
  const auto approve_days =
      t.add_parameter("PatchApproveAfterDays", {.type = "Number",
                                                .description = "Days after their release that updates are installed",
                                                .default_value = o.patch_approve_after_days,
                                                .min_value = 0,
                                                .max_value = 360});
  const auto reboot = t.add_parameter("PatchReboot", {.type = "String",
                                                      .description = "Reboot after patching when updates need it",
                                                      .default_value = "RebootIfNeeded",
                                                      .allowed_values = {"RebootIfNeeded", "NoReboot"}});
  const auto backup_schedule = t.add_parameter(
      "BackupSchedule", {.type = "String", .description = "When backups start", .default_value = o.backup_schedule});
  const auto retention = t.add_parameter("BackupRetentionDays", {.type = "Number",
                                                                 .description = "Days a backup is kept",
                                                                 .default_value = o.backup_retention_days,
                                                                 .min_value = 1,
                                                                 .max_value = 36500});
  const auto email = add_optional_parameter(t, "AlarmEmail", {.description = "Where alarms go; empty: nowhere"});
  const auto ssh_cidr =
      add_optional_parameter(t, "SshCidr",
                             {.description = "With KeyName: the range allowed to SSH in; empty: Session Manager only",
                              .allowed_pattern = R"(^$|^(\d{1,3}\.){3}\d{1,3}/(\d|[12]\d|3[0-2])$)"});
  const auto key = add_optional_parameter(t, "KeyName", {.description = "With SshCidr: an EC2 key pair; empty: none"});
  const auto has_ssh = t.add_condition("HasSsh", and_({ssh_cidr.is_set.fn(), key.is_set.fn()}));
  std::optional<ParameterRef> artifacts;
  if (o.codedeploy)
    artifacts = t.add_parameter("ArtifactBucket",
                                {.type = "String", .description = "S3 bucket CodeDeploy takes the revisions from"});

  // ---- network ----
  const auto net = add_network(t, Scope(), {.cidr = o.vpc_cidr, .zones = 1, .private_subnets = o.private_network});
  const Str subnet = o.private_network ? net.private_subnet_ids().front() : net.public_subnet_ids().front();
  std::vector<ResourceRef> network_ready{net.public_default_route};
  if (o.private_network) {
    std::vector<std::string> services = kEndpointServices;
    if (o.codedeploy) services.insert(services.end(), {"codedeploy", "codedeploy-commands-secure"});
    const auto endpoints = add_vpc_endpoints(t, Scope(),
                                             {.vpc_id = net.vpc.ref(),
                                              .vpc_cidr = net.vpc.CidrBlock(),
                                              .subnets = {subnet},
                                              .route_tables = {net.private_route_tables.front().ref()},
                                              .services = services});
    network_ready.assign(endpoints.endpoints.begin(), endpoints.endpoints.end());
  }

  // ---- alarms, logs, the agent's configuration ----
  const auto alarms =
      add_alarm_topic(t, Scope("Alarm"), {.email = email.parameter.ref(), .email_condition = email.is_set});
  const auto logs = add_log_group(t, Scope("Instance"), {.retention_days = o.log_retention_days});
  const auto agent_config =
      t.add("AgentConfig", ssm::Parameter{}
                               .Name(sub("/${AWS::StackName}/cloudwatch-agent"))
                               .Description("CloudWatch agent configuration of the instance")
                               .Type("String")
                               .Value(Str(Fn(sub_text(cloudwatch_agent_config(data_volume, o.codedeploy),
                                                      SubNames().add("LogGroup"), {{"LogGroup", logs.ref()}})
                                                 .as_fn()))));

  // ---- the instance ----
  std::vector<policy::Statement> statements{
      {.sid = "PublishAgentMetrics",
       .action = {"cloudwatch:PutMetricData"},
       .resource = {"*"},
       .condition = Map{{"StringEquals", Map{{"cloudwatch:namespace", "CWAgent"}}}}},
      {.sid = "ReadAgentConfiguration",
       .action = {"ssm:GetParameter"},
       .resource = {arn::regional("ssm", "parameter${AgentConfig}")}},
      signal_statement()};
  if (artifacts)
    statements.push_back({.sid = "ReadRevisions",
                          .action = {"s3:GetObject", "s3:GetObjectVersion"},
                          .resource = {sub("arn:${AWS::Partition}:s3:::${ArtifactBucket}/*")}});
  const auto role = add_instance_role(t, Scope("Instance"), {.cloudwatch_logs = logs.ref(), .statements = statements});

  const auto firewall =
      t.add("InstanceSecurityGroup",
            ec2::SecurityGroup{}
                .GroupDescription("Mutable instance: no inbound traffic but SSH from SshCidr when given")
                .VpcId(net.vpc.ref())
                .SecurityGroupIngress(if_(has_ssh,
                                          List{ec2::SecurityGroup_Ingress{}
                                                   .IpProtocol("tcp")
                                                   .FromPort(22)
                                                   .ToPort(22)
                                                   .CidrIp(ssh_cidr.parameter.ref())
                                                   .Description("SSH")
                                                   .to_value()},
                                          pseudo::no_value()))
                .Tags(Scope().tags_for("instance")));
  const auto interface = t.add("NetworkInterface", ec2::NetworkInterface{}
                                                       .SubnetId(subnet)
                                                       .GroupSet({firewall.ref()})
                                                       .Description("The instance's interface: its addresses stay")
                                                       .Tags(Scope().tags_for("instance")));

  std::optional<ec2::Volume::Handle> volume;
  if (data_volume)
    volume = add_data_volume(
        t, Scope("Data"),
        {.availability_zone = Str(Fn(net.public_subnets[0].availability_zone.as_fn())), .size = o.data_volume_size});

  // Public: the interface has its Elastic IP before the instance boots (its
  // user data installs packages from the internet).
  std::optional<ec2::EIP::Handle> address;
  if (!o.private_network) {
    address = t.add("ElasticIp", ec2::EIP{}.Domain("vpc").Tags(Scope().tags_for("instance")),
                    {.depends_on = {net.gateway_attachment}});
    network_ready.push_back(
        t.add("ElasticIpAssociation",
              ec2::EIPAssociation{}.AllocationId(address->AllocationId()).NetworkInterfaceId(interface.ref())));
  }

  std::vector<Tag> tags = Scope().tags_for("instance");
  tags.push_back({kPatchGroupTag, sub("${AWS::StackName}")});
  tags.push_back({kInstanceTag, sub("${AWS::StackName}")});
  ec2::Instance instance;
  instance.ImageId(image.ref())
      .InstanceType(instance_type.ref())
      .IamInstanceProfile(role.profile.ref())
      .NetworkInterfaces({ec2::Instance_NetworkInterface{}.DeviceIndex("0").NetworkInterfaceId(interface.ref())})
      .MetadataOptions(
          ec2::Instance_MetadataOptions{}.HttpTokens("required").HttpEndpoint("enabled").HttpPutResponseHopLimit(1))
      .BlockDeviceMappings({ec2::Instance_BlockDeviceMapping{}
                                .DeviceName("/dev/xvda")
                                .Ebs(ec2::Instance_Ebs{}
                                         .VolumeType("gp3")
                                         .VolumeSize(o.root_volume_size)
                                         .Encrypted(true)
                                         .DeleteOnTermination(true))})
      .DisableApiTermination(protection.ref())
      .KeyName(if_(has_ssh, key.parameter.ref(), pseudo::no_value()))
      .Tags(tags)
      .UserData(user_data_value({std::string(patterns_embedded::prelude) + std::string(patterns_embedded::data_volume) +
                                     std::string(patterns_embedded::cfn_signal) +
                                     std::string(patterns_embedded::mutable_instance_user_data),
                                 {{"InstanceLogicalId", kMutableInstanceId},
                                  {"AgentConfigParameter", agent_config.ref()},
                                  {"DataVolumeId", volume ? Value(volume->ref()) : Value("")},
                                  {"CodeDeployAgent", o.codedeploy ? "true" : "false"}}}));
  if (volume) instance.Volumes({ec2::Instance_Volume{}.Device(kDataDevice).VolumeId(volume->ref())});
  // A replacement could not take the network interface the old instance
  // holds: the update fails and rolls back, and the old instance is never deleted by it.
  const auto server =
      t.add(kMutableInstanceId, instance,
            {.depends_on = network_ready,
             .update_replace_policy = DeletionPolicy::Retain,
             .creation_policy = Map{{"ResourceSignal", Map{{"Count", 1}, {"Timeout", kSignalTimeout}}}}});

  // ---- the agents, kept by State Manager (the instance found by its tag) ----
  const auto by_tag =
      ssm::Association_Target{}.Key(std::string("tag:") + kInstanceTag).Values({sub("${AWS::StackName}")});
  const auto package = [&](std::string_view id, const char* name) {
    t.add(id, ssm::Association{}
                  .Name("AWS-ConfigureAWSPackage")
                  .Targets({by_tag})
                  .Parameters({{"action", List{"Install"}}, {"name", List{name}}})
                  .ScheduleExpression("rate(14 days)"));
  };
  package("AgentInstall", "AmazonCloudWatchAgent");
  t.add("AgentConfigure", ssm::Association{}
                              .Name("AmazonCloudWatch-ManageAgent")
                              .Targets({by_tag})
                              .Parameters({{"action", List{"configure"}},
                                           {"mode", List{"ec2"}},
                                           {"optionalConfigurationSource", List{"ssm"}},
                                           {"optionalConfigurationLocation", List{agent_config.ref()}},
                                           {"optionalRestart", List{"yes"}}})
                              .ScheduleExpression("cron(0 4 * * ? *)")
                              .ApplyOnlyAtCronInterval(true));
  if (o.codedeploy) package("CodeDeployAgentInstall", "AWSCodeDeployAgent");

  // ---- patching, backup, alarms ----
  const auto patching = add_patching(t, Scope("Patch"),
                                     {.instance_ids = {server.ref()},
                                      .patch_group = sub("${AWS::StackName}"),
                                      .schedule = patch_schedule.ref(),
                                      .time_zone = time_zone.ref(),
                                      .approve_after_days = approve_days.ref(),
                                      .reboot_option = reboot.ref(),
                                      .log_group = logs.ref(),
                                      .alarm_topic = &alarms});
  const auto backup =
      add_backup(t, Scope("Backup"),
                 {.resource_arns = {arn::for_type("AWS::EC2::Instance", {{"InstanceId", server.ref()}})},
                  .schedule = backup_schedule.ref(),
                  .time_zone = time_zone.ref(),
                  .retention_days = retention.ref(),
                  .alarm_topic = &alarms});
  allow_rules_to_publish(t, Scope("Alarm"), alarms, {patching.failed_rule->Arn(), backup.failed_rule->Arn()});
  add_instance_alarms(t, server, alarms, data_volume);

  // ---- deployments ----
  if (o.codedeploy) {
    const auto application = t.add("DeployApplication", aws::codedeploy::Application{}.ComputePlatform("Server"));
    const auto deploy_role =
        t.add("DeployRole", aws::iam::Role{}
                                .AssumeRolePolicyDocument(policy::assume_role_policy("codedeploy.amazonaws.com"))
                                .ManagedPolicyArns({policy::managed_policy_arn("service-role/AWSCodeDeployRole")}));
    t.add("DeployGroup", aws::codedeploy::DeploymentGroup{}
                             .ApplicationName(application.ref())
                             .ServiceRoleArn(deploy_role.Arn())
                             .DeploymentConfigName("CodeDeployDefault.AllAtOnce")
                             .Ec2TagFilters({aws::codedeploy::DeploymentGroup_EC2TagFilter{}
                                                 .Key(kInstanceTag)
                                                 .Value(sub("${AWS::StackName}"))
                                                 .Type("KEY_AND_VALUE")})
                             .AutoRollbackConfiguration(
                                 aws::codedeploy::DeploymentGroup_AutoRollbackConfiguration{}.Enabled(true).Events(
                                     {"DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_REQUEST"})));
  }

  // ---- outputs ----
  t.add_output("InstanceId", {.value = server.ref(), .description = "The instance"});
  t.add_output("PrivateIp", {.value = server.get_att("PrivateIp"), .description = "Its private address (it stays)"});
  if (address) t.add_output("PublicIp", {.value = address->ref(), .description = "Its Elastic IP"});
  t.add_output("SessionManagerCommand",
               {.value = sub("aws ssm start-session --target ${Instance} --region ${AWS::Region}"),
                .description = "A shell on the instance"});
  t.add_output("BackupVaultName", {.value = backup.vault.ref(), .description = "Where the backups are"});
  t.add_output("LogGroupName", {.value = logs.ref(), .description = "The instance's logs"});
  t.add_output("AlarmTopicArn", {.value = alarms.arn(), .description = "Where the alarms go"});
  return t;
}

}  // namespace cfn::patterns
