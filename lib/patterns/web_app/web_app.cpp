// The self-healing web application (see cfn/patterns/web_app.hpp), built from
// the blocks: network, load balancer, launch template, instance role,
// instance group (LaunchFirst), database and alarm topic.
#include "cfn/patterns/web_app.hpp"

#include <algorithm>
#include <string_view>

#include "cfn/aws/autoscaling.hpp"
#include "cfn/aws/cloudwatch.hpp"
#include "cfn/aws/ec2.hpp"
#include "cfn/aws/route53.hpp"
#include "cfn/error.hpp"
#include "cfn/patterns/blocks.hpp"
#include "embedded/cfnpp_patterns.hpp"
#include "option_checks.hpp"

namespace cfn::patterns {
namespace {

namespace asg = aws::autoscaling;
namespace cw = aws::cloudwatch;
namespace ec2 = aws::ec2;

constexpr int kAppPort = 80;
constexpr const char* kLaunchHook = "smoke-test";
// A new instance installs the application and runs its smoke test within
// this time, or its launch is abandoned (the group launches another).
constexpr int kLaunchHookSeconds = 900;
// ELB health checks count from the moment the instance is in service, i.e.
// after its smoke test completed the launch hook: the application answers by
// then, so the grace only covers the first health checks.
constexpr int kHealthCheckGraceSeconds = 120;
// The creation and update policies wait this long for the instances' signals.
constexpr const char* kSignalTimeout = "PT20M";
// Instances without detailed monitoring send EC2 metrics every 5 minutes: an
// alarm on 1-minute periods would never see 5 of them in a row.
constexpr int kEc2MetricPeriod = 300;
// A new instance's CPU (package installation) is not counted in the group's
// average for this long, so one launch does not trigger the next.
constexpr int kWarmupSeconds = 300;

using options::check;

// "/" then [A-Za-z0-9._~/-]*: a path the load balancer asks for as it is.
bool is_health_check_path(std::string_view path) {
  const auto safe = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::string_view("._~/-").find(c) != std::string_view::npos;
  };
  return path.starts_with('/') && std::all_of(path.begin(), path.end(), safe);
}

void check_options(const WebAppOptions& o) {
  check(o.zones == 2 || o.zones == 3, "zones: " + std::to_string(o.zones) + "; the stack spans 2 or 3 zones");
  check(o.min_size >= 1 && o.min_size <= o.desired_capacity && o.desired_capacity <= o.max_size,
        "sizes: min " + std::to_string(o.min_size) + ", desired " + std::to_string(o.desired_capacity) + ", max " +
            std::to_string(o.max_size) + "; they must satisfy 1 <= min <= desired <= max");
  check(o.min_size < o.max_size, "sizes: the max size must exceed the min size, so a rolling update has room");
  for (const int cpu : {o.scale_out_cpu, o.scale_in_cpu, o.target_cpu})
    check(cpu >= 1 && cpu <= 100, "CPU threshold: " + std::to_string(cpu) + " % is outside 1 to 100");
  check(o.scale_in_cpu < o.scale_out_cpu, "CPU thresholds: scaling in at " + std::to_string(o.scale_in_cpu) +
                                              " % must be below scaling out at " + std::to_string(o.scale_out_cpu) +
                                              " %");
  check(o.db_backup_retention_days >= 1 && o.db_backup_retention_days <= 35,
        "backup retention: " + std::to_string(o.db_backup_retention_days) + " days is outside 1 to 35");
  options::check_instance_type(o.instance_type);
  options::check_db_instance_class(o.db_instance_class);
  check(
      is_health_check_path(o.health_check_path) && o.health_check_path != "/status.json" && o.health_check_path != "/",
      "health check path: '" + o.health_check_path + "' is not a path such as /health (nor / or /status.json)");
  options::check_vpc_cidr(o.vpc_cidr);
  check(!o.image_parameter.empty() && o.image_parameter.front() == '/',
        "image parameter: '" + o.image_parameter + "' is not an SSM parameter name");
}

// The user data: the shared prelude and lifecycle functions, then the boot
// script with the application's source in its heredoc.
std::string boot_script() {
  using namespace patterns_embedded;
  std::string script =
      std::string(prelude) + std::string(lifecycle) + std::string(cfn_signal) + std::string(web_app_user_data);
  const std::string heredoc = "<<'APP'\n";
  const auto at = script.find(heredoc);
  if (at == std::string::npos) throw Error("web app: the boot script has no <<'APP' heredoc for the application");
  script.insert(at + heredoc.size(), web_app);
  return script;
}

cw::Alarm_MetricDataQuery load_balancer_metric(std::string_view id, std::string_view name, const LoadBalancer& lb) {
  return cw::Alarm_MetricDataQuery{}.Id(id).ReturnData(false).MetricStat(
      cw::Alarm_MetricStat{}
          .Metric(cw::Alarm_Metric{}
                      .Namespace("AWS/ApplicationELB")
                      .MetricName(name)
                      .Dimensions(
                          {cw::Alarm_Dimension{}.Name("LoadBalancer").Value(lb.load_balancer.LoadBalancerFullName())}))
          .Period(60)
          .Stat("Sum"));
}

// Step scaling as the seed states it: +100 % (the capacity doubles) when the
// average CPU stays above the threshold for 5 minutes, -1 instance when it stays
// below the other for 15. Step policies have no cooldown: the warm-up keeps a
// launching instance's CPU out of the average instead.
void add_step_scaling(Template& t, const asg::AutoScalingGroup::Handle& group, const ParameterRef& out_cpu,
                      const ParameterRef& in_cpu) {
  const auto policy = [&](std::string_view id, std::string_view adjustment, int magnitude, bool up) {
    auto step = asg::ScalingPolicy_StepAdjustment{}.ScalingAdjustment(magnitude);
    if (up)
      step.MetricIntervalLowerBound(0);
    else
      step.MetricIntervalUpperBound(0);
    asg::ScalingPolicy p;
    p.AutoScalingGroupName(group.ref())
        .PolicyType("StepScaling")
        .AdjustmentType(adjustment)
        .MetricAggregationType("Average")
        .StepAdjustments({step});
    if (up) p.EstimatedInstanceWarmup(kWarmupSeconds).MinAdjustmentMagnitude(1);
    return t.add(id, p);
  };
  const auto cpu_alarm = [&](std::string_view id, std::string_view description, std::string_view comparison,
                             const ParameterRef& threshold, int minutes, const ResourceRef& action) {
    t.add(id, cw::Alarm{}
                  .AlarmDescription(description)
                  .Namespace("AWS/EC2")
                  .MetricName("CPUUtilization")
                  .Dimensions({cw::Alarm_Dimension{}.Name("AutoScalingGroupName").Value(group.ref())})
                  .Statistic("Average")
                  .Period(kEc2MetricPeriod)
                  .EvaluationPeriods(minutes * 60 / kEc2MetricPeriod)
                  .DatapointsToAlarm(minutes * 60 / kEc2MetricPeriod)
                  .Threshold(threshold.ref())
                  .ComparisonOperator(comparison)
                  .AlarmActions({action.ref()}));
  };
  const auto out = policy("ScaleOutPolicy", "PercentChangeInCapacity", 100, true);
  const auto in = policy("ScaleInPolicy", "ChangeInCapacity", -1, false);
  cpu_alarm("CpuHighAlarm", "The web tier's average CPU stayed high for 5 minutes: doubling it", "GreaterThanThreshold",
            out_cpu, 5, out);
  cpu_alarm("CpuLowAlarm", "The web tier's average CPU stayed low for 15 minutes: removing an instance",
            "LessThanThreshold", in_cpu, 15, in);
}

}  // namespace

Template self_healing_web_app(const WebAppOptions& o) {
  check_options(o);
  Template t;
  t.description(
      "Self-healing web application: an Auto Scaling group over " + std::to_string(o.zones) +
      " availability zones behind an Application Load Balancer, smoke-tested before it takes traffic, scaling on "
      "CPU, with RDS Multi-AZ (" +
      engine_name(o.engine) + ") and alarms to an SNS topic. Generated by cfnpp.");

  // ---- parameters ----
  const auto image =
      t.add_parameter("LatestAmiId", {.type = "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>",
                                      .description = "SSM public parameter with the AMI id (Amazon Linux 2023)",
                                      .default_value = o.image_parameter});
  const auto instance_type = t.add_parameter(
      "InstanceType", {.type = "String",
                       .description = "EC2 instance type of the web tier (x86_64 for the default image)",
                       .default_value = o.instance_type,
                       .allowed_pattern = "^[a-z0-9-]+\\.[a-z0-9-]+$"});
  // Sizes and percentages alike: a number from 1 to 100.
  const auto number = [&](std::string_view name, std::string description, int value) {
    return t.add_parameter(name, {.type = "Number",
                                  .description = std::move(description),
                                  .default_value = value,
                                  .min_value = 1,
                                  .max_value = 100});
  };
  const auto min_size =
      number("MinSize", "Fewest web instances (rolling updates keep this many in service)", o.min_size);
  const auto max_size = number("MaxSize", "Most web instances (more than MinSize)", o.max_size);
  const auto desired = number("DesiredCapacity", "Web instances at creation", o.desired_capacity);
  std::optional<ParameterRef> out_cpu;
  std::optional<ParameterRef> in_cpu;
  std::optional<ParameterRef> target_cpu;
  if (o.target_tracking) {
    target_cpu =
        number("TargetCpuPercent", "Average CPU the group keeps by adding and removing instances", o.target_cpu);
  } else {
    out_cpu =
        number("ScaleOutCpuPercent", "Scale out when the average CPU stays above this for 5 minutes", o.scale_out_cpu);
    in_cpu =
        number("ScaleInCpuPercent", "Scale in when the average CPU stays below this for 15 minutes", o.scale_in_cpu);
  }
  const auto db_class = t.add_parameter("DbInstanceClass", {.type = "String",
                                                            .description = "RDS instance class",
                                                            .default_value = o.db_instance_class,
                                                            .allowed_pattern = "^db\\.[a-z0-9-]+\\.[a-z0-9-]+$"});
  const auto db_storage = t.add_parameter("DbAllocatedStorage", {.type = "Number",
                                                                 .description = "Database storage in GiB at creation",
                                                                 .default_value = 20,
                                                                 .min_value = 20,
                                                                 .max_value = 1000});
  const auto db_retention = t.add_parameter("DbBackupRetentionDays", {.type = "Number",
                                                                      .description = "Days of automated backups",
                                                                      .default_value = o.db_backup_retention_days,
                                                                      .min_value = 1,
                                                                      .max_value = 35});
  const auto db_protection =
      t.add_parameter("DbDeletionProtection", {.type = "String",
                                               .description = "Refuse to delete the database (and so the stack)",
                                               .default_value = "true",
                                               .allowed_values = {"true", "false"}});
  const auto certificate = add_optional_parameter(
      t, "CertificateArn",
      {.description = "ACM certificate for HTTPS (HTTP then redirects to HTTPS); empty: HTTP only",
       .allowed_pattern = "^$|^arn:aws[a-z-]*:acm:.+"});
  const auto domain = add_optional_parameter(
      t, "DomainName", {.description = "Record name pointing at the load balancer (with HostedZoneId); empty: none"});
  const auto zone =
      add_optional_parameter(t, "HostedZoneId", {.description = "Route 53 hosted zone of DomainName; empty: none"});
  const auto email = add_optional_parameter(t, "AlarmEmail", {.description = "Where alarms go; empty: nowhere"});
  const auto has_dns = t.add_condition("HasDns", and_({domain.is_set.fn(), zone.is_set.fn()}));

  // ---- network: public (load balancer, NAT), private (web), isolated (database) ----
  const auto net = add_network(t, Scope(),
                               {.cidr = o.vpc_cidr,
                                .zones = o.zones,
                                .private_subnets = true,
                                .isolated_subnets = true,
                                .nat = o.nat_per_zone ? NatGateways::PerZone : NatGateways::One});
  const auto alarms =
      add_alarm_topic(t, Scope("Alarm"), {.email = email.parameter.ref(), .email_condition = email.is_set});

  // ---- load balancer ----
  const auto lb = add_load_balancer(t, Scope("Web"),
                                    {.vpc_id = net.vpc.ref(),
                                     .subnets = net.public_subnet_ids(),
                                     .target_port = kAppPort,
                                     .health_check_path = o.health_check_path,
                                     .certificate_arn = certificate.parameter.ref(),
                                     .certificate_condition = certificate.is_set,
                                     .access_logs = o.access_logs});

  // ---- application tier ----
  const Scope app("App");
  const auto app_firewall =
      t.add(app.id("SecurityGroup"), ec2::SecurityGroup{}
                                         .GroupDescription("Web instances: HTTP from the load balancer only")
                                         .VpcId(net.vpc.ref())
                                         .SecurityGroupIngress({ec2::SecurityGroup_Ingress{}
                                                                    .IpProtocol("tcp")
                                                                    .FromPort(kAppPort)
                                                                    .ToPort(kAppPort)
                                                                    .SourceSecurityGroupId(lb.security_group.ref())
                                                                    .Description("the load balancer")})
                                         .Tags(app.tags_for("web")));

  // ---- database ----
  const auto db = add_database(t, Scope("Db"),
                               {.vpc_id = net.vpc.ref(),
                                .subnets = net.isolated_subnet_ids(),
                                .client_security_groups = {app_firewall.ref()},
                                .engine = o.engine,
                                .instance_class = db_class.ref(),
                                .allocated_storage = db_storage.ref(),
                                .backup_retention_days = db_retention.ref(),
                                .deletion_protection = db_protection.ref(),
                                .alarm_topic_arn = alarms.arn()});

  const auto role = add_instance_role(
      t, app.child("Instance"),
      {.statements = {
           db.read_secret_statement(),
           {.sid = "FindOwnGroup", .action = {"autoscaling:DescribeAutoScalingInstances"}, .resource = {"*"}},
           complete_own_launch_statement(kWebAppGroupId),
           signal_statement()}});
  const auto lt = add_launch_template(t, app,
                                      {.image_id = image.ref(),
                                       .instance_type = instance_type.ref(),
                                       .instance_profile_arn = role.profile.Arn(),
                                       .security_group_ids = {app_firewall.ref()},
                                       .user_data = UserData{boot_script(),
                                                             {{"GroupLogicalId", kWebAppGroupId},
                                                              {"LaunchHookName", kLaunchHook},
                                                              {"AppPort", std::to_string(kAppPort)},
                                                              {"HealthPath", o.health_check_path},
                                                              {"DbEndpoint", db.endpoint()},
                                                              {"DbPort", std::to_string(db.port)},
                                                              {"DbSecretArn", db.secret_arn()}}}});

  const auto group =
      add_instance_group(t, app,
                         {.launch_template = lt,
                          .subnets = net.private_subnet_ids(),
                          .min_size = Fn(min_size.ref()),
                          .max_size = Fn(max_size.ref()),
                          .desired_capacity = Fn(desired.ref()),
                          .replacement = Replacement::LaunchFirst,
                          .min_in_service = min_size.ref(),
                          .target_group_arns = {lb.target_group.ref()},
                          .health_check_type = "ELB",
                          .health_check_grace_period = kHealthCheckGraceSeconds,
                          .signal_timeout = kSignalTimeout,
                          .creation_signal_timeout = kSignalTimeout,
                          .creation_signal_count = desired.ref(),
                          .lifecycle_hooks = {asg::AutoScalingGroup_LifecycleHookSpecification{}
                                                  .LifecycleHookName(kLaunchHook)
                                                  .LifecycleTransition("autoscaling:EC2_INSTANCE_LAUNCHING")
                                                  .HeartbeatTimeout(kLaunchHookSeconds)
                                                  .DefaultResult("ABANDON")},
                          .alarm_topic_arn = alarms.arn()});

  // ---- scaling ----
  if (o.target_tracking) {
    t.add("CpuTargetPolicy", asg::ScalingPolicy{}
                                 .AutoScalingGroupName(group.group.ref())
                                 .PolicyType("TargetTrackingScaling")
                                 .EstimatedInstanceWarmup(kWarmupSeconds)
                                 .TargetTrackingConfiguration(
                                     asg::ScalingPolicy_TargetTrackingConfiguration{}
                                         .PredefinedMetricSpecification(
                                             asg::ScalingPolicy_PredefinedMetricSpecification{}.PredefinedMetricType(
                                                 "ASGAverageCPUUtilization"))
                                         .TargetValue(Num(target_cpu->ref()))));
  } else {
    add_step_scaling(t, group.group, *out_cpu, *in_cpu);
  }

  // ---- watching ----
  t.add("Target5xxAlarm",
        cw::Alarm{}
            .AlarmDescription("More than 5 % of the requests failed in the web instances for 5 minutes")
            .Metrics({load_balancer_metric("errors", "HTTPCode_Target_5XX_Count", lb),
                      load_balancer_metric("requests", "RequestCount", lb),
                      cw::Alarm_MetricDataQuery{}
                          .Id("rate")
                          .Expression("100 * FILL(errors, 0) / requests")
                          .Label("Target 5xx %")
                          .ReturnData(true)})
            .ComparisonOperator("GreaterThanThreshold")
            .Threshold(5)
            .EvaluationPeriods(5)
            .DatapointsToAlarm(5)
            .TreatMissingData("notBreaching")
            .AlarmActions({alarms.arn()})
            .OKActions({alarms.arn()}));
  t.add("UnhealthyHostsAlarm",
        cw::Alarm{}
            .AlarmDescription("A web instance failed its health checks for 5 minutes (the group should replace it)")
            .Namespace("AWS/ApplicationELB")
            .MetricName("UnHealthyHostCount")
            .Dimensions({cw::Alarm_Dimension{}.Name("TargetGroup").Value(lb.target_group.TargetGroupFullName()),
                         cw::Alarm_Dimension{}.Name("LoadBalancer").Value(lb.load_balancer.LoadBalancerFullName())})
            .Statistic("Maximum")
            .Period(60)
            .EvaluationPeriods(5)
            .DatapointsToAlarm(5)
            .Threshold(1)
            .ComparisonOperator("GreaterThanOrEqualToThreshold")
            .TreatMissingData("notBreaching")
            .AlarmActions({alarms.arn()})
            .OKActions({alarms.arn()}));

  // ---- DNS ----
  t.add("DnsRecord",
        aws::route53::RecordSet{}
            .HostedZoneId(zone.parameter.ref())
            .Name(domain.parameter.ref())
            .Type("A")
            .AliasTarget(aws::route53::RecordSet_AliasTarget{}
                             .DNSName(lb.load_balancer.DNSName())
                             .HostedZoneId(lb.load_balancer.CanonicalHostedZoneID())
                             .EvaluateTargetHealth(true)),
        {.condition = has_dns});

  // ---- outputs ----
  t.add_output("Url", {.value = sub("${Scheme}://${Host}",
                                    {{"Scheme", if_(certificate.is_set, "https", "http")},
                                     {"Host", if_(has_dns, domain.parameter.ref(), lb.load_balancer.DNSName())}}),
                       .description = "The application"});
  t.add_output("LoadBalancerDnsName", {.value = lb.load_balancer.DNSName(), .description = "The load balancer"});
  t.add_output("DatabaseEndpoint", {.value = db.endpoint(), .description = "The database (primary) host name"});
  t.add_output("DatabaseSecretArn",
               {.value = db.secret_arn(), .description = "Secrets Manager secret with the master user's password"});
  t.add_output("AlarmTopicArn", {.value = alarms.arn(), .description = "Where the alarms go"});
  return t;
}

}  // namespace cfn::patterns
