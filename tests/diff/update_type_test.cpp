// The consequence of a property change: the specification's UpdateType at
// every level of the path, the most severe deciding; the curated overrides;
// unknown types and properties.
#include <algorithm>
#include <catch2/catch.hpp>

#include "cfn/schema.hpp"
#include "diff/update_overrides.hpp"
#include "support/diff_helpers.hpp"

using cfn::Impact;
using cfn::test::diff_text;
using cfn::test::one_resource;

namespace {

// The single change between two resources of `type`.
cfn::ValueChange only_change(std::string_view type, std::string_view old_props, std::string_view new_props) {
  const auto d = diff_text(one_resource(type, old_props), one_resource(type, new_props));
  REQUIRE(d.resources.size() == 1);
  REQUIRE(d.resources[0].changes.size() == 1);
  return d.resources[0].changes[0];
}

}  // namespace

TEST_CASE("update type: top-level Mutable, Immutable and Conditional properties", "[diff][update]") {
  auto c = only_change("AWS::EC2::Subnet", "      CidrBlock: 10.0.0.0/24\n", "      CidrBlock: 10.0.1.0/24\n");
  CHECK(c.impact == Impact::Replace);
  CHECK(c.reason == "CidrBlock is Immutable");
  c = only_change("AWS::EC2::Subnet", "      MapPublicIpOnLaunch: true\n", "      MapPublicIpOnLaunch: false\n");
  CHECK(c.impact == Impact::Update);
  c = only_change("AWS::RDS::DBInstance", "      Engine: mysql\n", "      Engine: mariadb\n");
  CHECK(c.impact == Impact::MayReplace);
  CHECK(c.reason == "Engine is Conditional");
  // Adding or removing an Immutable property replaces too.
  c = only_change("AWS::EC2::Subnet", "      VpcId: v\n", "      VpcId: v\n      AvailabilityZone: eu-west-1a\n");
  CHECK(c.kind() == cfn::ChangeKind::Added);
  CHECK(c.impact == Impact::Replace);
}

TEST_CASE("update type: a nested Mutable does not lift an Immutable parent", "[diff][update]") {
  // AWS::DynamoDB::Table.KeySchema is Immutable; its AttributeName is Mutable in the specification.
  const auto key_schema = cfn::schema::find_property_type("AWS::DynamoDB::Table.KeySchema");
  REQUIRE(key_schema);
  REQUIRE(key_schema->find_property("AttributeName")->update() == cfn::schema::UpdateType::Mutable);
  const auto c = only_change("AWS::DynamoDB::Table", "      KeySchema: [{AttributeName: id, KeyType: HASH}]\n",
                             "      KeySchema: [{AttributeName: pk, KeyType: HASH}]\n");
  CHECK(cfn::to_string(c.path) == "Properties.KeySchema[0].AttributeName");
  CHECK(c.impact == Impact::Replace);
  CHECK(c.reason == "KeySchema is Immutable");
}

TEST_CASE("update type: a nested Immutable wins over its Conditional parent", "[diff][update]") {
  // AWS::EC2::Instance BlockDeviceMappings is Conditional, Ebs.KmsKeyId Immutable, Ebs.VolumeSize Mutable.
  const std::string before = "      BlockDeviceMappings:\n        - DeviceName: /dev/xvda\n          Ebs:\n";
  auto c =
      only_change("AWS::EC2::Instance", before + "            KmsKeyId: a\n", before + "            KmsKeyId: b\n");
  CHECK(c.impact == Impact::Replace);
  CHECK(c.reason == "Ebs.KmsKeyId is Immutable");
  c = only_change("AWS::EC2::Instance", before + "            VolumeSize: 8\n",
                  before + "            VolumeSize: 16\n");
  CHECK(c.impact == Impact::MayReplace);
  CHECK(c.reason == "BlockDeviceMappings is Conditional");
}

TEST_CASE("update type: the most specific Mutable level is named", "[diff][update]") {
  const auto c = only_change("AWS::EC2::LaunchTemplate", "      LaunchTemplateData: {ImageId: ami-1}\n",
                             "      LaunchTemplateData: {ImageId: ami-2}\n");
  CHECK(c.impact == Impact::Update);
  CHECK(c.reason == "LaunchTemplateData.ImageId is Mutable");
}

TEST_CASE("update type: the branches of Fn::If stand where the If stands", "[diff][update]") {
  auto c = only_change("AWS::EC2::Subnet", "      CidrBlock: !If [C, 10.0.0.0/24, 10.0.1.0/24]\n",
                       "      CidrBlock: !If [C, 10.0.0.0/24, 10.0.2.0/24]\n");
  CHECK(cfn::to_string(c.path) == "Properties.CidrBlock.Fn::If[2]");
  CHECK(c.impact == Impact::Replace);
  c = only_change("AWS::EC2::Subnet", "      CidrBlock: !Select [0, [a, b]]\n",
                  "      CidrBlock: !Select [1, [a, b]]\n");
  CHECK(c.impact == Impact::Replace);
}

TEST_CASE("update type: unknown properties and types are unknown, not guessed", "[diff][update]") {
  auto c = only_change("AWS::EC2::Subnet", "      Bogus: 1\n", "      Bogus: 2\n");
  CHECK(c.impact == Impact::Unknown);
  CHECK(c.reason == "Bogus is not a property of AWS::EC2::Subnet in the specification");
  c = only_change("AWS::EC2::LaunchTemplate", "      LaunchTemplateData: {Bogus: 1}\n",
                  "      LaunchTemplateData: {Bogus: 2}\n");
  CHECK(c.impact == Impact::Unknown);
  c = only_change("AWS::DynamoDB::Table", "      KeySchema: [{Bogus: 1}]\n", "      KeySchema: [{Bogus: 2}]\n");
  CHECK(c.impact == Impact::Replace);  // under an Immutable property, whatever it is
  c = only_change("AWS::Nope::Thing", "      A: 1\n", "      A: 2\n");
  CHECK(c.impact == Impact::Unknown);
  CHECK(c.reason == "AWS::Nope::Thing is not in the specification");
}

TEST_CASE("update type: custom resources update, their service token cannot change", "[diff][update]") {
  auto c = only_change("Custom::Thing", "      ServiceToken: arn1\n      Size: 1\n",
                       "      ServiceToken: arn1\n      Size: 2\n");
  CHECK(c.impact == Impact::Update);
  c = only_change("Custom::Thing", "      ServiceToken: arn1\n", "      ServiceToken: arn2\n");
  CHECK(c.impact == Impact::Rejected);
  c = only_change("AWS::CloudFormation::CustomResource", "      ServiceToken: arn1\n", "      ServiceToken: arn2\n");
  CHECK(c.impact == Impact::Rejected);
}

TEST_CASE("update type: the overrides where the documentation contradicts the specification", "[diff][update]") {
  // Each override names a property the specification has, says what the specification says, and cites a source.
  for (const auto& o : cfn::detail::diff::update_overrides()) {
    CAPTURE(o.resource_type, o.property);
    CHECK_FALSE(o.source.empty());
    if (o.resource_type == "Custom::*") continue;
    const auto type = cfn::schema::find_resource_type(o.resource_type);
    REQUIRE(type);
    const auto property = type->find_property(o.property);
    REQUIRE(property);
    const auto says = property->update() == cfn::schema::UpdateType::Mutable     ? "Mutable"
                      : property->update() == cfn::schema::UpdateType::Immutable ? "Immutable"
                                                                                 : "Conditional";
    CHECK(o.specification == says);
  }
  auto c =
      only_change("AWS::EC2::Volume", "      AvailabilityZone: eu-west-1a\n", "      AvailabilityZone: eu-west-1b\n");
  CHECK(c.impact == Impact::Rejected);
  CHECK(c.reason.starts_with("updates are not supported"));
  c = only_change("AWS::EC2::Volume", "      Size: 8\n", "      Size: 16\n");
  CHECK(c.impact == Impact::Update);
  c = only_change("AWS::DynamoDB::Table", "      LocalSecondaryIndexes: [{IndexName: a}]\n",
                  "      LocalSecondaryIndexes: [{IndexName: b}]\n");
  CHECK(c.impact == Impact::Rejected);
}

TEST_CASE("update type: resource attributes do not touch the resource, Type cannot change", "[diff][update]") {
  auto d =
      diff_text("Resources: {Q: {Type: AWS::SQS::Queue, DeletionPolicy: Delete, DependsOn: A, Metadata: {a: 1}}}\n",
                "Resources: {Q: {Type: AWS::SQS::Queue, DeletionPolicy: Retain, DependsOn: B, Metadata: {a: 2}}}\n");
  REQUIRE(d.resources.size() == 1);
  CHECK(d.resources[0].impact == Impact::None);
  CHECK(d.resources[0].changes.size() == 3);
  d = diff_text("Resources: {Q: {Type: AWS::SQS::Queue}}\n", "Resources: {Q: {Type: AWS::SQS::Queue, Condition: C}}\n");
  CHECK(d.resources.at(0).impact == Impact::Unknown);
  d = cfn::test::diff_pair("type_change_old.yaml", "type_change_new.yaml");
  REQUIRE(d.resources.size() == 1);
  CHECK(d.resources[0].impact == Impact::Rejected);
  CHECK(d.resources[0].old_type == "AWS::SNS::Topic");
  CHECK(d.resources[0].new_type == "AWS::SQS::Queue");
  CHECK(d.resources[0].reason.find("give it a new logical id") != std::string::npos);
}

// Regression: the specification marks every SAM property Immutable, so changing an SQS event's
// BatchSize was reported as REPLACE. SAM resources are judged through the SAM mapping
// (tests/diff/sam_test.cpp has a case per SAM resource type).
TEST_CASE("update type: SAM properties are judged by what SAM maps them to", "[diff][update][regression]") {
  const std::string sam = "Transform: AWS::Serverless-2016-10-31\n";
  auto change = [&](std::string_view old_props, std::string_view new_props) {
    const auto d = diff_text(sam + one_resource("AWS::Serverless::Function", old_props),
                             sam + one_resource("AWS::Serverless::Function", new_props));
    REQUIRE(d.resources.size() == 1);
    REQUIRE(d.resources[0].changes.size() == 1);
    return d.resources[0].changes[0];
  };
  const std::string event =
      "      Events:\n        Jobs:\n          Type: SQS\n          Properties:\n            Queue: !GetAtt Q.Arn\n";
  auto c = change(event + "            BatchSize: 10\n", event + "            BatchSize: 5\n");
  CHECK(cfn::to_string(c.path) == "Properties.Events.Jobs.Properties.BatchSize");
  CHECK(c.impact == Impact::Update);
  CHECK(c.reason ==
        "BatchSize is Mutable (SAM mapping: the SQS event's BatchSize becomes BatchSize of an "
        "AWS::Lambda::EventSourceMapping)");
  const std::string stream =
      "      Events:\n        S:\n          Type: Kinesis\n          Properties:\n            Stream: !GetAtt K.Arn\n";
  c = change(stream + "            StartingPosition: LATEST\n", stream + "            StartingPosition: TRIM_HORIZON\n");
  CHECK(c.impact == Impact::Replace);  // the event source mapping is replaced
  c = change("      Events:\n        E:\n          Type: SQS\n          Properties: {Queue: a}\n",
             "      Events:\n        E:\n          Type: SQS\n          Properties: {Queue: b}\n");
  CHECK(c.impact == Impact::Replace);  // the guide: Queue is passed directly to EventSourceArn, Immutable
  CHECK(c.reason ==
        "EventSourceArn is Immutable (SAM mapping: the SQS event's Queue becomes EventSourceArn of an "
        "AWS::Lambda::EventSourceMapping)");
  c = change("      Runtime: python3.12\n", "      Runtime: python3.13\n");
  CHECK(c.impact == Impact::Update);
  CHECK(c.reason == "Runtime is Mutable (SAM mapping: Runtime becomes Runtime of an AWS::Lambda::Function)");
  c = change("      FunctionName: a\n", "      FunctionName: b\n");
  CHECK(c.impact == Impact::Replace);
  c = change("      Environment: {Variables: {A: '1'}}\n", "      Environment: {Variables: {A: '2'}}\n");
  CHECK(c.impact == Impact::Update);
  c = change("      AutoPublishAlias: live\n", "      AutoPublishAlias: prod\n");
  CHECK(c.impact == Impact::Unknown);
  CHECK(c.reason.starts_with("SAM mapping: AutoPublishAlias has no CloudFormation property"));
}
