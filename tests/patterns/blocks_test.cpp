// The building blocks of include/cfn/patterns/: what each adds, with which
// logical ids and defaults, and that what they build passes cfnpp lint.
#include "cfn/patterns/blocks.hpp"

#include <catch2/catch.hpp>
#include <regex>

#include "blocks_stack/blue_green.hpp"  // examples/: the README's composing example
#include "cfn/aws/ec2.hpp"
#include "cfn/build.hpp"
#include "cfn/intrinsics.hpp"
#include "cfn/sub.hpp"
#include "support.hpp"

using cfn::Value;
using cfn::patterns::Scope;
using cfn::test::at;
using cfn::test::ids;
using cfn::test::props;
using cfn::test::resource;
namespace p = cfn::patterns;

namespace {}  // namespace

TEST_CASE("a scope prefixes parts, renames them, and hands renames to its children", "[patterns][scope]") {
  Scope plain;
  CHECK(plain.id("Vpc") == "Vpc");
  Scope web("Web");
  web.rename("Vpc", "Network").rename("Instance.Role", "Identity").rename("Group", "");
  CHECK(web.id("Vpc") == "WebNetwork");
  CHECK(web.id("Subnet") == "WebSubnet");
  CHECK(web.id("Group") == "Web");
  const Scope instance = web.child("Instance");
  CHECK(instance.prefix() == "WebInstance");
  CHECK(instance.id("Role") == "WebInstanceIdentity");
  CHECK(instance.id("Profile") == "WebInstanceProfile");
  CHECK(instance.child("X").id("Role") == "WebInstanceXRole");

  CHECK_THROWS_WITH(Scope("my-app"), "scope prefix 'my-app' must be ASCII letters and digits (it starts logical ids)");
  CHECK_THROWS_WITH(Scope().rename("Vpc", "my_vpc"),
                    "scope '': the new name 'my_vpc' of part 'Vpc' must be ASCII letters and digits");
  CHECK_THROWS_WITH(Scope().rename("Vpc", "A").rename("Vpc", "B"), "scope '': part 'Vpc' is renamed twice");
  CHECK_NOTHROW(web.check_renames("test", {"Vpc", "Group"}, {"Instance"}));
  CHECK_THROWS_WITH(web.check_renames("test", {"Vpc", "Group"}),
                    "test (scope 'Web'): there is no part 'Instance.Role' to rename to 'Identity'; its parts are "
                    "Vpc, Group");
  CHECK(web.subset({"Vpc"}).id("Group") == "WebGroup");
  CHECK(web.subset({"Vpc"}).id("Vpc") == "WebNetwork");
}

TEST_CASE("a scope names and tags resources after the stack and its prefix", "[patterns][scope]") {
  Scope scope("WebServer");
  scope.tag("Owner", cfn::ref("OwnerParameter"));
  const auto tags = scope.child("Data").tags_for("volume");
  REQUIRE(tags.size() == 2);
  CHECK(tags[0].key.value() == Value("Name"));
  CHECK(tags[0].value.value() == cfn::sub("${AWS::StackName}-web-server-data-volume"));
  CHECK(tags[1].value.value() == Value(cfn::ref("OwnerParameter")));
  CHECK(Value(Scope().name_for("vpc")) == cfn::sub("${AWS::StackName}-vpc"));
  // A tag value holds 256 characters; the stack's name may take 128 of them.
  CHECK_NOTHROW(Scope().name_for(std::string(127, 'x')));
  CHECK_THROWS_WITH(Scope().name_for(std::string(128, 'x')),
                    "scope '': the name '" + std::string(128, 'x') +
                        "' leaves no room for a stack name of 128 characters in a tag value of 256");
}

TEST_CASE("a scope names what AWS limits after the stack's id, which fits and outlives no stack of the same name",
          "[patterns][scope]") {
  const Value stack_uuid = cfn::select(2, cfn::split("/", cfn::pseudo::stack_id()));
  CHECK(Value(Scope("Backup").unique_name("vault", 50)) ==
        Value(cfn::join("-", cfn::List{"backup-vault", stack_uuid})));
  CHECK(Value(Scope().unique_name("window", 128)) == Value(cfn::join("-", cfn::List{"window", stack_uuid})));
  CHECK(Value(Scope("OpsBackup").unique_name("", 50)) == Value(cfn::join("-", cfn::List{"ops-backup", stack_uuid})));
  // '-' and the 36 characters of the UUID leave 13 of 50.
  CHECK_NOTHROW(Scope("Backup").unique_name("vault", 50));
  CHECK_NOTHROW(Scope().unique_name(std::string(13, 'v'), 50));
  CHECK_THROWS_WITH(Scope("NightlyBackup").unique_name("vault", 50),
                    "scope 'NightlyBackup': the name 'nightly-backup-vault' (20 characters) leaves no room for the "
                    "stack's 36-character id within 50: use a shorter prefix");
  CHECK_THROWS_WITH(Scope().unique_name("", 50), "a unique name needs a scope prefix or a label");
}

TEST_CASE("parameters: the volume key takes key ARNs of any partition, multi-Region keys included, or nothing",
          "[patterns][parameters]") {
  cfn::Template t;
  p::add_volume_key_parameter(t);
  const std::regex pattern(at(t.to_value(), {"Parameters", "KmsKeyArn", "AllowedPattern"}).as_string());
  for (const char* arn : {"", "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                          "arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab"})
    CHECK(std::regex_search(arn, pattern));
  for (const char* not_a_key : {"arn:aws:kms:eu-west-1:123456789012:alias/ebs", "1234abcd-12ab-34cd-56ef-1234567890ab",
                                "arn:aws:kms:eu-west-1:123456789012:key/mrk-"})
    CHECK_FALSE(std::regex_search(not_a_key, pattern));
}

TEST_CASE("network: a VPC with a public subnet per zone, carved ranges and the internet route", "[patterns][network]") {
  cfn::Template t;
  const auto net = p::add_network(t, Scope("App"));
  const Value doc = t.to_value();
  CHECK(cfn::test::resource_types(doc) ==
        std::vector<std::pair<std::string, std::string>>{
            {"AppVpc", "AWS::EC2::VPC"},
            {"AppInternetGateway", "AWS::EC2::InternetGateway"},
            {"AppGatewayAttachment", "AWS::EC2::VPCGatewayAttachment"},
            {"AppPublicRouteTable", "AWS::EC2::RouteTable"},
            {"AppPublicDefaultRoute", "AWS::EC2::Route"},
            {"AppPublicSubnetA", "AWS::EC2::Subnet"},
            {"AppPublicSubnetARouteTableAssociation", "AWS::EC2::SubnetRouteTableAssociation"},
            {"AppPublicSubnetB", "AWS::EC2::Subnet"},
            {"AppPublicSubnetBRouteTableAssociation", "AWS::EC2::SubnetRouteTableAssociation"},
        });
  CHECK(at(props(doc, "AppPublicSubnetB"), {"AvailabilityZone"}) == Value(cfn::select(1, cfn::get_azs())));
  CHECK(at(props(doc, "AppPublicSubnetB"), {"CidrBlock"}) ==
        Value(cfn::select(1, cfn::cidr(cfn::get_att("AppVpc", "CidrBlock"), 2, 8))));
  CHECK(at(resource(doc, "AppPublicDefaultRoute"), {"DependsOn"}) == Value("AppGatewayAttachment"));
  CHECK(at(props(doc, "AppPublicDefaultRoute"), {"GatewayId"}) == Value(cfn::ref("AppInternetGateway")));
  CHECK(at(props(doc, "AppVpc"), {"Tags", "0", "Value"}) == cfn::sub("${AWS::StackName}-app-vpc"));
  const auto subnet_ids = net.public_subnet_ids();
  REQUIRE(subnet_ids.size() == 2);
  CHECK(subnet_ids[1].value() == Value(cfn::ref("AppPublicSubnetB")));
  CHECK(net.private_subnet_ids().empty());
  CHECK(cfn::test::lint_findings(doc, "network") == 0);
}

TEST_CASE("network: private subnets reach the internet through one NAT gateway or one per zone",
          "[patterns][network]") {
  for (const auto nat : {p::NatGateways::One, p::NatGateways::PerZone}) {
    cfn::Template t;
    const auto net = p::add_network(t, Scope(), {.zones = 3, .private_subnets = true, .nat = nat});
    const Value doc = t.to_value();
    const std::size_t gateways = nat == p::NatGateways::One ? 1 : 3;
    CHECK(net.nat_gateways.size() == gateways);
    CHECK(net.private_subnets.size() == 3);
    for (const char* zone : {"A", "B", "C"}) {
      const std::string z(zone);
      INFO(z);
      // Public subnets take the first three carved ranges, private ones the next three.
      CHECK(at(props(doc, "PrivateSubnet" + z), {"CidrBlock"}) ==
            Value(cfn::select(3 + (z[0] - 'A'), cfn::cidr(cfn::get_att("Vpc", "CidrBlock"), 6, 8))));
      CHECK(at(props(doc, "PrivateSubnet" + z + "RouteTableAssociation"), {"RouteTableId"}) ==
            Value(cfn::ref("PrivateRouteTable" + z)));
      const std::string expected_gateway = nat == p::NatGateways::One ? "NatGatewayA" : "NatGateway" + z;
      CHECK(at(props(doc, "PrivateDefaultRoute" + z), {"NatGatewayId"}) == Value(cfn::ref(expected_gateway)));
    }
    CHECK(at(props(doc, "NatGatewayA"), {"SubnetId"}) == Value(cfn::ref("PublicSubnetA")));
    CHECK(at(props(doc, "NatGatewayA"), {"AllocationId"}) == Value(cfn::get_att("NatAddressA", "AllocationId")));
    CHECK(at(resource(doc, "NatAddressA"), {"DependsOn"}) == Value("GatewayAttachment"));
    CHECK((doc.find("Resources")->find("NatGatewayB") != nullptr) == (nat == p::NatGateways::PerZone));
    CHECK(cfn::test::lint_findings(doc, "network") == 0);
  }
  cfn::Template isolated;
  p::add_network(isolated, Scope(), {.zones = 1, .private_subnets = true});
  const Value doc = isolated.to_value();
  CHECK(doc.find("Resources")->find("PrivateDefaultRouteA") == nullptr);
  CHECK(doc.find("Resources")->find("PrivateSubnetA") != nullptr);
}

TEST_CASE("network: given zones and ranges are used as they are, and keep established ids", "[patterns][network]") {
  cfn::Template t;
  const auto zone = t.add_parameter("Zone", {.type = "AWS::EC2::AvailabilityZone::Name"});
  Scope kept;
  kept.rename("Vpc", "myVPC").rename("PublicDefaultRoute", "PublicSubnetRoute");
  p::add_network(
      t, kept,
      {.cidr = "10.1.0.0/16", .zones = 1, .availability_zones = {zone.ref()}, .public_subnet_cidrs = {"10.1.5.0/24"}});
  const Value doc = t.to_value();
  CHECK(at(props(doc, "myVPC"), {"CidrBlock"}) == Value("10.1.0.0/16"));
  CHECK(at(props(doc, "PublicSubnetA"), {"AvailabilityZone"}) == Value(cfn::ref("Zone")));
  CHECK(at(props(doc, "PublicSubnetA"), {"CidrBlock"}) == Value("10.1.5.0/24"));
  CHECK(at(props(doc, "PublicSubnetA"), {"VpcId"}) == Value(cfn::ref("myVPC")));
  CHECK(doc.find("Resources")->find("PublicSubnetRoute") != nullptr);
}

TEST_CASE("network: options out of range and misspelt renames are refused", "[patterns][network]") {
  cfn::Template t;
  CHECK_THROWS_WITH(p::add_network(t, Scope(), {.zones = 0}), "network: zones is 0; it must be 1 to 6");
  CHECK_THROWS_WITH(p::add_network(t, Scope(), {.zones = 2, .availability_zones = {"eu-west-1a"}}),
                    "network: availability zones lists 1 entries for 2 zones");
  CHECK_THROWS_WITH(p::add_network(t, Scope(), {.nat = p::NatGateways::One}),
                    "network: NAT gateways serve private subnets; turn private subnets on");
  CHECK_THROWS_WITH(p::add_network(t, Scope(), {.subnet_host_bits = 2}),
                    "network: subnet host bits is 2; a subnet has 4 (a /28) to 28 (a /4) host bits");
  Scope typo;
  typo.rename("VPC", "myVPC");
  CHECK_THROWS_WITH(p::add_network(t, typo, {.zones = 1}),
                    "network (scope ''): there is no part 'VPC' to rename to 'myVPC'; its parts are Vpc, "
                    "InternetGateway, GatewayAttachment, PublicRouteTable, PublicDefaultRoute, PublicSubnetA, "
                    "PublicSubnetARouteTableAssociation");
  CHECK(t.resources().empty());
}

TEST_CASE("launch template: IMDSv2 with hop limit 1, an encrypted gp3 root, tags on everything it launches",
          "[patterns][launch_template]") {
  cfn::Template t;
  Scope scope("Web");
  scope.tag("Team", "platform");
  const auto sg = t.add("Firewall", cfn::aws::ec2::SecurityGroup{}.GroupDescription("web"));
  p::add_launch_template(
      t, scope,
      {.image_id = "ami-0123456789abcdef0", .security_group_ids = {sg.ref()}, .instance_tags = {{"Role", "web"}}});
  const Value doc = t.to_value();
  const Value& data = at(props(doc, "WebLaunchTemplate"), {"LaunchTemplateData"});
  CHECK(at(data, {"MetadataOptions"}) ==
        Value(cfn::Map{{"HttpTokens", "required"}, {"HttpEndpoint", "enabled"}, {"HttpPutResponseHopLimit", 1}}));
  CHECK(at(data, {"BlockDeviceMappings", "0"}) ==
        Value(cfn::Map{{"DeviceName", "/dev/xvda"},
                       {"Ebs", cfn::Map{{"VolumeType", "gp3"}, {"Encrypted", true}, {"DeleteOnTermination", true}}}}));
  CHECK(at(data, {"SecurityGroupIds"}) == Value(cfn::List{cfn::ref("Firewall")}));
  CHECK(data.find("NetworkInterfaces") == nullptr);
  CHECK(data.find("UserData") == nullptr);
  const auto& specs = at(data, {"TagSpecifications"}).as_list();
  REQUIRE(specs.size() == 3);
  CHECK(at(specs[0], {"ResourceType"}) == Value("instance"));
  CHECK(at(specs[1], {"ResourceType"}) == Value("volume"));
  CHECK(at(specs[2], {"ResourceType"}) == Value("network-interface"));
  CHECK(
      at(specs[0], {"Tags"}) ==
      Value(cfn::List{cfn::Map{{"Key", "Name"}, {"Value", cfn::sub("${AWS::StackName}-web-instance")}},
                      cfn::Map{{"Key", "Team"}, {"Value", "platform"}}, cfn::Map{{"Key", "Role"}, {"Value", "web"}}}));
  CHECK(at(specs[1], {"Tags", "0", "Value"}) == cfn::sub("${AWS::StackName}-web-root"));
  CHECK(cfn::test::lint_findings(doc, "launch template") == 0);
}

TEST_CASE("launch template: a public address at launch moves the security groups onto the interface",
          "[patterns][launch_template]") {
  cfn::Template t;
  p::add_launch_template(t, Scope(),
                         {.image_id = "ami-0123456789abcdef0",
                          .security_group_ids = {"sg-0123"},
                          .public_ip = true,
                          .root_volume_size = 20,
                          .kms_key_id = cfn::ref("Key")});
  const Value doc = t.to_value();
  const Value& data = at(props(doc, "LaunchTemplate"), {"LaunchTemplateData"});
  CHECK(data.find("SecurityGroupIds") == nullptr);
  CHECK(at(data, {"NetworkInterfaces"}) == Value(cfn::List{cfn::Map{{"DeviceIndex", 0},
                                                                    {"AssociatePublicIpAddress", true},
                                                                    {"DeleteOnTermination", true},
                                                                    {"Groups", cfn::List{"sg-0123"}}}}));
  CHECK(at(data, {"BlockDeviceMappings", "0", "Ebs", "VolumeSize"}) == Value(20));
  CHECK(at(data, {"BlockDeviceMappings", "0", "Ebs", "KmsKeyId"}) == Value(cfn::ref("Key")));
}

TEST_CASE("launch template: user data substitutes its variables and nothing else", "[patterns][launch_template]") {
  cfn::Template t;
  t.add_parameter("Volume", {.type = "String"});  // a template name the script must not reach
  p::add_launch_template(
      t, Scope(),
      {.image_id = "ami-0123456789abcdef0",
       .user_data = p::UserData{"#!/bin/bash\necho ${VolumeId} ${Volume} ${AWS::Region} ${HOME:-/root}\n",
                                {{"VolumeId", cfn::ref("Volume")}}}});
  const Value doc = t.to_value();
  const Value& user_data = at(props(doc, "LaunchTemplate"), {"LaunchTemplateData", "UserData"});
  CHECK(user_data ==
        Value(cfn::base64(cfn::sub("#!/bin/bash\necho ${VolumeId} ${!Volume} ${AWS::Region} ${!HOME:-/root}\n",
                                   {{"VolumeId", cfn::ref("Volume")}}))));
  CHECK_THROWS_WITH(p::add_launch_template(t, Scope("Other"), {.image_id = "ami-1", .auto_recovery = "on"}),
                    "launch template: auto recovery is 'default' or 'disabled', not 'on'");
}

TEST_CASE("instance role: Session Manager only by default, scoped statements for the rest",
          "[patterns][instance_role]") {
  cfn::Template t;
  const auto role = p::add_instance_role(t, Scope("Web").child("Instance"));
  const Value doc = t.to_value();
  CHECK(ids(doc) == std::vector<std::string>{"WebInstanceRole", "WebInstanceProfile"});
  CHECK(at(props(doc, "WebInstanceRole"), {"ManagedPolicyArns"}) ==
        Value(cfn::List{cfn::sub("arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore")}));
  CHECK(props(doc, "WebInstanceRole").find("Policies") == nullptr);
  CHECK(at(props(doc, "WebInstanceRole"), {"AssumeRolePolicyDocument", "Statement", "0", "Principal"}) ==
        Value(cfn::Map{{"Service", "ec2.amazonaws.com"}}));
  CHECK(at(props(doc, "WebInstanceProfile"), {"Roles"}) == Value(cfn::List{cfn::ref("WebInstanceRole")}));
  CHECK(Value(role.profile.Arn()) == Value(cfn::get_att("WebInstanceProfile", "Arn")));

  cfn::Template with_logs;
  p::add_instance_role(with_logs, Scope(),
                       {.session_manager = false,
                        .cloudwatch_logs = cfn::ref("Logs"),
                        .statements = {{.action = {"ssm:GetParameter"}, .resource = {"arn:aws:ssm:::parameter/x"}}}});
  const Value logs_doc = with_logs.to_value();
  const Value& role_props = props(logs_doc, "Role");
  CHECK(role_props.find("ManagedPolicyArns") == nullptr);
  const Value& statements = at(role_props, {"Policies", "0", "PolicyDocument", "Statement"});
  REQUIRE(statements.as_list().size() == 2);
  CHECK(at(statements, {"1"}) ==
        Value(cfn::Map{{"Sid", "WriteOwnLogs"},
                       {"Effect", "Allow"},
                       {"Action", cfn::List{"logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"}},
                       {"Resource",
                        cfn::sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${Logs}:*")}}));
}

TEST_CASE("log group: retention CloudWatch Logs offers, deleted with the stack unless kept", "[patterns][log_group]") {
  cfn::Template t;
  p::add_log_group(t, Scope("App"), {.retention_days = 90});
  p::add_log_group(t, Scope("Audit"), {.retention_days = 3653, .deletion_policy = cfn::DeletionPolicy::Retain});
  const Value doc = t.to_value();
  CHECK(at(props(doc, "AppLogGroup"), {"RetentionInDays"}) == Value(90));
  CHECK(at(resource(doc, "AppLogGroup"), {"DeletionPolicy"}) == Value("Delete"));
  CHECK(at(resource(doc, "AuditLogGroup"), {"UpdateReplacePolicy"}) == Value("Retain"));
  CHECK_THROWS_WITH(
      p::add_log_group(t, Scope("Bad"), {.retention_days = 31}),
      "log group: 31 days is not a retention CloudWatch Logs offers (1, 3, 5, 7, 14, 30, 60, 90, ... 3653)");
  CHECK(cfn::test::lint_findings(doc, "log group") == 0);
}

TEST_CASE("alarm topic: an e-mail subscription on a condition, and a policy for EventBridge rules",
          "[patterns][alarm_topic]") {
  cfn::Template t;
  const auto email = p::add_optional_parameter(t, "AlarmEmail", {.description = "Where alarms go"});
  CHECK(email.is_set.name() == "HasAlarmEmail");
  const auto topic =
      p::add_alarm_topic(t, Scope("Ops"), {.email = email.parameter.ref(), .email_condition = email.is_set});
  const auto rule = t.add_resource("Rule", "AWS::Events::Rule",
                                   {{"EventPattern", cfn::Map{{"source", cfn::List{"aws.autoscaling"}}}},
                                    {"Targets", cfn::List{cfn::Map{{"Arn", topic.arn()}, {"Id", "alarms"}}}}});
  p::allow_rules_to_publish(t, Scope("Ops"), topic, {rule.get_att("Arn")});
  const Value doc = t.to_value();
  CHECK(at(doc, {"Parameters", "AlarmEmail", "Default"}) == Value(""));
  CHECK(at(doc, {"Conditions", "HasAlarmEmail"}) == Value(cfn::not_(cfn::equals(cfn::ref("AlarmEmail"), ""))));
  CHECK(at(resource(doc, "OpsEmailSubscription"), {"Condition"}) == Value("HasAlarmEmail"));
  CHECK(at(props(doc, "OpsEmailSubscription"), {"Protocol"}) == Value("email"));
  CHECK(at(props(doc, "OpsEmailSubscription"), {"TopicArn"}) == Value(cfn::ref("OpsTopic")));
  const Value& statement = at(props(doc, "OpsTopicPolicy"), {"PolicyDocument", "Statement", "0"});
  CHECK(at(statement, {"Principal"}) == Value(cfn::Map{{"Service", "events.amazonaws.com"}}));
  CHECK(at(statement, {"Condition"}) ==
        Value(cfn::Map{{"ArnEquals", cfn::Map{{"aws:SourceArn", cfn::List{cfn::get_att("Rule", "Arn")}}}}}));
  CHECK(cfn::test::lint_findings(doc, "alarm topic") == 0);
  CHECK_THROWS_WITH(p::add_alarm_topic(t, Scope("Bad"), {.email_condition = email.is_set}),
                    "alarm topic: an e-mail condition without an e-mail address");
}

TEST_CASE("data volume: encrypted gp3 in its zone, snapshotted when deleted or replaced", "[patterns][data_volume]") {
  cfn::Template t;
  p::add_data_volume(t, Scope("Db"), {.availability_zone = "eu-west-1a", .size = 100, .kms_key_id = cfn::ref("Key")});
  const Value doc = t.to_value();
  CHECK(at(props(doc, "DbVolume"), {"Encrypted"}) == Value(true));
  CHECK(at(props(doc, "DbVolume"), {"VolumeType"}) == Value("gp3"));
  CHECK(at(props(doc, "DbVolume"), {"KmsKeyId"}) == Value(cfn::ref("Key")));
  CHECK(at(resource(doc, "DbVolume"), {"DeletionPolicy"}) == Value("Snapshot"));
  CHECK(at(resource(doc, "DbVolume"), {"UpdateReplacePolicy"}) == Value("Snapshot"));
  CHECK_THROWS_WITH(p::add_data_volume(t, Scope("Big"), {.availability_zone = "eu-west-1a", .size = 20000}),
                    "data volume: 20000 GiB is outside 1 to 16384 (gp3)");
}

TEST_CASE("instance group: one instance, terminated before its replacement, updates that never resize it",
          "[patterns][instance_group]") {
  cfn::Template t;
  const auto lt = p::add_launch_template(t, Scope(), {.image_id = "ami-0123456789abcdef0"});
  const auto topic = p::add_alarm_topic(t, Scope());
  const auto group = p::add_instance_group(t, Scope(),
                                           {.launch_template = lt,
                                            .subnets = {"subnet-1", "subnet-2"},
                                            .signal_timeout = "PT15M",
                                            .schedule = p::Schedule{.stop_recurrence = "0 19 * * 1-5",
                                                                    .start_recurrence = "0 7 * * 1-5",
                                                                    .time_zone = "Europe/Berlin"},
                                            .alarm_topic_arn = topic.arn(),
                                            .launch_failure_topic_arn = topic.arn()});
  p::allow_rules_to_publish(t, Scope(), topic, {group.launch_failed_rule->Arn()});
  const Value doc = t.to_value();
  const Value& rule = props(doc, "LaunchFailedRule");
  CHECK(at(rule, {"EventPattern"}) ==
        Value(cfn::Map{{"source", cfn::List{"aws.autoscaling"}},
                       {"detail-type", cfn::List{"EC2 Instance Launch Unsuccessful"}},
                       {"detail", cfn::Map{{"AutoScalingGroupName", cfn::List{cfn::ref("Group")}}}}}));
  CHECK(at(rule, {"Targets", "0", "Arn"}) == Value(cfn::ref("Topic")));
  const Value& g = props(doc, "Group");
  CHECK(at(g, {"MinSize"}) == Value("1"));
  CHECK(at(g, {"MaxSize"}) == Value("1"));
  CHECK(g.find("DesiredCapacity") == nullptr);
  CHECK(at(g, {"VPCZoneIdentifier"}) == Value(cfn::List{"subnet-1", "subnet-2"}));
  CHECK(at(g, {"LaunchTemplate"}) ==
        Value(cfn::Map{{"LaunchTemplateId", cfn::ref("LaunchTemplate")},
                       {"Version", cfn::get_att("LaunchTemplate", "LatestVersionNumber")}}));
  CHECK(at(g, {"InstanceMaintenancePolicy"}) ==
        Value(cfn::Map{{"MinHealthyPercentage", 0}, {"MaxHealthyPercentage", 100}}));
  CHECK(at(g, {"MetricsCollection"}) == Value(cfn::List{cfn::Map{{"Granularity", "1Minute"}}}));
  const Value& update = at(resource(doc, "Group"), {"UpdatePolicy"});
  CHECK(at(update, {"AutoScalingScheduledAction", "IgnoreUnmodifiedGroupSizeProperties"}) == Value(true));
  CHECK(at(update, {"AutoScalingRollingUpdate", "MaxBatchSize"}) == Value(1));
  CHECK(at(update, {"AutoScalingRollingUpdate", "MinInstancesInService"}) == Value(0));
  CHECK(at(update, {"AutoScalingRollingUpdate", "WaitOnResourceSignals"}) == Value(true));
  CHECK(at(update, {"AutoScalingRollingUpdate", "PauseTime"}) == Value("PT15M"));
  CHECK(at(props(doc, "ScheduleStop"), {"MaxSize"}) == Value(0));
  CHECK(at(props(doc, "ScheduleStop"), {"Recurrence"}) == Value("0 19 * * 1-5"));
  CHECK(at(props(doc, "ScheduleStart"), {"DesiredCapacity"}) == Value(1));
  CHECK(at(props(doc, "ScheduleStart"), {"TimeZone"}) == Value("Europe/Berlin"));
  CHECK(group.scheduled_actions.size() == 2);
  const Value& alarm = props(doc, "InServiceAlarm");
  CHECK(at(alarm, {"Metrics", "2", "Expression"}) == Value("desired - inService"));
  CHECK(at(alarm, {"Metrics", "0", "MetricStat", "Metric", "Dimensions", "0", "Value"}) == Value(cfn::ref("Group")));
  CHECK(at(alarm, {"EvaluationPeriods"}) == Value(10));
  CHECK(at(alarm, {"AlarmActions"}) == Value(cfn::List{cfn::ref("Topic")}));
  CHECK(cfn::test::lint_findings(doc, "instance group") == 0);

  CHECK_THROWS_WITH(p::add_instance_group(t, Scope("Two"), {.launch_template = lt, .subnets = {"s"}, .max_size = "2"}),
                    "instance group: max size is '2'; a single-instance group has at most 1 (the instance holds "
                    "state no second one may share)");
}

TEST_CASE("python function: its own role, log group, alarm and failure destination", "[patterns][python_function]") {
  cfn::Template t;
  const auto topic = p::add_alarm_topic(t, Scope());
  const auto fn = p::add_python_function(t, Scope("Attach"),
                                         {.code = "def handler(event, context):\n    return None\n",
                                          .description = "Attaches things",
                                          .timeout = 300,
                                          .statements = {{.action = {"ec2:DescribeVolumes"}, .resource = {"*"}}},
                                          .environment = {{"VOLUME_ID", cfn::ref("Topic")}},
                                          .reserved_concurrency = 1,
                                          .alarm_topic_arn = topic.arn(),
                                          .on_failure_topic_arn = topic.arn()});
  const Value doc = t.to_value();
  CHECK(ids(doc) == std::vector<std::string>{"Topic", "AttachLogGroup", "AttachRole", "AttachFunction",
                                             "AttachInvokeConfig", "AttachErrorsAlarm"});
  const Value& f = props(doc, "AttachFunction");
  CHECK(at(f, {"Runtime"}) == Value(p::kPythonRuntime));
  CHECK(at(f, {"Role"}) == Value(cfn::get_att("AttachRole", "Arn")));
  CHECK(at(f, {"ReservedConcurrentExecutions"}) == Value(1));
  CHECK(at(f, {"LoggingConfig", "LogGroup"}) == Value(cfn::ref("AttachLogGroup")));
  CHECK(at(f, {"Environment", "Variables", "VOLUME_ID"}) == Value(cfn::ref("Topic")));
  const Value& statements = at(props(doc, "AttachRole"), {"Policies", "0", "PolicyDocument", "Statement"});
  REQUIRE(statements.as_list().size() == 3);
  CHECK(at(statements, {"1", "Action"}) == Value("sns:Publish"));
  CHECK(at(statements, {"2", "Sid"}) == Value("WriteOwnLogs"));
  CHECK(at(props(doc, "AttachInvokeConfig"), {"DestinationConfig", "OnFailure", "Destination"}) ==
        Value(cfn::ref("Topic")));
  CHECK(at(props(doc, "AttachErrorsAlarm"), {"Dimensions", "0", "Value"}) == Value(cfn::ref("AttachFunction")));
  CHECK(fn.errors_alarm.has_value());
  CHECK(cfn::test::lint_findings(doc, "python function") == 0);
  // A function that publishes to the topic itself already has what the destination needs: one statement.
  p::add_python_function(t, Scope("Notify"),
                         {.code = "x",
                          .statements = {{.sid = "Tell", .action = {"sns:Publish"}, .resource = {topic.arn()}}},
                          .on_failure_topic_arn = topic.arn()});
  const Value with_notify = t.to_value();
  const Value& notify = at(props(with_notify, "NotifyRole"), {"Policies", "0", "PolicyDocument", "Statement"});
  REQUIRE(notify.as_list().size() == 2);
  CHECK(at(notify, {"0", "Sid"}) == Value("Tell"));
  CHECK(at(notify, {"1", "Sid"}) == Value("WriteOwnLogs"));
  CHECK_THROWS_WITH(p::add_python_function(t, Scope("Slow"), {.code = "x", .timeout = 901}),
                    "python function: a timeout of 901 s is outside 1 to 900");
}

TEST_CASE("permissions: the group's instances and interfaces by tags nobody else can set", "[patterns][permissions]") {
  const auto address = p::associate_address_statements(cfn::get_att("Eip", "AllocationId"), "WebGroup");
  REQUIRE(address.size() == 3);
  CHECK(address[0].to_value().find("Condition") == nullptr);
  CHECK(
      at(address[1].to_value(), {"Condition"}) ==
      Value(cfn::Map{{"StringEquals", cfn::Map{{"aws:ResourceTag/aws:cloudformation:stack-id", cfn::pseudo::stack_id()},
                                               {"aws:ResourceTag/aws:cloudformation:logical-id", "WebGroup"}}}}));
  CHECK(at(address[2].to_value(), {"Condition"}) ==
        Value(cfn::Map{
            {"StringEquals", cfn::Map{{"aws:ResourceTag/cfnpp:group", cfn::sub("${AWS::StackName}/WebGroup")}}}}));
  const auto tag = p::member_tag("WebGroup");
  CHECK(tag.key.value() == Value("cfnpp:group"));
  CHECK(tag.value.value() == cfn::sub("${AWS::StackName}/WebGroup"));
  const auto volume = p::attach_volume_statements(cfn::ref("Data"), "WebGroup");
  REQUIRE(volume.size() == 2);
  CHECK(at(volume[0].to_value(), {"Resource"}) ==
        cfn::sub("arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:volume/${Data}"));
}

TEST_CASE("blocks compose: two uses in one template, distinct ids, shared network, lint clean", "[patterns][compose]") {
  const Value doc = blue_green().to_value();
  for (const char* id : {"BlueInstanceRole", "GreenInstanceRole", "BlueLaunchTemplate", "GreenLaunchTemplate",
                         "BlueGroup", "GreenGroup", "BlueInServiceAlarm", "GreenInServiceAlarm"})
    CHECK(doc.find("Resources")->find(id) != nullptr);
  CHECK(at(props(doc, "GreenGroup"), {"LaunchTemplate", "LaunchTemplateId"}) == Value(cfn::ref("GreenLaunchTemplate")));
  CHECK(at(props(doc, "GreenGroup"), {"VPCZoneIdentifier"}) ==
        Value(cfn::List{cfn::ref("NetPublicSubnetA"), cfn::ref("NetPublicSubnetB")}));
  CHECK(at(props(doc, "BlueLaunchTemplate"), {"LaunchTemplateData", "IamInstanceProfile", "Arn"}) ==
        Value(cfn::get_att("BlueInstanceProfile", "Arn")));
  CHECK(cfn::test::lint_findings(doc, "blue-green") == 0);
  // The same scope twice is a clash the builder reports, not a silent overwrite.
  cfn::Template t;
  p::add_alarm_topic(t, p::Scope("Ops"));
  p::add_alarm_topic(t, p::Scope("Ops"));
  REQUIRE_FALSE(t.findings().empty());
  CHECK(t.findings().front().code == "E0000");
  CHECK(t.findings().front().message == "resource 'OpsTopic' is added twice; the first definition is kept");
  CHECK_THROWS_AS(cfn::to_yaml(t), cfn::ValidationError);
}

TEST_CASE("blocks take handles, parameters and imports alike", "[patterns][compose]") {
  cfn::Template t;
  const auto net = p::add_network(t, p::Scope("Net"), {.zones = 1});
  const auto subnet = t.add_parameter("Subnet", {.type = "AWS::EC2::Subnet::Id"});
  const auto image = t.add_parameter("Image", {.type = "AWS::EC2::Image::Id"});
  const auto lt =
      p::add_launch_template(t, p::Scope(),
                             {.image_id = image.ref(),
                              .instance_type = cfn::import_value(cfn::sub("${AWS::StackName}-instance-type")),
                              .security_group_ids = {net.vpc.DefaultSecurityGroup()}});
  p::add_instance_group(t, p::Scope(),
                        {.launch_template = lt,
                         .subnets = {net.public_subnet_ids()[0], subnet.ref(), cfn::import_value("shared-subnet")}});
  const Value doc = t.to_value();
  CHECK(at(props(doc, "Group"), {"VPCZoneIdentifier"}) ==
        Value(cfn::List{cfn::ref("NetPublicSubnetA"), cfn::ref("Subnet"), cfn::import_value("shared-subnet")}));
  CHECK(at(props(doc, "LaunchTemplate"), {"LaunchTemplateData", "InstanceType"}) ==
        Value(cfn::import_value(cfn::sub("${AWS::StackName}-instance-type"))));
  CHECK(cfn::test::lint_findings(doc, "inputs") == 0);
}
