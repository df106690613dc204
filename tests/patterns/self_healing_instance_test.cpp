// The self-healing instance (seeds 000/001): what the stack holds, how the
// instance may act, and two of them sharing one network in one template.
#include "cfn/patterns/self_healing_instance.hpp"

#include <catch2/catch.hpp>
#include <map>
#include <tuple>

#include "cfn/build.hpp"
#include "cfn/emit.hpp"
#include "cfn/intrinsics.hpp"
#include "cfn/patterns/alarm_topic.hpp"
#include "cfn/patterns/launch_template.hpp"
#include "cfn/patterns/network.hpp"
#include "support.hpp"

using cfn::Value;
using cfn::test::at;
using cfn::test::ids;
using cfn::test::props;
using cfn::test::resource;
namespace p = cfn::patterns;

namespace {

Value stack(const p::SelfHealingInstanceStackOptions& o = {}) { return p::self_healing_instance_stack(o).to_value(); }

// The actions of a role's inline policies, in order.
std::vector<std::string> actions(const Value& doc, std::string_view role) {
  std::vector<std::string> out;
  for (const Value& policy : at(props(doc, role), {"Policies"}).as_list()) {
    const Value& document = policy.is_fn() ? policy.as_fn().argument().as_list()[1] : policy;
    for (const Value& s : at(document, {"PolicyDocument", "Statement"}).as_list()) {
      const Value& a = *s.find("Action");
      if (a.is_string()) out.push_back(a.as_string());
      if (a.is_list())
        for (const Value& x : a.as_list()) out.push_back(x.as_string());
    }
  }
  return out;
}

// A rule's assertion, evaluated as CloudFormation documents Fn::And, Fn::Or,
// Fn::Not and Fn::Equals, with the parameters' values given.
bool holds(const Value& v, const std::map<std::string, std::string>& parameters) {
  const auto args = [&]() -> const std::vector<Value>& { return v.as_fn().argument().as_list(); };
  const auto text = [&](const Value& x) {
    return x.is_fn(cfn::FnKind::Ref) ? parameters.at(x.as_fn().argument().as_string()) : x.as_string();
  };
  if (v.is_fn(cfn::FnKind::And))
    return std::all_of(args().begin(), args().end(), [&](const Value& x) { return holds(x, parameters); });
  if (v.is_fn(cfn::FnKind::Or))
    return std::any_of(args().begin(), args().end(), [&](const Value& x) { return holds(x, parameters); });
  if (v.is_fn(cfn::FnKind::Not)) return !holds(args()[0], parameters);
  if (v.is_fn(cfn::FnKind::Equals)) return text(args()[0]) == text(args()[1]);
  FAIL("not a rule function: " << cfn::to_json(v, cfn::JsonLayout::Compact));
  return false;
}

}  // namespace

TEST_CASE("self-healing instance: the stack and its parts", "[patterns][self_healing_instance]") {
  const Value doc = stack();
  CHECK(ids(doc) == std::vector<std::string>{"AlarmTopic", "AlarmEmailSubscription", "Address", "SecurityGroup",
                                             "LogGroup", "InstanceRole", "InstanceProfile", "LaunchTemplate", "Group",
                                             "ScheduleStop", "ScheduleStart", "InServiceAlarm", "LaunchFailedRule",
                                             "Record", "AlarmTopicPolicy"});
  CHECK(cfn::test::lint_findings(doc, "SelfHealingInstance.yaml") == 0);
  CHECK(cfn::to_yaml(p::self_healing_instance_stack()).size() < 51200);
  std::vector<std::string> outputs;
  for (const cfn::Member& o : doc.find("Outputs")->as_map()) outputs.push_back(o.key);
  CHECK(outputs == std::vector<std::string>{"Address", "AllocationId", "GroupName", "RecordName", "AlarmTopicArn"});
  CHECK(at(doc, {"Outputs", "RecordName", "Condition"}) == Value("HasDnsRecord"));
}

TEST_CASE("self-healing instance: the instance waits in its launch hook until it completes it",
          "[patterns][self_healing_instance]") {
  const Value doc = stack();
  const Value& group = props(doc, "Group");
  CHECK(at(group, {"LifecycleHookSpecificationList", "0"}) ==
        Value(cfn::Map{{"LifecycleHookName", p::kSelfHealingHookName},
                       {"LifecycleTransition", "autoscaling:EC2_INSTANCE_LAUNCHING"},
                       {"HeartbeatTimeout", 900},
                       {"DefaultResult", "ABANDON"}}));
  CHECK(at(group, {"VPCZoneIdentifier"}) == Value(cfn::ref("Subnets")));
  // Two steps of 300 s (associating the address, seeing it) and 300 s for the boot.
  CHECK(at(resource(doc, "Group"), {"CreationPolicy", "ResourceSignal"}) ==
        Value(cfn::Map{{"Count", 1}, {"Timeout", "PT900S"}}));
  // With a data volume, two more (attaching it, seeing its device).
  const Value with_volume = stack({.data_volume = true});
  CHECK(at(props(with_volume, "Group"), {"LifecycleHookSpecificationList", "0", "HeartbeatTimeout"}) == Value(1500));
  CHECK(at(resource(with_volume, "Group"), {"UpdatePolicy", "AutoScalingRollingUpdate", "PauseTime"}) ==
        Value("PT1500S"));
  CHECK(at(resource(doc, "Group"), {"UpdatePolicy", "AutoScalingRollingUpdate", "WaitOnResourceSignals"}) ==
        Value(true));
  const Value& map = cfn::test::user_data_variables(doc, "LaunchTemplate");
  CHECK(at(map, {"HookName"}) == Value(p::kSelfHealingHookName));
  CHECK(at(map, {"GroupLogicalId"}) == Value("Group"));
  CHECK(at(map, {"AllocationId"}) == Value(cfn::get_att("Address", "AllocationId")));
  CHECK(at(map, {"VolumeId"}) == Value(""));
  CHECK(at(props(doc, "LaunchTemplate"),
           {"LaunchTemplateData", "NetworkInterfaces", "0", "AssociatePublicIpAddress"}) == Value(true));
}

TEST_CASE("self-healing instance: the role may act only on this address, group, path and log group",
          "[patterns][self_healing_instance]") {
  const Value doc = stack();
  CHECK(actions(doc, "InstanceRole") ==
        std::vector<std::string>{"ec2:AssociateAddress", "ec2:AssociateAddress", "ec2:AssociateAddress",
                                 "autoscaling:CompleteLifecycleAction", "autoscaling:DescribeAutoScalingInstances",
                                 "cloudformation:SignalResource", "ssm:GetParametersByPath", "ssm:GetParameter",
                                 "ssm:GetParameters", "logs:CreateLogStream", "logs:PutLogEvents",
                                 "logs:DescribeLogStreams"});
  CHECK(at(props(doc, "InstanceRole"), {"ManagedPolicyArns"}) ==
        Value(cfn::List{cfn::sub("arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore")}));
  // SSH only from a range, when one is given.
  const Value& ingress = at(props(doc, "SecurityGroup"), {"SecurityGroupIngress"});
  REQUIRE(ingress.is_fn(cfn::FnKind::If));
  CHECK(ingress.as_fn().argument().as_list()[0] == Value("HasSshCidr"));
  CHECK(at(ingress.as_fn().argument().as_list()[1], {"0", "CidrIp"}) == Value(cfn::ref("SshCidr")));
}

TEST_CASE("self-healing instance: with a data volume it attaches only that volume, in the subnets' zone",
          "[patterns][self_healing_instance]") {
  const Value doc = stack({.data_volume = true});
  CHECK(cfn::test::lint_findings(doc, "SelfHealingInstance --data-volume") == 0);
  CHECK(cfn::to_yaml(p::self_healing_instance_stack({.data_volume = true})).size() < 51200);
  CHECK(at(props(doc, "DataVolume"), {"AvailabilityZone"}) == Value(cfn::ref("DataVolumeZone")));
  CHECK(at(props(doc, "DataVolume"), {"KmsKeyId"}) ==
        Value(cfn::if_("HasKmsKeyArn", cfn::ref("KmsKeyArn"), cfn::pseudo::no_value())));
  CHECK(at(resource(doc, "DataVolume"), {"DeletionPolicy"}) == Value("Snapshot"));
  CHECK(at(doc, {"Rules", "SubnetsInVolumeZone", "Assertions", "0", "Assert", "Fn::EachMemberEquals", "1"}) ==
        Value(cfn::ref("DataVolumeZone")));
  const auto a = actions(doc, "InstanceRole");
  CHECK(std::count(a.begin(), a.end(), "ec2:AttachVolume") == 2);
  CHECK(std::count(a.begin(), a.end(), "kms:CreateGrant") == 1);
  const Value& key_policy = at(props(doc, "InstanceRole"), {"Policies", "1"});
  REQUIRE(key_policy.is_fn(cfn::FnKind::If));
  CHECK(key_policy.as_fn().argument().as_list()[0] == Value("HasKmsKeyArn"));
  CHECK(at(cfn::test::user_data_variables(doc, "LaunchTemplate"), {"VolumeId"}) == Value(cfn::ref("DataVolume")));
  CHECK(at(doc, {"Outputs", "VolumeId", "Value"}) == Value(cfn::ref("DataVolume")));
}

TEST_CASE("self-healing instance: a DNS record or a schedule needs both of its parameters",
          "[patterns][self_healing_instance]") {
  const Value doc = stack();
  for (const auto& [rule, a, b] : {std::tuple{"DnsRecordComplete", "HostedZoneId", "RecordName"},
                                   std::tuple{"ScheduleComplete", "StopSchedule", "StartSchedule"}}) {
    INFO(rule);
    const Value& assertion = at(doc, {"Rules", rule, "Assertions", "0", "Assert"});
    CHECK(holds(assertion, {{a, ""}, {b, ""}}));
    CHECK(holds(assertion, {{a, "x"}, {b, "y"}}));
    CHECK_FALSE(holds(assertion, {{a, "x"}, {b, ""}}));
    CHECK_FALSE(holds(assertion, {{a, ""}, {b, "y"}}));
    CHECK(at(doc, {"Rules", rule, "Assertions", "0", "AssertDescription"}) ==
          Value(std::string(a) + " and " + b + " are given together, or neither"));
  }
}

TEST_CASE("self-healing instance: bad options are refused", "[patterns][self_healing_instance]") {
  CHECK_THROWS_WITH(stack({.data_volume_size = 0}), "data volume size: 0 GiB is outside 1 to 16384");
  CHECK_THROWS_WITH(stack({.wait_seconds = 10}), "self-healing instance: a wait of 10 s is outside 60 to 1800");
  CHECK_NOTHROW(stack({.wait_seconds = 1800}));
  CHECK_NOTHROW(stack({.data_volume = true, .wait_seconds = 1725}));
  CHECK_THROWS_WITH(stack({.data_volume = true, .wait_seconds = 1726}),
                    "self-healing instance: a wait of 1726 s for each of 4 steps and the boot is more than the 7200 s "
                    "a launch hook waits");
  CHECK_THROWS_WITH(stack({.image_parameter = "ami-123"}), "image parameter: 'ami-123' is not an SSM parameter name");
}

TEST_CASE("two self-healing instances share one VPC in one template", "[patterns][self_healing_instance][compose]") {
  cfn::Template t;
  const auto image = t.add_parameter(
      "ImageId", {.type = "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", .default_value = p::kAmazonLinux2023});
  const auto net = p::add_network(t, p::Scope("Net"));
  const auto alarms = p::add_alarm_topic(t, p::Scope("Ops"));
  std::vector<cfn::Str> rules;
  for (const char* name : {"Web", "Db"}) {
    const std::string n(name);
    p::SelfHealingInstanceOptions o{.vpc_id = net.vpc.ref(),
                                    .subnets = net.public_subnet_ids(),
                                    .image_id = image.ref(),
                                    .config_path = "/" + n,
                                    .log_retention_days = 14,
                                    .alarm_topic_arn = alarms.arn(),
                                    .depends_on = {net.public_default_route}};
    if (n == "Db") {  // its data volume pins it to the first subnet's zone
      o.subnets = {net.public_subnet_ids()[0]};
      o.data_volume = p::DataVolumeOptions{.availability_zone = net.public_subnets[0].subnet.AvailabilityZone()};
    }
    const auto shi = p::add_self_healing_instance(t, p::Scope(n), o);
    rules.emplace_back(shi.group.launch_failed_rule->Arn());
  }
  p::allow_rules_to_publish(t, p::Scope("Ops"), alarms, rules);
  const Value doc = t.to_value();
  CHECK(cfn::test::lint_findings(doc, "two instances") == 0);
  for (const char* id : {"WebAddress", "DbAddress", "WebGroup", "DbGroup", "WebInstanceRole", "DbInstanceRole",
                         "WebLaunchTemplate", "DbLaunchTemplate", "WebLogGroup", "DbLogGroup", "DbDataVolume"})
    CHECK(doc.find("Resources")->find(id) != nullptr);
  CHECK(doc.find("Resources")->find("WebDataVolume") == nullptr);
  // Each instance's role, user data and hook are its own.
  const Value& db_vars = cfn::test::user_data_variables(doc, "DbLaunchTemplate");
  CHECK(at(db_vars, {"GroupLogicalId"}) == Value("DbGroup"));
  CHECK(at(db_vars, {"AllocationId"}) == Value(cfn::get_att("DbAddress", "AllocationId")));
  CHECK(at(db_vars, {"VolumeId"}) == Value(cfn::ref("DbDataVolume")));
  CHECK(at(db_vars, {"LogGroup"}) == Value(cfn::ref("DbLogGroup")));
  CHECK(at(props(doc, "DbDataVolume"), {"AvailabilityZone"}) ==
        Value(cfn::get_att("NetPublicSubnetA", "AvailabilityZone")));
  CHECK(at(props(doc, "DbGroup"), {"VPCZoneIdentifier"}) == Value(cfn::List{cfn::ref("NetPublicSubnetA")}));
  CHECK(at(resource(doc, "WebGroup"), {"DependsOn"}) == Value("NetPublicDefaultRoute"));
  const Value& web_statements = at(props(doc, "WebInstanceRole"), {"Policies", "0", "PolicyDocument", "Statement"});
  CHECK(at(web_statements, {"1", "Condition", "StringEquals", "aws:ResourceTag/aws:cloudformation:logical-id"}) ==
        Value("WebGroup"));
  CHECK(at(web_statements, {"0", "Resource"}) ==
        Value(cfn::sub(
            "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:elastic-ip/${WebAddress.AllocationId}")));
  CHECK(at(props(doc, "OpsTopicPolicy"),
           {"PolicyDocument", "Statement", "0", "Condition", "ArnEquals", "aws:SourceArn"}) ==
        Value(cfn::List{cfn::get_att("WebLaunchFailedRule", "Arn"), cfn::get_att("DbLaunchFailedRule", "Arn")}));
}
