// The self-healing web application stack (seed 003): its tiers in every zone,
// the security group chain, the database's safety, the signals and policies
// that keep a failing instance out of service, scaling, alarms, and that every
// variant passes cfnpp lint and fits inline.
#include "cfn/patterns/web_app.hpp"

#include <catch2/catch.hpp>
#include <set>

#include "cfn/build.hpp"
#include "cfn/file.hpp"
#include "cfn/intrinsics.hpp"
#include "cfn/limits.hpp"
#include "support.hpp"
#include "user_data_support.hpp"

using cfn::Value;
using cfn::test::at;
using cfn::test::props;
using cfn::test::resource;
namespace p = cfn::patterns;

namespace {

const std::vector<std::string> kZones{"A", "B", "C", "D"};

std::vector<Value> refs(const std::string& prefix, int zones) {
  std::vector<Value> out;
  for (int i = 0; i < zones; ++i) out.emplace_back(cfn::ref(prefix + kZones[i]));
  return out;
}

std::vector<Value> items(const Value& list) { return list.as_list(); }

const cfn::test::SubValues kSample{{"AWS::StackName", "web"},
                                   {"AWS::Region", "eu-west-1"},
                                   {"GroupLogicalId", "AppGroup"},
                                   {"LaunchHookName", "smoke-test"},
                                   {"AppPort", "80"},
                                   {"HealthPath", "/health"},
                                   {"DbEndpoint", "db.example.eu-west-1.rds.amazonaws.com"},
                                   {"DbPort", "5432"},
                                   {"DbSecretArn", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:rds!db-1"}};

std::string rendered(const Value& doc) { return cfn::test::rendered_user_data(doc, "AppLaunchTemplate", kSample); }

}  // namespace

TEST_CASE("web app: every tier has a subnet in each zone, and each tier uses its own", "[patterns][web_app]") {
  for (const int zones : {2, 3}) {
    INFO(zones << " zones");
    const Value doc = p::self_healing_web_app({.zones = zones}).to_value();
    for (const char* tier : {"PublicSubnet", "PrivateSubnet", "IsolatedSubnet"})
      for (int i = 0; i < zones; ++i)
        CHECK(at(props(doc, tier + kZones[i]), {"AvailabilityZone"}) == Value(cfn::select(i, cfn::get_azs())));
    CHECK(doc.find("Resources")->find("PublicSubnet" + kZones[zones]) == nullptr);
    CHECK(items(at(props(doc, "WebLoadBalancer"), {"Subnets"})) == refs("PublicSubnet", zones));
    CHECK(items(at(props(doc, "AppGroup"), {"VPCZoneIdentifier"})) == refs("PrivateSubnet", zones));
    CHECK(items(at(props(doc, "DbSubnetGroup"), {"SubnetIds"})) == refs("IsolatedSubnet", zones));
    // The private subnets reach out through NAT; the database's reach nothing.
    for (int i = 0; i < zones; ++i)
      CHECK(at(props(doc, "PrivateDefaultRoute" + kZones[i]), {"NatGatewayId"}) == Value(cfn::ref("NatGatewayA")));
    CHECK(doc.find("Resources")->find("NatGatewayB") == nullptr);
  }
  const Value per_zone = p::self_healing_web_app({.nat_per_zone = true}).to_value();
  CHECK(at(props(per_zone, "PrivateDefaultRouteB"), {"NatGatewayId"}) == Value(cfn::ref("NatGatewayB")));
}

TEST_CASE("web app: the internet reaches the load balancer, the load balancer the web tier, the web tier the database",
          "[patterns][web_app]") {
  for (const auto engine : {p::DatabaseEngine::Postgres, p::DatabaseEngine::Mysql}) {
    const Value doc = p::self_healing_web_app({.engine = engine}).to_value();
    const int db_port = engine == p::DatabaseEngine::Postgres ? 5432 : 3306;
    std::set<int> public_ports;
    for (const Value& rule : items(at(props(doc, "WebSecurityGroup"), {"SecurityGroupIngress"}))) {
      CHECK(at(rule, {"CidrIp"}) == Value("0.0.0.0/0"));
      public_ports.insert(static_cast<int>(at(rule, {"FromPort"}).as_int()));
    }
    CHECK(public_ports == std::set<int>{80, 443});
    const auto only_rule = [&](const char* group, const char* source, int port) {
      const auto rules = items(at(props(doc, group), {"SecurityGroupIngress"}));
      REQUIRE(rules.size() == 1);
      CHECK(at(rules[0], {"SourceSecurityGroupId"}) == Value(cfn::ref(source)));
      CHECK(rules[0].find("CidrIp") == nullptr);
      CHECK(at(rules[0], {"FromPort"}) == Value(port));
      CHECK(at(rules[0], {"ToPort"}) == Value(port));
    };
    only_rule("AppSecurityGroup", "WebSecurityGroup", 80);
    only_rule("DbSecurityGroup", "AppSecurityGroup", db_port);
    CHECK(items(at(props(doc, "AppLaunchTemplate"), {"LaunchTemplateData", "SecurityGroupIds"})) ==
          std::vector<Value>{Value(cfn::ref("AppSecurityGroup"))});
    CHECK(items(at(props(doc, "DbInstance"), {"VPCSecurityGroups"})) ==
          std::vector<Value>{Value(cfn::ref("DbSecurityGroup"))});
  }
}

TEST_CASE("web app: the database is Multi-AZ, encrypted, backed up, snapshotted, its password in Secrets Manager",
          "[patterns][web_app]") {
  const Value doc = p::self_healing_web_app().to_value();
  const Value& db = props(doc, "DbInstance");
  CHECK(at(db, {"MultiAZ"}) == Value(true));
  CHECK(at(db, {"StorageEncrypted"}) == Value(true));
  CHECK(at(db, {"ManageMasterUserPassword"}) == Value(true));
  CHECK(at(db, {"BackupRetentionPeriod"}) == Value(cfn::ref("DbBackupRetentionDays")));
  CHECK(at(db, {"DeletionProtection"}) == Value(cfn::ref("DbDeletionProtection")));
  CHECK(at(doc, {"Parameters", "DbDeletionProtection", "Default"}) == Value("true"));
  CHECK(at(resource(doc, "DbInstance"), {"DeletionPolicy"}) == Value("Snapshot"));
  CHECK(at(resource(doc, "DbInstance"), {"UpdateReplacePolicy"}) == Value("Snapshot"));
  CHECK(at(props(doc, "AppLaunchTemplate"), {"LaunchTemplateData", "BlockDeviceMappings", "0", "Ebs", "Encrypted"}) ==
        Value(true));
  CHECK(at(props(doc, "AppLaunchTemplate"), {"LaunchTemplateData", "MetadataOptions", "HttpTokens"}) ==
        Value("required"));

  // The instances may read that one secret, and nothing else of Secrets Manager.
  std::size_t secret_statements = 0;
  for (const Value& statement :
       items(at(props(doc, "AppInstanceRole"), {"Policies", "0", "PolicyDocument", "Statement"}))) {
    const Value& action = at(statement, {"Action"});
    if (action.is_string() && action.as_string().starts_with("secretsmanager:")) {
      ++secret_statements;
      CHECK(action == Value("secretsmanager:GetSecretValue"));
      CHECK(at(statement, {"Resource"}) == Value(cfn::get_att("DbInstance", "MasterUserSecret.SecretArn")));
    }
  }
  CHECK(secret_statements == 1);
  CHECK(at(doc, {"Outputs", "DatabaseSecretArn", "Value"}) ==
        Value(cfn::get_att("DbInstance", "MasterUserSecret.SecretArn")));
}

TEST_CASE("web app: instances smoke-test themselves - the group waits for their signals and their launch hook",
          "[patterns][web_app]") {
  const Value doc = p::self_healing_web_app().to_value();
  const Value& group = resource(doc, p::kWebAppGroupId);
  CHECK(at(group, {"CreationPolicy", "ResourceSignal", "Count"}) == Value(cfn::ref("DesiredCapacity")));
  CHECK(at(group, {"UpdatePolicy", "AutoScalingRollingUpdate", "WaitOnResourceSignals"}) == Value(true));
  CHECK(at(group, {"UpdatePolicy", "AutoScalingRollingUpdate", "MinInstancesInService"}) == Value(cfn::ref("MinSize")));
  const Value& properties = props(doc, p::kWebAppGroupId);
  CHECK(at(properties, {"HealthCheckType"}) == Value("ELB"));
  CHECK(at(properties, {"TargetGroupARNs", "0"}) == Value(cfn::ref("WebTargetGroup")));
  CHECK(at(properties, {"MinSize"}) == Value(cfn::ref("MinSize")));
  CHECK(at(properties, {"MaxSize"}) == Value(cfn::ref("MaxSize")));
  CHECK(at(properties, {"DesiredCapacity"}) == Value(cfn::ref("DesiredCapacity")));
  CHECK(at(doc, {"Parameters", "MinSize", "Default"}) == Value(2));
  CHECK(at(doc, {"Parameters", "MaxSize", "Default"}) == Value(4));
  CHECK(at(doc, {"Parameters", "DesiredCapacity", "Default"}) == Value(2));
  const Value& hook = at(properties, {"LifecycleHookSpecificationList", "0"});
  CHECK(at(hook, {"LifecycleTransition"}) == Value("autoscaling:EC2_INSTANCE_LAUNCHING"));
  CHECK(at(hook, {"DefaultResult"}) == Value("ABANDON"));

  // The script signals the group by its logical id and completes the hook by its name.
  const Value& variables = cfn::test::user_data_sub(doc, "AppLaunchTemplate").as_list()[1];
  CHECK(at(variables, {"GroupLogicalId"}) == Value(p::kWebAppGroupId));
  CHECK(at(variables, {"LaunchHookName"}) == at(hook, {"LifecycleHookName"}));
  CHECK(at(variables, {"HealthPath"}) == at(props(doc, "WebTargetGroup"), {"HealthCheckPath"}));
  CHECK(at(variables, {"DbEndpoint"}) == Value(cfn::get_att("DbInstance", "Endpoint.Address")));
  const std::string script = rendered(doc);
  CHECK_THAT(script, Catch::Contains("cfn-signal --exit-code \"$1\" --stack \"$stack_name\" --resource "
                                     "\"$signal_resource\""));
  CHECK_THAT(script, Catch::Contains("signal_resource='AppGroup'"));
  CHECK_THAT(script, Catch::Contains("complete_launch CONTINUE\nsignal 0\n"));
  CHECK_THAT(script, Catch::Contains("complete_launch ABANDON\n    signal 1\n"));
}

TEST_CASE("web app: the user data is the boot script with the application in its heredoc, and passes shellcheck",
          "[patterns][web_app]") {
  const Value doc = p::self_healing_web_app().to_value();
  const std::string script = rendered(doc);
  const std::string app = cfn::read_file(std::string(CFNPP_SOURCE_DIR) + "/lib/patterns/web_app/app.py");
  CHECK_THAT(script, Catch::Contains("cat >\"$app_dir/app.py\" <<'APP'\n" + app + "APP\n"));
  CHECK(script.size() <= cfn::limits::kUserDataBytes);
  cfn::test::check_shell_script(script);
}

TEST_CASE("web app: scale out above 90 % CPU for 5 minutes, in when low, or track a target", "[patterns][web_app]") {
  const Value doc = p::self_healing_web_app().to_value();
  const Value& high = props(doc, "CpuHighAlarm");
  CHECK(at(high, {"MetricName"}) == Value("CPUUtilization"));
  CHECK(at(high, {"Dimensions", "0", "Value"}) == Value(cfn::ref(p::kWebAppGroupId)));
  CHECK(at(high, {"Statistic"}) == Value("Average"));
  // 5 minutes: one 5-minute period, what EC2 sends without detailed monitoring.
  CHECK(at(high, {"Period"}) == Value(300));
  CHECK(at(high, {"EvaluationPeriods"}) == Value(1));
  CHECK(at(high, {"Threshold"}) == Value(cfn::ref("ScaleOutCpuPercent")));
  CHECK(at(doc, {"Parameters", "ScaleOutCpuPercent", "Default"}) == Value(90));
  CHECK(at(high, {"ComparisonOperator"}) == Value("GreaterThanThreshold"));
  CHECK(at(high, {"AlarmActions", "0"}) == Value(cfn::ref("ScaleOutPolicy")));
  CHECK(at(props(doc, "ScaleOutPolicy"), {"StepAdjustments", "0", "ScalingAdjustment"}) == Value(100));
  const Value& low = props(doc, "CpuLowAlarm");
  CHECK(at(low, {"ComparisonOperator"}) == Value("LessThanThreshold"));
  CHECK(at(low, {"Period"}) == Value(300));
  CHECK(at(low, {"EvaluationPeriods"}) == Value(3));
  CHECK(at(low, {"DatapointsToAlarm"}) == Value(3));
  CHECK(at(low, {"AlarmActions", "0"}) == Value(cfn::ref("ScaleInPolicy")));
  CHECK(at(props(doc, "ScaleInPolicy"), {"StepAdjustments", "0", "ScalingAdjustment"}) == Value(-1));

  const Value tracking = p::self_healing_web_app({.target_tracking = true}).to_value();
  CHECK(tracking.find("Resources")->find("CpuHighAlarm") == nullptr);
  CHECK(at(props(tracking, "CpuTargetPolicy"), {"TargetTrackingConfiguration", "TargetValue"}) ==
        Value(cfn::ref("TargetCpuPercent")));
}

TEST_CASE("web app: alarms go to the topic - DNS and HTTPS are the deployer's choice", "[patterns][web_app]") {
  const Value doc = p::self_healing_web_app().to_value();
  std::set<std::string> to_topic;
  for (const auto& [id, type] : cfn::test::resource_types(doc)) {
    if (type != "AWS::CloudWatch::Alarm" || id == "CpuHighAlarm" || id == "CpuLowAlarm") continue;
    CHECK(at(props(doc, id), {"AlarmActions", "0"}) == Value(cfn::ref("AlarmTopic")));
    to_topic.insert(id);
  }
  CHECK(to_topic == std::set<std::string>{"Target5xxAlarm", "UnhealthyHostsAlarm", "AppInServiceAlarm", "DbCpuAlarm",
                                          "DbFreeStorageAlarm", "DbConnectionsAlarm"});
  CHECK(at(resource(doc, "AlarmEmailSubscription"), {"Condition"}) == Value("HasAlarmEmail"));
  CHECK(at(resource(doc, "DnsRecord"), {"Condition"}) == Value("HasDns"));
  CHECK(at(props(doc, "DnsRecord"), {"AliasTarget", "DNSName"}) == Value(cfn::get_att("WebLoadBalancer", "DNSName")));
  CHECK(at(resource(doc, "WebHttpsListener"), {"Condition"}) == Value("HasCertificateArn"));
  for (const char* output : {"Url", "LoadBalancerDnsName", "DatabaseEndpoint", "DatabaseSecretArn"})
    CHECK(doc.find("Outputs")->find(output) != nullptr);
  CHECK(at(props(doc, "AppGroup"), {"MetricsCollection", "0", "Granularity"}) == Value("1Minute"));
}

TEST_CASE("web app: every variant passes cfnpp lint without a finding and fits the inline limit",
          "[patterns][web_app]") {
  const std::vector<std::pair<const char*, p::WebAppOptions>> variants{
      {"default", {}},
      {"3 zones, NAT per zone", {.zones = 3, .nat_per_zone = true}},
      {"mysql, target tracking", {.engine = p::DatabaseEngine::Mysql, .target_tracking = true}},
      {"access logs", {.access_logs = true}},
  };
  for (const auto& [name, options] : variants) {
    INFO(name);
    const cfn::Template t = p::self_healing_web_app(options);
    CHECK(cfn::test::lint_findings(t.to_value(), name) == 0);
    CHECK(cfn::to_yaml(t).size() < cfn::limits::kInlineBodyBytes);
  }
}

TEST_CASE("web app: invalid options are refused with the option's name", "[patterns][web_app]") {
  CHECK_THROWS_WITH(p::self_healing_web_app({.zones = 4}), "zones: 4; the stack spans 2 or 3 zones");
  CHECK_THROWS_WITH(p::self_healing_web_app({.min_size = 3, .max_size = 4, .desired_capacity = 2}),
                    "sizes: min 3, desired 2, max 4; they must satisfy 1 <= min <= desired <= max");
  CHECK_THROWS_WITH(p::self_healing_web_app({.min_size = 2, .max_size = 2, .desired_capacity = 2}),
                    "sizes: the max size must exceed the min size, so a rolling update has room");
  CHECK_THROWS_WITH(p::self_healing_web_app({.scale_out_cpu = 30, .scale_in_cpu = 40}),
                    "CPU thresholds: scaling in at 40 % must be below scaling out at 30 %");
  CHECK_THROWS_WITH(p::self_healing_web_app({.health_check_path = "/status.json"}),
                    Catch::Contains("health check path: '/status.json'"));
  CHECK_THROWS_WITH(p::self_healing_web_app({.instance_type = "big"}), Catch::Contains("instance type: 'big'"));
  CHECK_THROWS_WITH(p::self_healing_web_app({.health_check_path = "/a b"}), Catch::Contains("health check path"));
  CHECK_THROWS_WITH(p::self_healing_web_app({.db_instance_class = "t4g.micro"}),
                    Catch::Contains("database instance class: 't4g.micro'"));
  CHECK_THROWS_WITH(p::self_healing_web_app({.vpc_cidr = "10.0.300.0/16"}), Catch::Contains("VPC CIDR"));
}

TEST_CASE("web app: options of 10^6 characters are checked in linear time, not a stack overflow (issue 11 row 1)",
          "[patterns][web_app]") {
  const std::string long_text(1'000'000, 'a');
  CHECK_THROWS_WITH(p::self_healing_web_app({.instance_type = long_text}), Catch::Contains("instance type"));
  CHECK_THROWS_WITH(p::self_healing_web_app({.db_instance_class = "db." + long_text}),
                    Catch::Contains("database instance class"));
  CHECK_THROWS_WITH(p::self_healing_web_app({.health_check_path = "/" + long_text + " "}),
                    Catch::Contains("health check path"));
}
