// The blocks a multi-tier application is made of: isolated subnets, groups of
// stateless instances (LaunchFirst), the load balancer and the database.
#include <catch2/catch.hpp>

#include "cfn/intrinsics.hpp"
#include "cfn/patterns/blocks.hpp"
#include "support.hpp"

using cfn::Value;
using cfn::patterns::Scope;
using cfn::test::at;
using cfn::test::has;
using cfn::test::props;
using cfn::test::resource;
namespace p = cfn::patterns;

namespace {}  // namespace

TEST_CASE("network: isolated subnets have one route table with no route out, ranges after the private ones",
          "[patterns][network]") {
  cfn::Template t;
  const auto net = p::add_network(
      t, Scope(), {.zones = 3, .private_subnets = true, .isolated_subnets = true, .nat = p::NatGateways::One});
  const Value doc = t.to_value();
  REQUIRE(net.isolated_subnets.size() == 3);
  REQUIRE(net.isolated_subnet_ids().size() == 3);
  for (const char* zone : {"A", "B", "C"}) {
    const std::string z(zone);
    INFO(z);
    CHECK(at(props(doc, "IsolatedSubnet" + z), {"CidrBlock"}) ==
          Value(cfn::select(6 + (z[0] - 'A'), cfn::cidr(cfn::get_att("Vpc", "CidrBlock"), 9, 8))));
    CHECK(at(props(doc, "IsolatedSubnet" + z), {"AvailabilityZone"}) == Value(cfn::select(z[0] - 'A', cfn::get_azs())));
    CHECK(at(props(doc, "IsolatedSubnet" + z + "RouteTableAssociation"), {"RouteTableId"}) ==
          Value(cfn::ref("IsolatedRouteTable")));
  }
  // Nothing routes the isolated table anywhere: no AWS::EC2::Route names it.
  for (const auto& [id, type] : cfn::test::resource_types(doc))
    if (type == "AWS::EC2::Route") CHECK(at(props(doc, id), {"RouteTableId"}) != Value(cfn::ref("IsolatedRouteTable")));
  CHECK(cfn::test::lint_findings(doc, "network") == 0);

  cfn::Template given;
  p::add_network(given, Scope(), {.zones = 2, .isolated_subnets = true, .isolated_subnet_cidrs = {"10.0.8.0/24", "x"}});
  CHECK(at(props(given.to_value(), "IsolatedSubnetA"), {"CidrBlock"}) == Value("10.0.8.0/24"));
  CHECK_THROWS_WITH(p::add_network(given, Scope("N"), {.zones = 2, .isolated_subnet_cidrs = {"a", "b"}}),
                    "network: isolated subnet ranges are given but isolated subnets are off");
  CHECK_THROWS_WITH(
      p::add_network(given, Scope("M"), {.zones = 2, .isolated_subnets = true, .isolated_subnet_cidrs = {"a"}}),
      "network: isolated subnet ranges lists 1 entries for 2 zones");
}

TEST_CASE("instance group: LaunchFirst launches before it terminates, keeps instances serving, registers targets",
          "[patterns][instance_group]") {
  cfn::Template t;
  const auto lt = p::add_launch_template(t, Scope(), {.image_id = "ami-12345678"});
  const auto min = t.add_parameter("MinSize", {.type = "Number", .default_value = 2});
  const auto desired = t.add_parameter("Desired", {.type = "Number", .default_value = 2});
  p::add_instance_group(t, Scope("Web"),
                        {.launch_template = lt,
                         .subnets = {"subnet-1", "subnet-2"},
                         .min_size = cfn::Fn(min.ref()),
                         .max_size = "4",
                         .desired_capacity = cfn::Fn(desired.ref()),
                         .replacement = p::Replacement::LaunchFirst,
                         .min_in_service = min.ref(),
                         .target_group_arns = {"arn:tg"},
                         .health_check_type = "ELB",
                         .signal_timeout = "PT15M",
                         .creation_signal_timeout = "PT15M",
                         .creation_signal_count = desired.ref()});
  const Value doc = t.to_value();
  const Value& group = props(doc, "WebGroup");
  CHECK(at(group, {"InstanceMaintenancePolicy", "MinHealthyPercentage"}) == Value(100));
  CHECK(at(group, {"InstanceMaintenancePolicy", "MaxHealthyPercentage"}) == Value(200));
  CHECK(at(group, {"TargetGroupARNs", "0"}) == Value("arn:tg"));
  CHECK(at(group, {"MaxSize"}) == Value("4"));
  CHECK(at(group, {"DesiredCapacity"}) == Value(cfn::ref("Desired")));
  const Value& policy = resource(doc, "WebGroup");
  CHECK(at(policy, {"UpdatePolicy", "AutoScalingRollingUpdate", "MinInstancesInService"}) ==
        Value(cfn::ref("MinSize")));
  CHECK(at(policy, {"UpdatePolicy", "AutoScalingRollingUpdate", "WaitOnResourceSignals"}) == Value(true));
  CHECK(at(policy, {"CreationPolicy", "ResourceSignal", "Count"}) == Value(cfn::ref("Desired")));
  CHECK(cfn::test::lint_findings(doc, "group") == 0);

  // The stateful default still refuses a second instance, and LaunchFirst needs room to replace.
  CHECK_THROWS_WITH(p::add_instance_group(t, Scope("A"), {.launch_template = lt, .subnets = {"s"}, .max_size = "2"}),
                    Catch::Contains("a single-instance group has at most 1"));
  CHECK_THROWS_WITH(p::add_instance_group(t, Scope("B"),
                                          {.launch_template = lt,
                                           .subnets = {"s"},
                                           .max_size = "2",
                                           .replacement = p::Replacement::LaunchFirst,
                                           .min_in_service = 2}),
                    "instance group: rolling updates keep 2 instances in service, which a max size of 2 leaves no "
                    "room to replace");
}

TEST_CASE("load balancer: HTTP only without a certificate - HTTPS with a current TLS policy and a redirect with one",
          "[patterns][load_balancer]") {
  const std::vector<cfn::Str> subnets{"subnet-1", "subnet-2"};
  {
    cfn::Template t;
    const auto lb = p::add_load_balancer(t, Scope("Web"), {.vpc_id = "vpc-1", .subnets = subnets});
    const Value doc = t.to_value();
    CHECK(!lb.https_listener);
    CHECK(!has(doc, "WebHttpsListener"));
    CHECK(at(props(doc, "WebHttpListener"), {"DefaultActions", "0", "Type"}) == Value("forward"));
    CHECK(at(props(doc, "WebTargetGroup"), {"HealthCheckPath"}) == Value("/health"));
    CHECK(at(props(doc, "WebLoadBalancer"), {"Scheme"}) == Value("internet-facing"));
    CHECK(at(props(doc, "WebLoadBalancer"), {"SecurityGroups", "0"}) == Value(cfn::ref("WebSecurityGroup")));
    CHECK(at(props(doc, "WebSecurityGroup"), {"SecurityGroupIngress"}).as_list().size() == 2);
    CHECK(cfn::test::lint_findings(doc, "load balancer") == 0);
  }
  {
    cfn::Template t;
    const auto certificate = p::add_optional_parameter(t, "CertificateArn", {});
    p::add_load_balancer(t, Scope("Web"),
                         {.vpc_id = "vpc-1",
                          .subnets = subnets,
                          .health_check_path = "/ping",
                          .certificate_arn = certificate.parameter.ref(),
                          .certificate_condition = certificate.is_set});
    const Value doc = t.to_value();
    CHECK(at(resource(doc, "WebHttpsListener"), {"Condition"}) == Value("HasCertificateArn"));
    CHECK(at(props(doc, "WebHttpsListener"), {"SslPolicy"}) == Value(p::kTlsPolicy));
    CHECK(std::string(p::kTlsPolicy) == "ELBSecurityPolicy-TLS13-1-2-2021-06");
    CHECK(at(props(doc, "WebHttpsListener"), {"Certificates", "0", "CertificateArn"}) ==
          Value(cfn::ref("CertificateArn")));
    const Value& actions = at(props(doc, "WebHttpListener"), {"DefaultActions"});
    REQUIRE(actions.is_fn(cfn::FnKind::If));
    const cfn::List& branches = actions.as_fn().argument().as_list();
    CHECK(at(branches[1], {"0", "Type"}) == Value("redirect"));
    CHECK(at(branches[1], {"0", "RedirectConfig", "Protocol"}) == Value("HTTPS"));
    CHECK(at(branches[2], {"0", "Type"}) == Value("forward"));
    CHECK(cfn::test::lint_findings(doc, "load balancer") == 0);
  }
  cfn::Template t;
  CHECK_THROWS_WITH(p::add_load_balancer(t, Scope(), {.vpc_id = "v", .subnets = {"one"}}),
                    "load balancer: an Application Load Balancer needs subnets in at least two zones, not 1");
  CHECK_THROWS_WITH(p::add_load_balancer(t, Scope(), {.vpc_id = "v", .subnets = subnets, .health_check_path = "x"}),
                    "load balancer: the health check path 'x' does not start with '/'");
}

TEST_CASE("load balancer: access logs go to a private SSE-S3 bucket that log delivery may write to",
          "[patterns][load_balancer]") {
  cfn::Template t;
  const auto lb =
      p::add_load_balancer(t, Scope("Web"), {.vpc_id = "vpc-1", .subnets = {"s1", "s2"}, .access_logs = true});
  const Value doc = t.to_value();
  REQUIRE(lb.log_bucket);
  CHECK(at(resource(doc, "WebLogBucket"), {"DeletionPolicy"}) == Value("Retain"));
  CHECK(at(props(doc, "WebLogBucket"), {"BucketEncryption", "ServerSideEncryptionConfiguration", "0",
                                        "ServerSideEncryptionByDefault", "SSEAlgorithm"}) == Value("AES256"));
  CHECK(at(props(doc, "WebLogBucket"), {"PublicAccessBlockConfiguration", "RestrictPublicBuckets"}) == Value(true));
  const Value& writer = at(props(doc, "WebLogBucketPolicy"), {"PolicyDocument", "Statement", "0"});
  CHECK(at(writer, {"Action"}) == Value("s3:PutObject"));
  const Value& principal = at(writer, {"Principal"});
  REQUIRE(principal.is_fn(cfn::FnKind::If));
  CHECK(at(principal.as_fn().argument(), {"2", "Service"}) == Value("logdelivery.elasticloadbalancing.amazonaws.com"));
  // The regions where an Elastic Load Balancing account writes: us-east-1's is 127311923021 (the AWS docs).
  CHECK(at(doc, {"Mappings", "WebElbLogAccounts", "us-east-1", "Account"}) == Value("127311923021"));
  CHECK(at(doc, {"Mappings", "WebElbLogAccounts", "eu-west-1", "Account"}) == Value("156460612806"));
  CHECK(at(resource(doc, "WebLoadBalancer"), {"DependsOn"}) == Value("WebLogBucketPolicy"));
  bool logs_on = false;
  for (const Value& attribute : at(props(doc, "WebLoadBalancer"), {"LoadBalancerAttributes"}).as_list())
    logs_on = logs_on ||
              (at(attribute, {"Key"}) == Value("access_logs.s3.enabled") && at(attribute, {"Value"}) == Value("true"));
  CHECK(logs_on);
  CHECK(cfn::test::lint_findings(doc, "access logs") == 0);
}

TEST_CASE("database: Multi-AZ, encrypted, a managed master password, snapshots kept, only its clients",
          "[patterns][database]") {
  for (const auto engine : {p::DatabaseEngine::Postgres, p::DatabaseEngine::Mysql}) {
    cfn::Template t;
    const auto topic = p::add_alarm_topic(t, Scope("Ops"));
    const auto db = p::add_database(t, Scope("Db"),
                                    {.vpc_id = "vpc-1",
                                     .subnets = {"s1", "s2"},
                                     .client_security_groups = {"sg-app"},
                                     .engine = engine,
                                     .alarm_topic_arn = topic.arn()});
    const Value doc = t.to_value();
    const int port = engine == p::DatabaseEngine::Postgres ? 5432 : 3306;
    CHECK(db.port == port);
    const Value& instance = props(doc, "DbInstance");
    CHECK(at(instance, {"Engine"}) == Value(engine == p::DatabaseEngine::Postgres ? "postgres" : "mysql"));
    CHECK(at(instance, {"MultiAZ"}) == Value(true));
    CHECK(at(instance, {"StorageEncrypted"}) == Value(true));
    CHECK(at(instance, {"ManageMasterUserPassword"}) == Value(true));
    CHECK(instance.find("MasterUserPassword") == nullptr);
    CHECK(at(instance, {"PubliclyAccessible"}) == Value(false));
    CHECK(at(instance, {"DBSubnetGroupName"}) == Value(cfn::ref("DbSubnetGroup")));
    CHECK(at(resource(doc, "DbInstance"), {"DeletionPolicy"}) == Value("Snapshot"));
    CHECK(at(resource(doc, "DbInstance"), {"UpdateReplacePolicy"}) == Value("Snapshot"));
    const Value& ingress = at(props(doc, "DbSecurityGroup"), {"SecurityGroupIngress"});
    REQUIRE(ingress.as_list().size() == 1);
    CHECK(at(ingress, {"0", "SourceSecurityGroupId"}) == Value("sg-app"));
    CHECK(at(ingress, {"0", "FromPort"}) == Value(port));
    CHECK(at(ingress, {"0", "ToPort"}) == Value(port));
    CHECK(Value(db.secret_arn()) == Value(cfn::get_att("DbInstance", "MasterUserSecret.SecretArn")));
    const auto statement = db.read_secret_statement().to_value();
    CHECK(at(statement, {"Action"}) == Value("secretsmanager:GetSecretValue"));
    CHECK(at(statement, {"Resource"}) == Value(cfn::get_att("DbInstance", "MasterUserSecret.SecretArn")));
    for (const char* alarm : {"DbCpuAlarm", "DbFreeStorageAlarm", "DbConnectionsAlarm"})
      CHECK(at(props(doc, alarm), {"AlarmActions", "0"}) == Value(cfn::ref("OpsTopic")));
    CHECK(cfn::test::lint_findings(doc, "database") == 0);
  }
  cfn::Template t;
  CHECK_THROWS_WITH(p::add_database(t, Scope(), {.vpc_id = "v", .subnets = {"s1"}, .client_security_groups = {"c"}}),
                    "database: a DB subnet group needs subnets in at least two zones, not 1");
  CHECK_THROWS_WITH(p::add_database(t, Scope(), {.vpc_id = "v", .subnets = {"s1", "s2"}}),
                    "database: no client security group: nothing could reach the database");
  CHECK_THROWS_WITH(
      p::add_database(
          t, Scope(),
          {.vpc_id = "v", .subnets = {"s1", "s2"}, .client_security_groups = {"c"}, .backup_retention_days = 0}),
      "database: a backup retention of 0 days is outside 1 to 35");
}
