// The value rules (E3030-E3037), the combinations (E3014, E3017, E3018,
// E3020, E3021), read-only properties (E3040) and region availability (E3006), and the
// registry table they read. Expected values come from the registry schemas
// as AWS publishes them and from the AWS documentation, quoted in the tests.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "cfn/aws/ec2.hpp"
#include "cfn/build.hpp"
#include "cfn/lint.hpp"
#include "cfn/parse.hpp"
#include "cfn/registry.hpp"
#include "cfn/template.hpp"
#include "support/lint_messages.hpp"

using cfn::test::kNoFindings;
using cfn::test::lint_messages;

namespace {

std::string volume(const std::string& volume_type) {
  return "Resources:\n  V:\n    Type: AWS::EC2::Volume\n    DeletionPolicy: Snapshot\n    Properties:\n"
         "      AvailabilityZone: us-east-1a\n      Size: 8\n      Encrypted: true\n      VolumeType: " +
         volume_type + "\n";
}

}  // namespace

TEST_CASE("registry table: constraints as the schemas give them") {
  // AWS::EC2::Volume VolumeType: gp2 | gp3 | io1 | io2 | sc1 | st1 | standard (EC2 CreateVolume API reference).
  const auto vol = cfn::registry::find_resource("AWS::EC2::Volume");
  REQUIRE(vol);
  const auto type = vol->property("VolumeType");
  REQUIRE(type);
  CHECK(type->enum_values() == std::vector<std::string_view>{"gp2", "gp3", "io1", "io2", "sc1", "st1", "standard"});
  CHECK(type->enum_case_insensitive());
  // S3 bucket names: 3-63 characters, lower case (Bucket naming rules); the schema gives 63 and a pattern.
  const auto name = cfn::registry::find_resource("AWS::S3::Bucket")->property("BucketName");
  REQUIRE(name);
  CHECK(name->max_length() == 63u);
  CHECK(name->matches_pattern("my-bucket") == true);
  CHECK(name->matches_pattern("My-Bucket") == false);
  // A listener's port: 1-65535.
  const auto port = cfn::registry::find_resource("AWS::ElasticLoadBalancingV2::Listener")->property("Port");
  REQUIRE(port);
  CHECK(port->minimum() == 1.0);
  CHECK(port->maximum() == 65535.0);
  // Lambda Architectures: one of x86_64, arm64, exactly one item: through items.
  const auto arch = cfn::registry::find_resource("AWS::Lambda::Function")->property("Architectures");
  REQUIRE(arch);
  CHECK(arch->min_items() == 1u);
  CHECK(arch->max_items() == 1u);
  CHECK(arch->items()->enum_values() == std::vector<std::string_view>{"x86_64", "arm64"});
  // Through $ref to definitions, and a nested object's property.
  const auto ebs = cfn::registry::find_resource("AWS::EC2::LaunchTemplate")
                       ->property("LaunchTemplateData")
                       ->property("BlockDeviceMappings")
                       ->items()
                       ->property("Ebs")
                       ->property("VolumeType");
  REQUIRE(ebs);
  CHECK(!ebs->enum_values().empty());
  // A pattern with a lookahead (not linear-time) is not judged.
  const auto domain = cfn::registry::find_resource("AWS::Amplify::Domain")->property("DomainName");
  REQUIRE(domain);
  CHECK(domain->pattern());
  CHECK_FALSE(domain->matches_pattern("-bad-.example").has_value());
  CHECK_FALSE(cfn::registry::find_resource("AWS::No::Such"));
}

TEST_CASE("registry table: regions") {
  const auto regions = cfn::registry::regions();
  CHECK(regions.size() == 46);
  CHECK(std::is_sorted(regions.begin(), regions.end()));
  CHECK(cfn::registry::is_region("eu-west-1"));
  CHECK_FALSE(cfn::registry::is_region("eu-west-9"));
  CHECK(cfn::registry::offered_in("AWS::S3::Bucket", "eu-west-1") == true);
  // AWS AppIntegrations is offered in us-east-1, not in eu-west-1 (the region data of 2026-06-15).
  CHECK(cfn::registry::offered_in("AWS::AppIntegrations::Application", "us-east-1") == true);
  CHECK(cfn::registry::offered_in("AWS::AppIntegrations::Application", "eu-west-1") == false);
  CHECK_FALSE(cfn::registry::offered_in("AWS::No::Such", "us-east-1").has_value());
  CHECK_FALSE(cfn::registry::offered_in("AWS::S3::Bucket", "mars-1").has_value());
}

TEST_CASE("E3030: allowed values, any case where the schema says so, with a suggestion") {
  CHECK(lint_messages(volume("gp4"), "E3030") ==
        std::vector<std::string>{
            "E3030 'gp4' is not one of gp2, gp3, io1, io2, sc1, st1, standard (in any case) (did you mean gp2?)"});
  CHECK(lint_messages(volume("GP3"), "E3030") == kNoFindings);
  CHECK(lint_messages(volume("gp3"), "E3030") == kNoFindings);
  // Numbers compare as numbers.
  const std::string logs = "Resources:\n  L:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      RetentionInDays: ";
  CHECK(lint_messages(logs + "\"30\"\n", "E3030") == kNoFindings);
  CHECK(lint_messages(logs + "30.0\n", "E3030") == kNoFindings);
  CHECK(lint_messages(logs + "31\n", "E3030").size() == 1);
}

TEST_CASE("value rules: functions are not judged, Fn::If branches are, a parameter's Default is not a value") {
  const std::string yaml = R"(Parameters:
  Kind: {Type: String, Default: gp4}
Conditions:
  Fast: !Equals [!Ref Kind, io2]
Resources:
  A:
    Type: AWS::EC2::Volume
    DeletionPolicy: Snapshot
    Properties: {AvailabilityZone: us-east-1a, Size: 8, Encrypted: true, VolumeType: !Ref Kind}
  B:
    Type: AWS::EC2::Volume
    DeletionPolicy: Snapshot
    Properties: {AvailabilityZone: us-east-1a, Size: 8, Encrypted: true, VolumeType: !Sub "${Kind}"}
  C:
    Type: AWS::EC2::Volume
    DeletionPolicy: Snapshot
    Properties: {AvailabilityZone: us-east-1a, Size: 8, Encrypted: true, VolumeType: !If [Fast, io2, gp9]}
)";
  CHECK(lint_messages(yaml, "E3030") ==
        std::vector<std::string>{"E3030 'gp9' is not one of gp2, gp3, io1, io2, sc1, st1, standard (in any case) "
                                 "(did you mean gp2?)"});
}

TEST_CASE("E3032: a list with Fn::If or AWS::NoValue items has no known length") {
  const std::string head =
      "Conditions:\n  C: !Equals [a, b]\nResources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n"
      "      Runtime: python3.12\n      Handler: i.h\n      Role: r\n      Code: {ZipFile: x}\n      Architectures: ";
  CHECK(lint_messages(head + "[x86_64, arm64]\n", "E3032") ==
        std::vector<std::string>{"E3032 the list has 2 items; at most 1 item"});
  CHECK(lint_messages(head + "[]\n", "E3032") ==
        std::vector<std::string>{"E3032 the list has 0 items; at least 1 item"});
  CHECK(lint_messages(head + "[x86_64, !If [C, arm64, !Ref AWS::NoValue]]\n", "E3032") == kNoFindings);
}

TEST_CASE("E3033 counts characters, not bytes") {
  const std::string topic = "Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: ";
  std::string name;
  for (int i = 0; i < 256; ++i) name += "\xC3\xA9";  // 256 characters (512 bytes); the schema allows 256
  CHECK(lint_messages(topic + name + "\n", "E3033") == kNoFindings);
  CHECK(lint_messages(topic + name + "e\n", "E3033").size() == 1);
}

TEST_CASE("E3006: resource types in the regions asked for") {
  const std::string yaml = "Resources:\n  A:\n    Type: AWS::AppIntegrations::Application\n";
  CHECK(lint_messages(yaml, "E3006") == kNoFindings);  // us-east-1 by default
  cfn::LintOptions ireland;
  ireland.regions = {"us-east-1", "eu-west-1"};
  const auto findings = lint_messages(yaml, "E3006", ireland);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].starts_with("E3006 resource type 'AWS::AppIntegrations::Application' is not offered in eu-west-1"));
  cfn::LintOptions unknown;
  unknown.regions = {"eu-west-9"};
  CHECK_THROWS_AS(lint_messages(yaml, "E3006", unknown), cfn::Error);
  // A macro may define its own types.
  CHECK(lint_messages("Transform: S3Objects\nResources:\n  O:\n    Type: AWS::AppIntegrations::Application\n", "E3006",
                      ireland) == kNoFindings);
}

TEST_CASE("E3710: services AWS shut down, at the as-of date") {
  const std::string yaml = "Resources:\n  C:\n    Type: AWS::IoTAnalytics::Channel\n";
  CHECK(lint_messages(yaml, "E3710") ==
        std::vector<std::string>{"E3710 resource type 'AWS::IoTAnalytics::Channel' belongs "
                                 "to AWS IoT Analytics, which AWS shut down on 2025-12-15"});
  cfn::LintOptions before;
  before.as_of = "2025-12-14";
  CHECK(lint_messages(yaml, "E3710", before) == kNoFindings);
}

TEST_CASE("emit time: to_yaml refuses a value outside the schema's") {
  cfn::Template t;
  t.add("Data", cfn::aws::ec2::Volume().AvailabilityZone("us-east-1a").Size(8).Encrypted(true).VolumeType("gp4"),
        {.deletion_policy = cfn::DeletionPolicy::Snapshot});
  try {
    (void)cfn::to_yaml(t);
    FAIL("to_yaml accepted VolumeType gp4");
  } catch (const cfn::ValidationError& e) {
    REQUIRE(e.findings().size() == 1);
    CHECK(e.findings()[0].code == "E3030");
    CHECK(cfn::to_string(e.findings()[0].path) == "Resources.Data.Properties.VolumeType");
  }
}

TEST_CASE("registry table: combinations as the schemas give them") {
  // SNS KmsMasterKeyId: "the ID of an AWS managed customer master key (CMK) ... or a custom CMK" — a key ARN,
  // a key id or an alias (AWS::SNS::Topic docs); the schema says anyOf of three cfn-lint formats.
  const auto kms = cfn::registry::find_resource("AWS::SNS::Topic")->property("KmsMasterKeyId");
  REQUIRE(kms);
  const auto any = kms->any_of();
  REQUIRE(any.size() == 3);
  CHECK(any[0].format() == "AWS::KMS::Key.Arn");
  CHECK(any[2].format() == "AWS::KMS::Alias.AliasName");
  CHECK(any[2].matches_format("alias/aws/sns") == true);
  CHECK(any[2].matches_format("aws/sns") == false);
  // An ingress rule's sources (AWS::EC2::SecurityGroupIngress docs).
  const auto ingress = cfn::registry::find_resource("AWS::EC2::SecurityGroupIngress");
  CHECK(ingress->required_xor() == std::vector<std::string_view>{"CidrIp", "CidrIpv6", "SourcePrefixListId",
                                                                 "SourceSecurityGroupId", "SourceSecurityGroupName"});
  // A stack set: TemplateURL or TemplateBody, each branch a required property (held in branches only).
  const auto one = cfn::registry::find_resource("AWS::CloudFormation::StackSet")->one_of();
  REQUIRE(one.size() == 2);
  CHECK(one[0].required() == std::vector<std::string_view>{"TemplateURL"});
  CHECK(one[1].required() == std::vector<std::string_view>{"TemplateBody"});
  CHECK(cfn::registry::find_resource("AWS::CloudFormation::StackSet")->required().empty());
  // A subnet: AvailabilityZone excludes AvailabilityZoneId; Ipv4IpamPoolId requires Ipv4NetmaskLength.
  const auto deps = cfn::registry::find_resource("AWS::EC2::Subnet")->dependencies();
  const auto find = [&](std::string_view name, bool excluded) {
    for (const auto& d : deps)
      if (d.name == name && d.excluded == excluded) return d.names;
    return std::vector<std::string_view>{};
  };
  CHECK(find("AvailabilityZone", true) == std::vector<std::string_view>{"AvailabilityZoneId"});
  CHECK(find("Ipv4IpamPoolId", false) == std::vector<std::string_view>{"Ipv4NetmaskLength"});
}

TEST_CASE("combinations: what a function or a condition decides is not judged") {
  const std::string topic = "Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      KmsMasterKeyId: ";
  CHECK(lint_messages(topic + "aws/sns\n", "E3017").size() == 1);
  CHECK(lint_messages(topic + "alias/aws/sns\n", "E3017") == kNoFindings);
  CHECK(lint_messages(topic + "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012\n",
                      "E3017") == kNoFindings);
  CHECK(lint_messages(topic + "!Sub alias/${AWS::StackName}\n", "E3017") == kNoFindings);
  CHECK(lint_messages(topic + "'{{resolve:ssm:/keys/topic}}'\n", "E3017") == kNoFindings);
  // Fn::If: each branch is a value of its own.
  const std::string conditions = "Conditions:\n  C: !Equals [!Ref AWS::Region, us-east-1]\n";
  CHECK(lint_messages(conditions + topic + "!If [C, alias/aws/sns, aws/sns]\n", "E3017").size() == 1);

  const std::string set = conditions +
                          "Resources:\n  S:\n    Type: AWS::CloudFormation::StackSet\n    Properties:\n"
                          "      StackSetName: s\n      PermissionModel: SELF_MANAGED\n      TemplateBody: '{}'\n";
  CHECK(lint_messages(set, "E3018") == kNoFindings);
  CHECK(lint_messages(set + "      TemplateURL: https://b.s3.amazonaws.com/t.yaml\n", "E3018").size() == 1);
  // TemplateURL may be AWS::NoValue: one branch or two, not known.
  CHECK(lint_messages(set + "      TemplateURL: !If [C, https://b.s3.amazonaws.com/t.yaml, !Ref AWS::NoValue]\n",
                      "E3018") == kNoFindings);
  // A Ref is a value that is set, whatever it is.
  CHECK(lint_messages(set + "      TemplateURL: !Ref AWS::StackName\n", "E3018").size() == 1);

  const std::string ingress = conditions +
                              "Resources:\n  I:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n"
                              "      GroupId: sg-0123456789abcdef0\n      IpProtocol: '-1'\n";
  CHECK(lint_messages(ingress, "E3014") ==
        std::vector<std::string>{"E3014 one of CidrIp, CidrIpv6, SourcePrefixListId, SourceSecurityGroupId, "
                                 "SourceSecurityGroupName is required"});
  CHECK(lint_messages(ingress + "      CidrIp: !If [C, 10.0.0.0/8, !Ref AWS::NoValue]\n", "E3014") == kNoFindings);
  CHECK(lint_messages(ingress + "      CidrIp: !If [C, 10.0.0.0/8, !Ref AWS::NoValue]\n      CidrIpv6: ::/0\n"
                                "      SourcePrefixListId: pl-0123456789abcdef0\n",
                      "E3014")
            .size() == 1);

  const std::string subnet = conditions +
                             "Resources:\n  S:\n    Type: AWS::EC2::Subnet\n    Properties:\n"
                             "      VpcId: vpc-0123456789abcdef0\n      AvailabilityZone: us-east-1a\n";
  CHECK(lint_messages(subnet + "      AvailabilityZoneId: use1-az1\n", "E3020").size() == 1);
  CHECK(lint_messages(subnet + "      AvailabilityZoneId: !If [C, use1-az1, !Ref AWS::NoValue]\n", "E3020") ==
        kNoFindings);
  CHECK(lint_messages(subnet + "      Ipv4IpamPoolId: ipam-pool-0123456789abcdef0\n", "E3021") ==
        std::vector<std::string>{"E3021 Ipv4IpamPoolId requires Ipv4NetmaskLength (dependentRequired)"});
  CHECK(lint_messages(subnet + "      Ipv4IpamPoolId: ipam-pool-0123456789abcdef0\n      Ipv4NetmaskLength: 24\n",
                      "E3021") == kNoFindings);
  CHECK(lint_messages(subnet + "      Ipv4IpamPoolId: ipam-pool-0123456789abcdef0\n"
                               "      Ipv4NetmaskLength: !If [C, 24, !Ref AWS::NoValue]\n",
                      "E3021") == kNoFindings);

  // anyOf of required properties: ClientSecret or UseExistingClientSecret; one behind a condition may be set.
  const std::string oidc =
      conditions +
      "Resources:\n  L:\n    Type: AWS::ElasticLoadBalancingV2::ListenerRule\n    Properties:\n"
      "      ListenerArn: arn\n      Priority: 1\n      Conditions: []\n      Actions:\n"
      "        - Type: authenticate-oidc\n          AuthenticateOidcConfig:\n"
      "            AuthorizationEndpoint: https://idp.example.com/a\n            ClientId: web\n"
      "            Issuer: https://idp.example.com\n            TokenEndpoint: https://idp.example.com/t\n"
      "            UserInfoEndpoint: https://idp.example.com/u\n";
  CHECK(lint_messages(oidc, "E3017").size() == 1);
  CHECK(lint_messages(oidc + "            ClientSecret: !If [C, secret, !Ref AWS::NoValue]\n", "E3017") == kNoFindings);
  CHECK(lint_messages(oidc + "            UseExistingClientSecret: true\n", "E3017") == kNoFindings);
}

TEST_CASE("combinations: a branch's type, enum and pattern") {
  // An S3 Tables schema field's Type is a string (a primitive) or an object (a nested type): Iceberg spec.
  const std::string field =
      "Resources:\n  T:\n    Type: AWS::S3Tables::Table\n    Properties:\n"
      "      TableBucketARN: arn:aws:s3tables:us-east-1:123456789012:bucket/tables\n"
      "      Namespace: ns\n      TableName: t\n      OpenTableFormat: ICEBERG\n"
      "      IcebergMetadata:\n        IcebergSchemaV2:\n          SchemaV2FieldType: struct\n"
      "          SchemaV2FieldList:\n            - {Id: 1, Name: a, Required: true, Type: ";
  CHECK(lint_messages(field + "int}\n", "E3018") == kNoFindings);
  CHECK(lint_messages(field + "{type: list, element: int}}\n", "E3018") == kNoFindings);
  CHECK(lint_messages(field + "[int]}\n", "E3018") ==
        std::vector<std::string>{"E3018 the list matches none of the schema's oneOf branches: a string | an object"});
  // Amazon MQ DayOfWeek: MONDAY...SUNDAY in any case (CreateBroker API: WeeklyStartTime).
  const std::string broker =
      "Resources:\n  B:\n    Type: AWS::AmazonMQ::Broker\n    Properties:\n"
      "      MaintenanceWindowStartTime: {TimeOfDay: '02:00', TimeZone: UTC, DayOfWeek: ";
  CHECK(lint_messages(broker + "Monday}\n", "E3017") == kNoFindings);
  CHECK(lint_messages(broker + "MONDAY}\n", "E3017") == kNoFindings);
  CHECK(lint_messages(broker + "Funday}\n", "E3017").size() == 1);
}

TEST_CASE("E3040: read-only properties, E3002 leaves them to it") {
  // A bucket's Arn is an attribute (AWS::S3::Bucket docs, Return values), not a property.
  const std::string bucket =
      "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    DeletionPolicy: Retain\n"
      "    Properties:\n      Arn: arn\n      Arns: arn\n";
  CHECK(lint_messages(bucket, "E3040").size() == 1);
  CHECK(lint_messages(bucket, "E3002") == std::vector<std::string>{"E3002 unknown property 'Arns' of AWS::S3::Bucket"});
  // A SageMaker endpoint's EndpointName is set by templates ("The name of the endpoint", AWS::SageMaker::Endpoint
  // docs); the schema lists it as read-only and create-only at once, and the table leaves it out.
  CHECK(cfn::registry::read_only_properties("AWS::SageMaker::Endpoint") ==
        std::vector<std::string_view>{"EndpointArn"});
  const std::string endpoint =
      "Resources:\n  E:\n    Type: AWS::SageMaker::Endpoint\n    Properties:\n"
      "      EndpointConfigName: config\n      EndpointName: web\n";
  CHECK(lint_messages(endpoint, "E3040") == kNoFindings);
  CHECK(lint_messages(endpoint, "E3002") == kNoFindings);
  // Through an Fn::If branch: it stands where the If stands.
  const std::string work_group =
      "Conditions:\n  C: !Equals [!Ref AWS::Region, us-east-1]\nResources:\n  W:\n    Type: AWS::Athena::WorkGroup\n"
      "    Properties:\n      Name: w\n      WorkGroupConfiguration: !If\n        - C\n"
      "        - EngineVersion: {EffectiveEngineVersion: Athena engine version 3}\n        - !Ref AWS::NoValue\n";
  CHECK(lint_messages(work_group, "E3040").size() == 1);
  CHECK(lint_messages(work_group, "E3002") == kNoFindings);
  // Inside a list: each item's read-only members.
  const auto stack = cfn::registry::read_only_properties("AWS::AppStream::Stack");
  CHECK(std::find(stack.begin(), stack.end(), "StorageConnectors/*/ResourceIdentifier") != stack.end());
}

TEST_CASE("emit time: to_yaml refuses an ingress rule without a source") {
  cfn::Template t;
  t.add(
      "Http",
      cfn::aws::ec2::SecurityGroupIngress().GroupId("sg-0123456789abcdef0").IpProtocol("tcp").FromPort(80).ToPort(80));
  try {
    (void)cfn::to_yaml(t);
    FAIL("to_yaml accepted an ingress rule without a source");
  } catch (const cfn::ValidationError& e) {
    REQUIRE(e.findings().size() == 1);
    CHECK(e.findings()[0].code == "E3014");
    CHECK(cfn::to_string(e.findings()[0].path) == "Resources.Http.Properties");
  }
  t.add("Https", cfn::aws::ec2::SecurityGroupIngress()
                     .GroupId("sg-0123456789abcdef0")
                     .IpProtocol("tcp")
                     .FromPort(443)
                     .ToPort(443)
                     .CidrIp("10.0.0.0/8")
                     .SourcePrefixListId("pl-0123456789abcdef0"));
  CHECK(cfn::check(t).size() == 2);
}
