// The Autoheal stack: the original's logical ids, and how each healing gap is
// closed, checked on the generated document.
#include "cfn/patterns/autoheal.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>

#include "cfn/build.hpp"
#include "cfn/intrinsics.hpp"
#include "support.hpp"

using cfn::Value;
using cfn::test::at;
using cfn::test::props;
using cfn::test::resource;

namespace {

Value autoheal_stack(const cfn::patterns::AutohealOptions& options = {}) {
  return cfn::patterns::autoheal(options).to_value();
}

// Calls f on every node of v.
void walk(const Value& v, const std::function<void(const Value&)>& f) {
  f(v);
  if (v.is_list())
    for (const Value& i : v.as_list()) walk(i, f);
  if (v.is_map())
    for (const cfn::Member& m : v.as_map()) walk(m.value, f);
  if (v.is_fn()) walk(v.as_fn().argument(), f);
}

// The statements of a role's first inline policy.
const cfn::List& statements(const Value& doc, std::string_view role) {
  return at(props(doc, role), {"Policies", "0", "PolicyDocument", "Statement"}).as_list();
}

std::vector<std::string> first_policy_actions(const Value& doc, std::string_view role) {
  std::vector<std::string> out;
  for (const Value& s : statements(doc, role)) {
    const Value& a = *s.find("Action");
    if (a.is_string()) out.push_back(a.as_string());
    if (a.is_list())
      for (const Value& x : a.as_list()) out.push_back(x.as_string());
  }
  return out;
}

bool depends_on(const Value& doc, std::string_view id, std::string_view on) {
  const Value* deps = resource(doc, id).find("DependsOn");
  if (deps == nullptr) return false;
  if (deps->is_string()) return deps->as_string() == on;
  const auto& list = deps->as_list();
  return std::find(list.begin(), list.end(), Value(on)) != list.end();
}

}  // namespace

TEST_CASE("autoheal: the original's logical ids, and the resources that close its gaps", "[patterns][autoheal]") {
  const Value doc = autoheal_stack();
  const std::vector<std::pair<std::string, std::string>> expected{
      {"myVPC", "AWS::EC2::VPC"},
      {"myInternetGateway", "AWS::EC2::InternetGateway"},
      {"AttachGateway", "AWS::EC2::VPCGatewayAttachment"},
      {"PublicRouteTable", "AWS::EC2::RouteTable"},
      {"PublicSubnetRoute", "AWS::EC2::Route"},
      {"PublicSubnetA", "AWS::EC2::Subnet"},
      {"PublicSubnetARouteTableAssociation", "AWS::EC2::SubnetRouteTableAssociation"},
      {"AlarmTopic", "AWS::SNS::Topic"},
      {"AlarmEmailSubscription", "AWS::SNS::Subscription"},
      {"AutohealSecurityGroup", "AWS::EC2::SecurityGroup"},
      {"AutoHealEIP", "AWS::EC2::EIP"},
      {"AutohealVolume", "AWS::EC2::Volume"},
      {"AutohealInstanceRole", "AWS::IAM::Role"},
      {"AutohealInstanceProfile", "AWS::IAM::InstanceProfile"},
      {"AutohealLaunchTemplate", "AWS::EC2::LaunchTemplate"},
      {"AutohealGroup", "AWS::AutoScaling::AutoScalingGroup"},
      {"AutohealInServiceAlarm", "AWS::CloudWatch::Alarm"},
      {"AutohealLaunchFailedRule", "AWS::Events::Rule"},
      {"DeviceAttachmentHook", "AWS::AutoScaling::LifecycleHook"},
      {"DeviceAttachmentLogGroup", "AWS::Logs::LogGroup"},
      {"DeviceAttachmentRole", "AWS::IAM::Role"},
      {"DeviceAttachment", "AWS::Lambda::Function"},
      {"DeviceAttachmentInvokeConfig", "AWS::Lambda::EventInvokeConfig"},
      {"DeviceAttachmentErrorsAlarm", "AWS::CloudWatch::Alarm"},
      {"EventRule", "AWS::Events::Rule"},
      {"PermissionForEventsToInvokeLambda", "AWS::Lambda::Permission"},
      {"AlarmTopicPolicy", "AWS::SNS::TopicPolicy"},
      {"AutohealScaleupLogGroup", "AWS::Logs::LogGroup"},
      {"AutohealScaleupRole", "AWS::IAM::Role"},
      {"AutohealScaleup", "AWS::Lambda::Function"},
      {"AutohealScaleupErrorsAlarm", "AWS::CloudWatch::Alarm"},
      {"ScaleupAutohealAction", "Custom::ScaleupAutoheal"},
  };
  CHECK(cfn::test::resource_types(doc) == expected);
  std::vector<std::string> outputs;
  for (const cfn::Member& o : doc.find("Outputs")->as_map()) outputs.push_back(o.key);
  CHECK(outputs == std::vector<std::string>{"ElasticIP", "ElasticIPAllocationId", "VolumeId", "AutoScalingGroupName",
                                            "AlarmTopicArn"});
}

TEST_CASE("autoheal: cfnpp lint finds nothing, and the template fits the inline limit", "[patterns][autoheal]") {
  CHECK(cfn::test::lint_findings(autoheal_stack(), "Autoheal.yaml") == 0);
  CHECK(cfn::to_yaml(cfn::patterns::autoheal()).size() < 51200);
}

TEST_CASE("autoheal: every ARN uses the stack's partition, region and account", "[patterns][autoheal]") {
  walk(autoheal_stack(), [](const Value& v) {
    if (v.is_string()) CHECK(v.as_string().find("arn:aws:") == std::string::npos);
  });
}

TEST_CASE("autoheal: the launch waits for the instance itself, which completes it once /data is mounted (gap 4)",
          "[patterns][autoheal]") {
  const Value doc = autoheal_stack();
  const Value& hook = props(doc, "DeviceAttachmentHook");
  CHECK(at(hook, {"LifecycleHookName"}) == Value(cfn::patterns::kAutohealHookName));
  CHECK(at(hook, {"DefaultResult"}) == Value("ABANDON"));
  // Longer than the function's budget and the instance's two waits at their longest.
  const auto heartbeat = at(hook, {"HeartbeatTimeout"}).as_int();
  CHECK(heartbeat > at(props(doc, "DeviceAttachment"), {"Timeout"}).as_int());
  CHECK(heartbeat > 2 * at(doc, {"Parameters", "DataVolumeWaitSeconds", "MaxValue"}).as_int());
  const Value& vars = cfn::test::user_data_variables(doc, "AutohealLaunchTemplate");
  CHECK(at(vars, {"HookName"}) == Value(cfn::patterns::kAutohealHookName));
  CHECK(at(vars, {"GroupLogicalId"}) == Value("AutohealGroup"));
  CHECK(at(vars, {"VolumeId"}) == Value(cfn::ref("AutohealVolume")));
  CHECK(at(vars, {"Address"}) == Value(cfn::ref("AutoHealEIP")));
  CHECK(at(vars, {"WaitSeconds"}) == Value(cfn::ref("DataVolumeWaitSeconds")));
  // The instance may complete a launch of its own group only, and nothing else but Session Manager.
  CHECK(first_policy_actions(doc, "AutohealInstanceRole") ==
        std::vector<std::string>{"autoscaling:CompleteLifecycleAction", "autoscaling:DescribeAutoScalingInstances",
                                 "cloudformation:SignalResource"});
  CHECK(at(statements(doc, "AutohealInstanceRole")[0],
           {"Condition", "StringEquals", "autoscaling:ResourceTag/aws:cloudformation:logical-id"}) ==
        Value("AutohealGroup"));
  CHECK(at(props(doc, "AutohealInstanceRole"), {"ManagedPolicyArns"}) ==
        Value(cfn::List{cfn::sub("arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore")}));
}

TEST_CASE("autoheal: DeviceAttachment runs one at a time, reports failures, and acts only on this group (gaps 2 3 10)",
          "[patterns][autoheal]") {
  const Value doc = autoheal_stack();
  const Value& fn = props(doc, "DeviceAttachment");
  CHECK(at(fn, {"ReservedConcurrentExecutions"}) == Value(1));
  CHECK(at(fn, {"Environment", "Variables", "TOPIC_ARN"}) == Value(cfn::ref("AlarmTopic")));
  CHECK(at(fn, {"Environment", "Variables", "HOOK_NAME"}) == Value(cfn::patterns::kAutohealHookName));
  CHECK(at(props(doc, "DeviceAttachmentInvokeConfig"), {"DestinationConfig", "OnFailure", "Destination"}) ==
        Value(cfn::ref("AlarmTopic")));
  CHECK(at(props(doc, "DeviceAttachmentErrorsAlarm"), {"AlarmActions"}) == Value(cfn::List{cfn::ref("AlarmTopic")}));
  CHECK(at(props(doc, "AutohealScaleupErrorsAlarm"), {"AlarmActions"}) == Value(cfn::List{cfn::ref("AlarmTopic")}));
  CHECK(at(props(doc, "AutohealInServiceAlarm"), {"AlarmActions"}) == Value(cfn::List{cfn::ref("AlarmTopic")}));
  CHECK(at(props(doc, "AutohealLaunchFailedRule"), {"Targets", "0", "Arn"}) == Value(cfn::ref("AlarmTopic")));
  CHECK(at(props(doc, "AlarmTopicPolicy"),
           {"PolicyDocument", "Statement", "0", "Condition", "ArnEquals", "aws:SourceArn"}) ==
        Value(cfn::List{cfn::get_att("AutohealLaunchFailedRule", "Arn")}));
  const auto a = first_policy_actions(doc, "DeviceAttachmentRole");
  CHECK(a == std::vector<std::string>{
                 "ec2:DescribeInstances", "ec2:DescribeVolumes", "ec2:DescribeAddresses", "ec2:AttachVolume",
                 "ec2:AttachVolume", "ec2:AssociateAddress", "ec2:AssociateAddress", "ec2:AssociateAddress",
                 "autoscaling:CompleteLifecycleAction", "sns:Publish", "logs:CreateLogStream", "logs:PutLogEvents"});
  // instance/* and network-interface/* only with this group's tags.
  for (const Value& s : statements(doc, "DeviceAttachmentRole")) {
    const Value& r = *s.find("Resource");
    if (!r.is_fn(cfn::FnKind::Sub)) continue;
    const std::string& text = r.as_fn().argument().as_string();
    if (text.ends_with(":instance/*") || text.ends_with(":network-interface/*")) {
      INFO(text);
      CHECK(s.find("Condition") != nullptr);
    }
  }
  // The key's grant only when a key is given (gap 12).
  const Value& key_policy = at(props(doc, "DeviceAttachmentRole"), {"Policies", "1"});
  REQUIRE(key_policy.is_fn(cfn::FnKind::If));
  CHECK(key_policy.as_fn().argument().as_list()[0] == Value("HasKmsKeyArn"));
  const auto& rule = props(doc, "EventRule");
  CHECK(at(rule, {"EventPattern", "detail-type"}) == Value(cfn::List{"EC2 Instance-launch Lifecycle Action"}));
  CHECK(at(rule, {"EventPattern", "detail", "AutoScalingGroupName"}) == Value(cfn::List{cfn::ref("AutohealGroup")}));
  CHECK(at(props(doc, "PermissionForEventsToInvokeLambda"), {"SourceArn"}) == Value(cfn::get_att("EventRule", "Arn")));
}

TEST_CASE("autoheal: the group terminates first, updates roll the instance and never resize it (gaps 5 6)",
          "[patterns][autoheal]") {
  const Value doc = autoheal_stack();
  const Value& group = props(doc, "AutohealGroup");
  CHECK(at(group, {"MinSize"}) == Value("0"));
  CHECK(at(group, {"MaxSize"}) == Value("1"));
  CHECK(group.find("DesiredCapacity") == nullptr);
  CHECK(at(group, {"VPCZoneIdentifier"}) == Value(cfn::List{cfn::ref("PublicSubnetA")}));
  CHECK(at(props(doc, "AutohealVolume"), {"AvailabilityZone"}) == Value(cfn::ref("AvailabilityZone")));
  CHECK(at(props(doc, "PublicSubnetA"), {"AvailabilityZone"}) == Value(cfn::ref("AvailabilityZone")));
  CHECK(at(group, {"InstanceMaintenancePolicy"}) ==
        Value(cfn::Map{{"MinHealthyPercentage", 0}, {"MaxHealthyPercentage", 100}}));
  const Value& update = at(resource(doc, "AutohealGroup"), {"UpdatePolicy"});
  CHECK(at(update, {"AutoScalingScheduledAction", "IgnoreUnmodifiedGroupSizeProperties"}) == Value(true));
  CHECK(at(update, {"AutoScalingRollingUpdate", "MaxBatchSize"}) == Value(1));
  CHECK(at(update, {"AutoScalingRollingUpdate", "MinInstancesInService"}) == Value(0));
  CHECK(at(update, {"AutoScalingRollingUpdate", "WaitOnResourceSignals"}) == Value(true));
  CHECK(resource(doc, "AutohealGroup").find("CreationPolicy") == nullptr);  // created empty
}

TEST_CASE("autoheal: the scale-up answers once an instance is healed, within its budget (gap 11)",
          "[patterns][autoheal]") {
  const Value doc = autoheal_stack();
  const Value& action = props(doc, "ScaleupAutohealAction");
  CHECK(at(action, {"GroupName"}) == Value(cfn::ref("AutohealGroup")));
  CHECK(at(action, {"DesiredCapacity"}) == Value(1));
  CHECK(at(action, {"VolumeId"}) == Value(cfn::ref("AutohealVolume")));
  CHECK(at(action, {"AllocationId"}) == Value(cfn::get_att("AutoHealEIP", "AllocationId")));
  const auto service_timeout = at(action, {"ServiceTimeout"}).as_int();
  CHECK(service_timeout > at(props(doc, "AutohealScaleup"), {"Timeout"}).as_int());
  CHECK(service_timeout <= 3600);
  for (const char* id : {"PermissionForEventsToInvokeLambda", "DeviceAttachment", "EventRule", "DeviceAttachmentHook",
                         "AutohealVolume", "AutoHealEIP", "PublicSubnetRoute", "AlarmTopicPolicy"})
    CHECK(depends_on(doc, "ScaleupAutohealAction", id));
  CHECK(first_policy_actions(doc, "AutohealScaleupRole") ==
        std::vector<std::string>{"autoscaling:DescribeAutoScalingGroups", "ec2:DescribeVolumes",
                                 "ec2:DescribeAddresses", "autoscaling:SetDesiredCapacity", "logs:CreateLogStream",
                                 "logs:PutLogEvents"});
}

TEST_CASE(
    "autoheal: Session Manager by default and SSH only from a range with IMDSv2 and a public address at launch (gap 8)",
    "[patterns][autoheal]") {
  const Value doc = autoheal_stack();
  CHECK(at(doc, {"Parameters", "SshCidr", "Default"}) == Value(""));
  const Value& ingress = at(props(doc, "AutohealSecurityGroup"), {"SecurityGroupIngress"});
  REQUIRE(ingress.is_fn(cfn::FnKind::If));
  CHECK(ingress.as_fn().argument().as_list()[0] == Value("HasSshCidr"));
  const Value& data = at(props(doc, "AutohealLaunchTemplate"), {"LaunchTemplateData"});
  CHECK(at(data, {"MetadataOptions", "HttpTokens"}) == Value("required"));
  CHECK(at(data, {"IamInstanceProfile", "Arn"}) == Value(cfn::get_att("AutohealInstanceProfile", "Arn")));
  CHECK(at(data, {"NetworkInterfaces", "0", "AssociatePublicIpAddress"}) == Value(true));
  CHECK(at(data, {"ImageId"}) == Value(cfn::ref("LatestAmiId")));
  CHECK(at(data, {"BlockDeviceMappings", "0", "Ebs", "KmsKeyId"}) ==
        Value(cfn::if_("HasKmsKeyArn", cfn::ref("KmsKeyArn"), cfn::pseudo::no_value())));
  const Value& volume = resource(doc, "AutohealVolume");
  CHECK(at(volume, {"Properties", "Encrypted"}) == Value(true));
  CHECK(at(volume, {"DeletionPolicy"}) == Value("Snapshot"));
  CHECK(at(volume, {"Properties", "KmsKeyId"}) ==
        Value(cfn::if_("HasKmsKeyArn", cfn::ref("KmsKeyArn"), cfn::pseudo::no_value())));
}

TEST_CASE("autoheal: options become parameter defaults and bad ones are refused", "[patterns][autoheal]") {
  const Value doc = autoheal_stack({.instance_type = "m7i.large",
                                    .volume_size = 100,
                                    .ssh_cidr = "203.0.113.0/24",
                                    .availability_zone = "eu-west-1b",
                                    .volume_wait_seconds = 900});
  const Value& params = *doc.find("Parameters");
  CHECK(at(params, {"InstanceType", "Default"}) == Value("m7i.large"));
  CHECK(at(params, {"VolumeSize", "Default"}) == Value(100));
  CHECK(at(params, {"SshCidr", "Default"}) == Value("203.0.113.0/24"));
  CHECK(at(params, {"AvailabilityZone", "Default"}) == Value("eu-west-1b"));
  CHECK(at(params, {"DataVolumeWaitSeconds", "Default"}) == Value(900));
  CHECK(autoheal_stack().find("Parameters")->find("AvailabilityZone")->find("Default") == nullptr);

  CHECK_THROWS_WITH(autoheal_stack({.volume_size = 0}), "volume size: 0 GiB is outside 1 to 16384");
  CHECK_THROWS_WITH(autoheal_stack({.vpc_cidr = "10.0.0.0"}),
                    "VPC CIDR: '10.0.0.0' is not an IPv4 range from /16 to /28 such as 10.0.0.0/16");
  CHECK_THROWS_WITH(autoheal_stack({.ssh_cidr = "everywhere"}),
                    "SSH CIDR: 'everywhere' is not an IPv4 CIDR block such as 203.0.113.0/24");
  CHECK_THROWS_WITH(autoheal_stack({.volume_wait_seconds = 30}), "volume wait: 30 s is outside 60 to 1500");
  CHECK_THROWS_WITH(autoheal_stack({.instance_type = "huge"}),
                    "instance type: 'huge' is not an instance type such as t3.micro");
}

TEST_CASE("autoheal: ranges EC2 would refuse are refused: bytes over 255, host bits, a subnet outside the VPC",
          "[patterns][autoheal]") {
  CHECK_THROWS_WITH(autoheal_stack({.vpc_cidr = "999.999.999.999/32"}),
                    "VPC CIDR: '999.999.999.999/32' is not an IPv4 range from /16 to /28 such as 10.0.0.0/16");
  CHECK_THROWS_WITH(autoheal_stack({.vpc_cidr = "10.0.0.0/8"}), Catch::Contains("from /16 to /28"));
  CHECK_THROWS_WITH(autoheal_stack({.vpc_cidr = "10.0.0.1/16"}),
                    "VPC CIDR: '10.0.0.1/16' has host bits set (the range starts lower)");
  CHECK_THROWS_WITH(autoheal_stack({.subnet_cidr = "192.168.1.0/24"}),
                    "subnet CIDR: '192.168.1.0/24' is not inside the VPC's 10.0.0.0/16");
  CHECK_THROWS_WITH(autoheal_stack({.vpc_cidr = "10.0.0.0/24", .subnet_cidr = "10.0.0.0/16"}),
                    "subnet CIDR: '10.0.0.0/16' is not inside the VPC's 10.0.0.0/24");
  CHECK_THROWS_WITH(autoheal_stack({.ssh_cidr = "203.0.113.0/33"}), Catch::Contains("SSH CIDR: '203.0.113.0/33'"));
  CHECK_THROWS_WITH(autoheal_stack({.ssh_cidr = "0203.0.113.0/24"}), Catch::Contains("SSH CIDR"));
  CHECK_THROWS_WITH(autoheal_stack({.availability_zone = "eu-west-1"}),
                    Catch::Contains("availability zone: 'eu-west-1'"));
  CHECK_THROWS_WITH(autoheal_stack({.availability_zone = "euwest-1a"}), Catch::Contains("availability zone"));
  const Value ok = autoheal_stack({.vpc_cidr = "172.16.0.0/20",
                                   .subnet_cidr = "172.16.15.0/28",
                                   .ssh_cidr = "198.51.100.7/32",
                                   .availability_zone = "us-gov-west-1b"});
  CHECK(at(*ok.find("Parameters"), {"AvailabilityZone", "Default"}) == Value("us-gov-west-1b"));
}

TEST_CASE("autoheal: options of 120,000 characters are refused, not a stack overflow (issue 11 row 1)",
          "[patterns][autoheal]") {
  const std::string long_text(120'000, 'a');
  CHECK_THROWS_WITH(autoheal_stack({.instance_type = long_text}), Catch::Contains("is not an instance type"));
  CHECK_THROWS_WITH(autoheal_stack({.instance_type = long_text + "." + long_text + "."}),
                    Catch::Contains("is not an instance type"));
  CHECK_THROWS_WITH(autoheal_stack({.availability_zone = "eu-" + long_text + "-1a" + long_text}),
                    Catch::Contains("availability zone"));
  CHECK_THROWS_WITH(autoheal_stack({.vpc_cidr = std::string(120'000, '1')}), Catch::Contains("VPC CIDR"));
  CHECK_THROWS_WITH(autoheal_stack({.ssh_cidr = "1." + long_text}), Catch::Contains("SSH CIDR"));
}
