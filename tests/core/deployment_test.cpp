// cfn::deploy: a template as one deployment sees it. Every expected value is
// worked out by hand from the CloudFormation user guide (condition
// functions, Fn::If and AWS::NoValue, parameter defaults and types, pseudo
// parameters), not from the code.
#include "cfn/deployment.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "cfn/emit.hpp"
#include "cfn/parse.hpp"

using cfn::DeploymentParameters;
using cfn::Truth;

namespace {

constexpr std::string_view kTemplate = R"(Parameters:
  Env: {Type: String, Default: dev}
  Zones: {Type: CommaDelimitedList, Default: 'a, b ,c'}
  Ami: {Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>', Default: /aws/ami}
  Size: {Type: Number}
Mappings:
  Sizes: {prod: {Instance: m5.large}, dev: {Instance: t3.micro}}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Not [!Condition IsProd]
  InChina: !Equals [!Ref 'AWS::Partition', aws-cn]
  ProdOrChina: !Or [!Condition IsProd, !Condition InChina]
  ProdAndChina: !And [!Condition IsProd, !Condition InChina]
  SecondZoneIsB: !Equals [!Select [1, !Ref Zones], b]
  BigInstance: !Equals [!FindInMap [Sizes, !Ref Env, Instance], m5.large]
  JoinedZones: !Equals [!Join ['-', !Ref Zones], a-b-c]
  SizeIsTwo: !Equals [!Ref Size, 2]
  AmiIsPath: !Equals [!Ref Ami, /aws/ami]
  Loop: !Condition Loop
  OnAttribute: !Equals [!GetAtt Bucket.Arn, x]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !If [IsProd, prod-bucket, !Ref 'AWS::NoValue']
      Tags:
        - !If [IsProd, {Key: tier, Value: gold}, !Ref 'AWS::NoValue']
        - {Key: env, Value: !Ref Env}
  Alarm:
    Type: AWS::SNS::Topic
    Condition: IsProd
  DevQueue:
    Type: AWS::SQS::Queue
    Condition: IsDev
    Properties:
      DelaySeconds: !If [InChina, 1, 2]
Outputs:
  AlarmArn: {Condition: IsProd, Value: !Ref Alarm}
  Zone: {Value: !Select [0, !Ref Zones]}
)";

cfn::DeployedTemplate deployed(const DeploymentParameters& p) {
  return cfn::deploy(cfn::parse_document(kTemplate, "t.yaml").root, p);
}

Truth truth_of(const cfn::DeployedTemplate& t, std::string_view name) {
  for (const auto& [n, truth] : t.conditions)
    if (n == name) return truth;
  FAIL("no condition " << name);
  return Truth::Unknown;
}

std::string json(const cfn::Value& v) { return cfn::to_json(v, cfn::JsonLayout::Compact); }

}  // namespace

TEST_CASE("deploy: conditions from given values, defaults and pseudo parameters", "[core][deployment]") {
  auto t = deployed({{{"Env", "prod"}, {"AWS::Region", "cn-north-1"}, {"Size", "2"}}});
  CHECK(truth_of(t, "IsProd") == Truth::True);
  CHECK(truth_of(t, "IsDev") == Truth::False);
  CHECK(truth_of(t, "InChina") == Truth::True);  // cn-north-1 is in the aws-cn partition
  CHECK(truth_of(t, "ProdOrChina") == Truth::True);
  CHECK(truth_of(t, "ProdAndChina") == Truth::True);
  CHECK(truth_of(t, "SecondZoneIsB") == Truth::True);  // each member of a CommaDelimitedList is space trimmed
  CHECK(truth_of(t, "BigInstance") == Truth::True);
  CHECK(truth_of(t, "JoinedZones") == Truth::True);
  CHECK(truth_of(t, "SizeIsTwo") == Truth::True);       // Fn::Equals compares strings: "2" and 2
  CHECK(truth_of(t, "AmiIsPath") == Truth::Unknown);    // an SSM parameter's value is resolved at deploy time
  CHECK(truth_of(t, "Loop") == Truth::Unknown);         // a cycle decides nothing
  CHECK(truth_of(t, "OnAttribute") == Truth::Unknown);  // a resource attribute is known only once deployed

  // Defaults: Env is dev; no region given, so the partition is not known.
  t = deployed({});
  CHECK(truth_of(t, "IsProd") == Truth::False);
  CHECK(truth_of(t, "IsDev") == Truth::True);
  CHECK(truth_of(t, "InChina") == Truth::Unknown);
  CHECK(truth_of(t, "ProdOrChina") == Truth::Unknown);  // false or unknown
  CHECK(truth_of(t, "ProdAndChina") == Truth::False);   // false and anything
  CHECK(truth_of(t, "BigInstance") == Truth::False);    // t3.micro
  CHECK(truth_of(t, "SizeIsTwo") == Truth::Unknown);    // no value, no default

  // A region outside China: the aws partition. A later value for a name wins.
  t = deployed({{{"AWS::Region", "cn-north-1"}, {"AWS::Region", "eu-west-1"}, {"Env", "prod"}}});
  CHECK(truth_of(t, "InChina") == Truth::False);
  CHECK(truth_of(t, "ProdAndChina") == Truth::False);
}

TEST_CASE("deploy: resources and outputs of false conditions go, Fn::If takes its branch", "[core][deployment]") {
  auto t = deployed({{{"Env", "prod"}, {"AWS::Region", "us-east-1"}}});
  const cfn::Value& resources = *t.document.find("Resources");
  CHECK(resources.find("Alarm") != nullptr);
  CHECK(resources.find("Alarm")->find("Condition") == nullptr);  // true: the resource simply exists
  CHECK(resources.find("DevQueue") == nullptr);                  // IsDev is false
  CHECK(
      json(*resources.find("Bucket")->find("Properties")) ==
      R"({"BucketName": "prod-bucket", "Tags": [{"Key": "tier", "Value": "gold"}, {"Key": "env", "Value": "prod"}]})");
  CHECK(t.document.find("Outputs")->find("AlarmArn") != nullptr);
  CHECK(json(*t.document.find("Outputs")->find("Zone")) == R"({"Value": "a"})");

  t = deployed({});  // dev: AWS::NoValue takes the name and the tag away; the partition is unknown
  const cfn::Value& dev = *t.document.find("Resources");
  CHECK(dev.find("Alarm") == nullptr);
  CHECK(json(*dev.find("Bucket")->find("Properties")) == R"({"Tags": [{"Key": "env", "Value": "dev"}]})");
  CHECK(json(*dev.find("DevQueue")) ==
        R"({"Type": "AWS::SQS::Queue", "Properties": {"DelaySeconds": {"Fn::If": ["InChina", 1, 2]}}})");
  CHECK(t.document.find("Outputs")->find("AlarmArn") == nullptr);
  // The other sections stay as written.
  CHECK(t.document.find("Conditions")->as_map().size() == 12);
}
