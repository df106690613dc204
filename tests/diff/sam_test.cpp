// SAM resources in a diff: a change is judged by the CloudFormation property
// the SAM mapping says it becomes, and the output says so. Each case comes
// from the AWS SAM developer guide (which property SAM passes where) and the
// CloudFormation reference of the generated type ("Update requires: No
// interruption" or "Replacement"), not from the code.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "cfn/diff.hpp"
#include "support/diff_helpers.hpp"

using cfn::Impact;
using cfn::test::diff_text;

namespace {

constexpr std::string_view kSam = "Transform: AWS::Serverless-2016-10-31\n";

/// The diff of one SAM resource R of `type` between two sets of properties (YAML, indented by 6).
cfn::TemplateDiff sam_diff(std::string_view type, std::string_view old_props, std::string_view new_props) {
  return diff_text(std::string(kSam) + cfn::test::one_resource(type, old_props),
                   std::string(kSam) + cfn::test::one_resource(type, new_props));
}

/// Its single change.
cfn::ValueChange sam_change(std::string_view type, std::string_view old_props, std::string_view new_props) {
  const cfn::TemplateDiff d = sam_diff(type, old_props, new_props);
  REQUIRE(d.resources.size() == 1);
  REQUIRE(d.resources[0].changes.size() == 1);
  return d.resources[0].changes[0];
}

}  // namespace

TEST_CASE("SAM: an application's SemanticVersion bump updates its nested stack", "[diff][sam]") {
  // The guide: Location is similar to the TemplateURL of an AWS::CloudFormation::Stack;
  // TemplateURL: "Update requires: No interruption".
  const std::string location =
      "      Location:\n        ApplicationId: arn:aws:serverlessrepo:us-east-1:123456789012:"
      "applications/hello\n";
  const cfn::TemplateDiff d = sam_diff("AWS::Serverless::Application", location + "        SemanticVersion: 1.0.0\n",
                                       location + "        SemanticVersion: 1.1.0\n");
  REQUIRE(d.resources.size() == 1);
  const cfn::ResourceChange& r = d.resources[0];
  CHECK(r.impact == Impact::Update);
  REQUIRE(r.changes.size() == 1);
  CHECK(cfn::to_string(r.changes[0].path) == "Properties.Location.SemanticVersion");
  CHECK(r.changes[0].reason ==
        "TemplateURL is Mutable (SAM mapping: Location becomes TemplateURL of an AWS::CloudFormation::Stack, "
        "reshaped)");
  CHECK_FALSE(r.data);
  // Said in every format: the text and markdown show the SAM mapping beside "update".
  CHECK(cfn::format_diff(d, cfn::DiffFormat::Text)
            .find("[~] Properties.Location.SemanticVersion: update (TemplateURL is Mutable (SAM mapping: Location "
                  "becomes TemplateURL of an AWS::CloudFormation::Stack, reshaped))\n") != std::string::npos);
  CHECK(cfn::format_diff(d, cfn::DiffFormat::Markdown).find("update (TemplateURL is Mutable (SAM mapping: ") !=
        std::string::npos);
  CHECK(cfn::format_diff(d, cfn::DiffFormat::Json)
            .find("\"impact\": \"update\", \"reason\": \"TemplateURL is Mutable (SAM mapping: Location") !=
        std::string::npos);

  // Parameters and TimeoutInMinutes are passed directly to the stack's: Mutable.
  CHECK(sam_change("AWS::Serverless::Application", location + "      Parameters: {Env: dev}\n",
                   location + "      Parameters: {Env: prod}\n")
            .impact == Impact::Update);
  CHECK(sam_change("AWS::Serverless::Application", location + "      TimeoutInMinutes: 10\n",
                   location + "      TimeoutInMinutes: 20\n")
            .impact == Impact::Update);
}

TEST_CASE("SAM: a function's properties go to the function, its role, version and event sources", "[diff][sam]") {
  const std::string_view fn = "AWS::Serverless::Function";
  // InlineCode is passed to Code.ZipFile; Code: No interruption.
  auto c = sam_change(fn, "      InlineCode: print(1)\n", "      InlineCode: print(2)\n");
  CHECK(c.impact == Impact::Update);
  CHECK(c.reason ==
        "Code.ZipFile is Mutable (SAM mapping: InlineCode becomes Code.ZipFile of an AWS::Lambda::Function)");
  // CodeUri is similar to Code: an update.
  CHECK(sam_change(fn, "      CodeUri: s3://bucket/a.zip\n", "      CodeUri: s3://bucket/b.zip\n").impact ==
        Impact::Update);
  // PackageType: Replacement.
  CHECK(sam_change(fn, "      PackageType: Zip\n", "      PackageType: Image\n").impact == Impact::Replace);
  // RolePath is passed to the Path of the AWS::IAM::Role SAM generates; Path: Replacement.
  c = sam_change(fn, "      RolePath: /app/\n", "      RolePath: /service/\n");
  CHECK(c.impact == Impact::Replace);
  CHECK(c.reason == "Path is Immutable (SAM mapping: RolePath becomes Path of an AWS::IAM::Role)");
  // PermissionsBoundary goes to the role too; PermissionsBoundary: No interruption.
  CHECK(sam_change(fn, "      PermissionsBoundary: arn:aws:iam::1:policy/a\n",
                   "      PermissionsBoundary: arn:aws:iam::1:policy/b\n")
            .impact == Impact::Update);
  // VersionDescription is the Description of an AWS::Lambda::Version: Replacement (a new version).
  CHECK(sam_change(fn, "      VersionDescription: one\n", "      VersionDescription: two\n").impact == Impact::Replace);
  // ProvisionedConcurrencyConfig goes to the AWS::Lambda::Alias: No interruption.
  CHECK(sam_change(fn, "      ProvisionedConcurrencyConfig: {ProvisionedConcurrentExecutions: 1}\n",
                   "      ProvisionedConcurrencyConfig: {ProvisionedConcurrentExecutions: 2}\n")
            .impact == Impact::Update);
  // Schedule events: Schedule becomes the rule's ScheduleExpression (No interruption), Name its Name (Replacement).
  const std::string schedule = "      Events:\n        Nightly:\n          Type: Schedule\n          Properties:\n";
  // Another kind of event: SAM generates other resources.
  const cfn::TemplateDiff other =
      sam_diff(fn, schedule + "            Schedule: rate(1 day)\n",
               "      Events:\n        Nightly:\n          Type: SQS\n          Properties:\n"
               "            Queue: q\n");
  REQUIRE(other.resources.size() == 1);
  REQUIRE_FALSE(other.resources[0].changes.empty());
  CHECK(cfn::to_string(other.resources[0].changes[0].path) == "Properties.Events.Nightly.Type");
  CHECK(other.resources[0].changes[0].impact == Impact::Unknown);
  CHECK(other.resources[0].changes[0].reason.find("the SAM transform turns AWS::Serverless::Function into other") !=
        std::string::npos);
}

TEST_CASE("SAM: tables, APIs, layers and state machines", "[diff][sam]") {
  // SimpleTable: TableName is passed to the AWS::DynamoDB::Table's (Replacement), so its data is at risk.
  const cfn::TemplateDiff table =
      sam_diff("AWS::Serverless::SimpleTable", "      TableName: orders\n", "      TableName: orders-v2\n");
  REQUIRE(table.resources.size() == 1);
  CHECK(table.resources[0].impact == Impact::Replace);
  REQUIRE(table.resources[0].data);
  CHECK(table.resources[0].data->loses_data());
  CHECK(sam_change("AWS::Serverless::SimpleTable",
                   "      ProvisionedThroughput: {ReadCapacityUnits: 1, WriteCapacityUnits: 1}\n",
                   "      ProvisionedThroughput: {ReadCapacityUnits: 5, WriteCapacityUnits: 1}\n")
            .impact == Impact::Update);
  // Api: StageName is similar to the AWS::ApiGateway::Stage's (Replacement); Variables passed to it (No interruption).
  auto c = sam_change("AWS::Serverless::Api", "      StageName: dev\n", "      StageName: prod\n");
  CHECK(c.impact == Impact::Replace);
  CHECK(c.reason ==
        "StageName is Immutable (SAM mapping: StageName becomes StageName of an AWS::ApiGateway::Stage, reshaped)");
  CHECK(sam_change("AWS::Serverless::Api", "      Variables: {a: '1'}\n", "      Variables: {a: '2'}\n").impact ==
        Impact::Update);
  CHECK(sam_change("AWS::Serverless::Api", "      Name: a\n", "      Name: b\n").impact == Impact::Update);
  // HttpApi: StageVariables to the AWS::ApiGatewayV2::Stage (No interruption).
  CHECK(sam_change("AWS::Serverless::HttpApi", "      StageVariables: {a: '1'}\n", "      StageVariables: {a: '2'}\n")
            .impact == Impact::Update);
  // LayerVersion: ContentUri is similar to Content of an AWS::Lambda::LayerVersion (Replacement: a new version).
  CHECK(sam_change("AWS::Serverless::LayerVersion", "      ContentUri: s3://b/a.zip\n",
                   "      ContentUri: s3://b/b.zip\n")
            .impact == Impact::Replace);
  // StateMachine: Type to StateMachineType (Replacement), Logging to LoggingConfiguration (No interruption).
  CHECK(sam_change("AWS::Serverless::StateMachine", "      Type: STANDARD\n", "      Type: EXPRESS\n").impact ==
        Impact::Replace);
  CHECK(sam_change("AWS::Serverless::StateMachine", "      Logging: {Level: ALL}\n", "      Logging: {Level: ERROR}\n")
            .impact == Impact::Update);
  // GraphQLApi: XrayEnabled to the AWS::AppSync::GraphQLApi's (No interruption).
  CHECK(sam_change("AWS::Serverless::GraphQLApi", "      XrayEnabled: false\n", "      XrayEnabled: true\n").impact ==
        Impact::Update);
  // Connector: every property unique to SAM.
  CHECK(
      sam_change("AWS::Serverless::Connector", "      Permissions: [Read]\n", "      Permissions: [Write]\n").impact ==
      Impact::Unknown);
}

TEST_CASE("SAM: what replaces another generated resource does not spread from the SAM resource", "[diff][sam]") {
  // A permission names the function (FunctionName is Immutable): it is replaced with the function
  // (FunctionName: Replacement), not with the function's role (RolePath: the AWS::IAM::Role's Path).
  const auto with_function = [](std::string_view properties) {
    return std::string(kSam) +
           "Resources:\n"
           "  Fn:\n"
           "    Type: AWS::Serverless::Function\n"
           "    Properties:\n"
           "      Runtime: python3.12\n"
           "      Handler: index.handler\n"
           "      InlineCode: print(1)\n" +
           std::string(properties) +
           "  Invoke:\n"
           "    Type: AWS::Lambda::Permission\n"
           "    Properties:\n"
           "      Action: lambda:InvokeFunction\n"
           "      Principal: events.amazonaws.com\n"
           "      FunctionName: !GetAtt Fn.Arn\n";
  };
  auto d = diff_text(with_function("      RolePath: /a/\n"), with_function("      RolePath: /b/\n"));
  REQUIRE(d.resources.size() == 1);
  CHECK(d.resources[0].logical_id == "Fn");
  CHECK(d.resources[0].changes.at(0).impact == Impact::Replace);
  CHECK(d.resources[0].changes.at(0).another_resource);
  d = diff_text(with_function("      FunctionName: a\n"), with_function("      FunctionName: b\n"));
  REQUIRE(d.resources.size() == 2);
  CHECK_FALSE(d.resources[0].changes.at(0).another_resource);
  CHECK(d.resources[1].logical_id == "Invoke");
  CHECK(d.resources[1].impact == Impact::Replace);
  REQUIRE(d.resources[1].spread.size() == 1);
  CHECK(d.resources[1].spread[0].source == "Fn");
}
