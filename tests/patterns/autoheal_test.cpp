// The Autoheal stack: the properties the issue and the 2026 defects list
// demand, checked on the generated document.
#include "cfn/patterns/autoheal.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>

#include "cfn/emit.hpp"
#include "cfn/lint.hpp"

using cfn::Value;

namespace {

Value stack(const cfn::patterns::AutohealOptions& options = {}) { return cfn::patterns::autoheal(options).to_value(); }

const Value& resource(const Value& doc, std::string_view id) {
  const Value* r = doc.find("Resources")->find(id);
  INFO(id);
  REQUIRE(r != nullptr);
  return *r;
}

const Value& props(const Value& doc, std::string_view id) { return *resource(doc, id).find("Properties"); }

// Calls f on every node of v.
void walk(const Value& v, const std::function<void(const Value&)>& f) {
  f(v);
  if (v.is_list())
    for (const Value& i : v.as_list()) walk(i, f);
  if (v.is_map())
    for (const cfn::Member& m : v.as_map()) walk(m.value, f);
  if (v.is_fn()) walk(v.as_fn().argument(), f);
}

std::vector<const Value*> statements(const Value& doc, std::string_view role) {
  std::vector<const Value*> out;
  for (const Value& policy : props(doc, role).find("Policies")->as_list())
    for (const Value& s : policy.find("PolicyDocument")->find("Statement")->as_list()) out.push_back(&s);
  return out;
}

std::vector<std::string> strings_of(const Value& v) {
  if (v.is_list()) {
    std::vector<std::string> out;
    for (const Value& i : v.as_list()) out.push_back(i.is_string() ? i.as_string() : i.as_fn().argument().as_string());
    return out;
  }
  return {v.is_string() ? v.as_string() : v.as_fn().argument().as_string()};
}

}  // namespace

TEST_CASE("the stack has the original logical ids and the new resources", "[patterns][autoheal]") {
  const Value doc = stack();
  const std::vector<std::pair<std::string, std::string>> expected{
      {"myVPC", "AWS::EC2::VPC"},
      {"PublicSubnetA", "AWS::EC2::Subnet"},
      {"myInternetGateway", "AWS::EC2::InternetGateway"},
      {"AttachGateway", "AWS::EC2::VPCGatewayAttachment"},
      {"PublicRouteTable", "AWS::EC2::RouteTable"},
      {"PublicSubnetRoute", "AWS::EC2::Route"},
      {"PublicSubnetARouteTableAssociation", "AWS::EC2::SubnetRouteTableAssociation"},
      {"AutohealSecurityGroup", "AWS::EC2::SecurityGroup"},
      {"AutoHealEIP", "AWS::EC2::EIP"},
      {"AutohealVolume", "AWS::EC2::Volume"},
      {"AutohealLaunchTemplate", "AWS::EC2::LaunchTemplate"},
      {"AutohealGroup", "AWS::AutoScaling::AutoScalingGroup"},
      {"DeviceAttachmentHook", "AWS::AutoScaling::LifecycleHook"},
      {"DeviceAttachmentLogGroup", "AWS::Logs::LogGroup"},
      {"DeviceAttachmentRole", "AWS::IAM::Role"},
      {"DeviceAttachment", "AWS::Lambda::Function"},
      {"EventRule", "AWS::Events::Rule"},
      {"PermissionForEventsToInvokeLambda", "AWS::Lambda::Permission"},
      {"AutohealScaleupLogGroup", "AWS::Logs::LogGroup"},
      {"AutohealScaleupRole", "AWS::IAM::Role"},
      {"AutohealScaleup", "AWS::Lambda::Function"},
      {"ScaleupAutohealAction", "Custom::ScaleupAutoheal"},
  };
  std::vector<std::pair<std::string, std::string>> actual;
  for (const cfn::Member& r : doc.find("Resources")->as_map())
    actual.emplace_back(r.key, r.value.find("Type")->as_string());
  CHECK(actual == expected);
  std::vector<std::string> outputs;
  for (const cfn::Member& o : doc.find("Outputs")->as_map()) outputs.push_back(o.key);
  CHECK(outputs == std::vector<std::string>{"ElasticIP", "ElasticIPAllocationId", "VolumeId", "AutoScalingGroupName"});
}

TEST_CASE("cfnpp lint finds nothing, not even a warning", "[patterns][autoheal]") {
  for (const bool ssm : {false, true}) {
    const auto findings = cfn::lint(stack({.ssm = ssm}));
    for (const auto& f : findings) UNSCOPED_INFO(cfn::format_finding(f, "Autoheal.yaml"));
    CHECK(findings.empty());
  }
}

TEST_CASE("the template fits the 51,200-byte inline limit", "[patterns][autoheal]") {
  CHECK(cfn::to_yaml(cfn::patterns::autoheal()).size() < 51200);
}

TEST_CASE("every ARN uses the stack's partition, region and account", "[patterns][autoheal]") {
  const Value doc = stack();
  walk(doc, [](const Value& v) {
    if (v.is_string()) CHECK(v.as_string().find("arn:aws:") == std::string::npos);
  });
  for (const char* role : {"DeviceAttachmentRole", "AutohealScaleupRole"}) {
    for (const Value* s : statements(doc, role)) {
      const auto actions = strings_of(*s->find("Action"));
      const auto resources = strings_of(*s->find("Resource"));
      INFO(role << " " << actions.front());
      if (std::find(resources.begin(), resources.end(), "*") != resources.end()) {
        // Only Describe* lacks resource-level permissions.
        for (const std::string& a : actions) CHECK(a.find(":Describe") != std::string::npos);
      } else {
        for (const std::string& r : resources) CHECK(r.starts_with("arn:${AWS::Partition}:"));
      }
    }
  }
}

TEST_CASE("each function has its own least-privilege role", "[patterns][autoheal]") {
  const Value doc = stack();
  CHECK(*props(doc, "DeviceAttachment").find("Role") == Value(cfn::get_att("DeviceAttachmentRole", "Arn")));
  CHECK(*props(doc, "AutohealScaleup").find("Role") == Value(cfn::get_att("AutohealScaleupRole", "Arn")));
  std::vector<std::string> attach_actions;
  for (const Value* s : statements(doc, "DeviceAttachmentRole"))
    for (const auto& a : strings_of(*s->find("Action"))) attach_actions.push_back(a);
  CHECK(attach_actions == std::vector<std::string>{"ec2:DescribeInstances", "ec2:DescribeVolumes", "ec2:AttachVolume",
                                                   "ec2:AssociateAddress", "autoscaling:CompleteLifecycleAction",
                                                   "logs:CreateLogStream", "logs:PutLogEvents"});
  const auto attach = statements(doc, "DeviceAttachmentRole");
  CHECK(strings_of(*attach[1]->find("Resource")) ==
        std::vector<std::string>{"arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:volume/${AutohealVolume}",
                                 "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:instance/*"});
  CHECK(strings_of(*attach[2]->find("Resource")).front() ==
        "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:elastic-ip/${AutoHealEIP.AllocationId}");
  CHECK(strings_of(*attach[3]->find("Resource")) ==
        std::vector<std::string>{"arn:${AWS::Partition}:autoscaling:${AWS::Region}:${AWS::AccountId}:"
                                 "autoScalingGroup:*:autoScalingGroupName/${AutohealGroup}"});
  std::vector<std::string> scaleup_actions;
  for (const Value* s : statements(doc, "AutohealScaleupRole"))
    for (const auto& a : strings_of(*s->find("Action"))) scaleup_actions.push_back(a);
  CHECK(scaleup_actions == std::vector<std::string>{"autoscaling:DescribeAutoScalingGroups",
                                                    "autoscaling:SetDesiredCapacity", "logs:CreateLogStream",
                                                    "logs:PutLogEvents"});
}

TEST_CASE("the group starts empty in the volume's zone and updates never resize it", "[patterns][autoheal]") {
  const Value doc = stack();
  const Value& group = props(doc, "AutohealGroup");
  CHECK(*group.find("MinSize") == Value("0"));
  CHECK(*group.find("MaxSize") == Value("1"));
  CHECK(group.find("DesiredCapacity") == nullptr);
  CHECK(*group.find("VPCZoneIdentifier") == Value(cfn::List{cfn::ref("PublicSubnetA")}));
  CHECK(*props(doc, "PublicSubnetA").find("AvailabilityZone") == Value(cfn::ref("AvailabilityZone")));
  CHECK(*props(doc, "AutohealVolume").find("AvailabilityZone") == Value(cfn::ref("AvailabilityZone")));
  CHECK(*group.find("LaunchTemplate")->find("Version") ==
        Value(cfn::get_att("AutohealLaunchTemplate", "LatestVersionNumber")));
  CHECK(*resource(doc, "AutohealGroup").find("UpdatePolicy") ==
        Value(cfn::Map{{"AutoScalingScheduledAction", cfn::Map{{"IgnoreUnmodifiedGroupSizeProperties", true}}}}));
  const Value& action = props(doc, "ScaleupAutohealAction");
  CHECK(*action.find("GroupName") == Value(cfn::ref("AutohealGroup")));
  CHECK(*action.find("DesiredCapacity") == Value(1));
  CHECK(*action.find("ServiceToken") == Value(cfn::get_att("AutohealScaleup", "Arn")));
  // The answer comes in minutes: after the function's own timeout, well before an hour.
  const auto service_timeout = action.find("ServiceTimeout")->as_int();
  CHECK(service_timeout > props(doc, "AutohealScaleup").find("Timeout")->as_int());
  CHECK(service_timeout <= 900);
  const auto& deps = resource(doc, "ScaleupAutohealAction").find("DependsOn")->as_list();
  for (const char* id : {"PermissionForEventsToInvokeLambda", "DeviceAttachment", "EventRule", "DeviceAttachmentHook",
                         "AutohealVolume", "AutoHealEIP", "PublicSubnetRoute"})
    CHECK(std::find(deps.begin(), deps.end(), Value(id)) != deps.end());
}

TEST_CASE("launches wait in a hook that only this group's events resolve", "[patterns][autoheal]") {
  const Value doc = stack();
  const Value& hook = props(doc, "DeviceAttachmentHook");
  CHECK(*hook.find("LifecycleTransition") == Value("autoscaling:EC2_INSTANCE_LAUNCHING"));
  CHECK(*hook.find("DefaultResult") == Value("ABANDON"));
  CHECK(hook.find("HeartbeatTimeout")->as_int() > props(doc, "DeviceAttachment").find("Timeout")->as_int());
  const Value& pattern = *props(doc, "EventRule").find("EventPattern");
  CHECK(*pattern.find("source") == Value(cfn::List{"aws.autoscaling"}));
  CHECK(*pattern.find("detail-type") == Value(cfn::List{"EC2 Instance-launch Lifecycle Action"}));
  CHECK(*pattern.find("detail") == Value(cfn::Map{{"AutoScalingGroupName", cfn::List{cfn::ref("AutohealGroup")}}}));
  const Value& env = *props(doc, "DeviceAttachment").find("Environment")->find("Variables");
  CHECK(*env.find("VOLUME_ID") == Value(cfn::ref("AutohealVolume")));
  CHECK(*env.find("ALLOCATION_ID") == Value(cfn::get_att("AutoHealEIP", "AllocationId")));
  CHECK(*env.find("GROUP_NAME") == Value(cfn::ref("AutohealGroup")));
  CHECK(*env.find("HOOK_NAME") == Value(cfn::ref("DeviceAttachmentHook")));
  const Value& permission = props(doc, "PermissionForEventsToInvokeLambda");
  CHECK(*permission.find("Principal") == Value("events.amazonaws.com"));
  CHECK(*permission.find("SourceArn") == Value(cfn::get_att("EventRule", "Arn")));
}

TEST_CASE("functions run a current Python with their own log groups", "[patterns][autoheal]") {
  const Value doc = stack();
  for (const auto& [fn, logs] : {std::pair{"DeviceAttachment", "DeviceAttachmentLogGroup"},
                                 std::pair{"AutohealScaleup", "AutohealScaleupLogGroup"}}) {
    const Value& p = props(doc, fn);
    const std::string runtime = p.find("Runtime")->as_string();
    CHECK(runtime.starts_with("python3.1"));
    CHECK(std::stoi(runtime.substr(8)) >= 12);
    CHECK(*p.find("Handler") == Value("index.handler"));
    const std::string& code = p.find("Code")->find("ZipFile")->as_string();
    CHECK(code.find("botocore.vendored") == std::string::npos);
    CHECK(code.find("def handler(event, context)") != std::string::npos);
    CHECK(*p.find("LoggingConfig")->find("LogGroup") == Value(cfn::ref(logs)));
    CHECK(props(doc, logs).find("RetentionInDays")->as_int() > 0);
  }
}

TEST_CASE("the launch template requires IMDSv2 and the data is encrypted and kept", "[patterns][autoheal]") {
  const Value doc = stack();
  const Value& data = *props(doc, "AutohealLaunchTemplate").find("LaunchTemplateData");
  CHECK(*data.find("MetadataOptions")->find("HttpTokens") == Value("required"));
  CHECK(*data.find("ImageId") == Value(cfn::ref("LatestAmiId")));
  CHECK(*doc.find("Parameters")->find("LatestAmiId")->find("Type") ==
        Value("AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>"));
  CHECK(*data.find("BlockDeviceMappings")->as_list()[0].find("Ebs")->find("Encrypted") == Value(true));
  const Value& volume = resource(doc, "AutohealVolume");
  CHECK(*volume.find("Properties")->find("Encrypted") == Value(true));
  CHECK(*volume.find("Properties")->find("VolumeType") == Value("gp3"));
  CHECK(*volume.find("DeletionPolicy") == Value("Snapshot"));
  CHECK(*volume.find("UpdateReplacePolicy") == Value("Snapshot"));
}

TEST_CASE("SSH is closed unless a range is given and --ssm opens none but adds the SSM role", "[patterns][autoheal]") {
  const Value doc = stack();
  CHECK(doc.find("Parameters")->find("SshCidr")->find("Default")->as_string().empty());
  const Value& ingress = *props(doc, "AutohealSecurityGroup").find("SecurityGroupIngress");
  CHECK(ingress.is_fn(cfn::FnKind::If));
  CHECK(ingress.as_fn().argument().as_list()[0] == Value("HasSshCidr"));

  const Value ssm = stack({.ssm = true});
  CHECK(props(ssm, "AutohealSecurityGroup").find("SecurityGroupIngress") == nullptr);
  CHECK(ssm.find("Parameters")->find("SshCidr") == nullptr);
  CHECK(ssm.find("Parameters")->find("KeyName") == nullptr);
  CHECK(*props(ssm, "AutohealInstanceRole").find("ManagedPolicyArns") ==
        Value(cfn::List{cfn::sub("arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore")}));
  CHECK(props(ssm, "AutohealInstanceRole").find("Policies") == nullptr);
  CHECK(*props(ssm, "AutohealLaunchTemplate").find("LaunchTemplateData")->find("IamInstanceProfile") ==
        Value(cfn::Map{{"Arn", cfn::get_att("AutohealInstanceProfile", "Arn")}}));
  CHECK(doc.find("Resources")->find("AutohealInstanceRole") == nullptr);
}

TEST_CASE("options become parameter defaults and bad ones are refused", "[patterns][autoheal]") {
  const Value doc = stack({.instance_type = "m7i.large",
                           .volume_size = 100,
                           .ssh_cidr = "203.0.113.0/24",
                           .availability_zone = "eu-west-1b",
                           .volume_wait_seconds = 900});
  const Value& params = *doc.find("Parameters");
  CHECK(*params.find("InstanceType")->find("Default") == Value("m7i.large"));
  CHECK(*params.find("VolumeSize")->find("Default") == Value(100));
  CHECK(*params.find("SshCidr")->find("Default") == Value("203.0.113.0/24"));
  CHECK(*params.find("AvailabilityZone")->find("Default") == Value("eu-west-1b"));
  CHECK(*params.find("DataVolumeWaitSeconds")->find("Default") == Value(900));
  CHECK(stack().find("Parameters")->find("AvailabilityZone")->find("Default") == nullptr);

  CHECK_THROWS_WITH(stack({.volume_size = 0}), "volume size: 0 GiB is outside 1 to 16384");
  CHECK_THROWS_WITH(stack({.vpc_cidr = "10.0.0.0"}),
                    "VPC CIDR: '10.0.0.0' is not an IPv4 CIDR block such as 10.0.0.0/16");
  CHECK_THROWS_WITH(stack({.ssh_cidr = "everywhere"}),
                    "SSH CIDR: 'everywhere' is not an IPv4 CIDR block such as 10.0.0.0/16");
  CHECK_THROWS_WITH(stack({.volume_wait_seconds = 30}), "volume wait: 30 s is outside 60 to 3600");
  CHECK_THROWS_WITH(stack({.ssh_cidr = "10.0.0.0/8", .ssm = true}),
                    "ssm: the instance is reached through Session Manager; drop the SSH CIDR and key pair");
  CHECK_THROWS_WITH(stack({.instance_type = "huge"}), "instance type: 'huge' is not an instance type such as t3.micro");
}
