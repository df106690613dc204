// Regression tests for false errors found by comparing with cfn-lint and the
// AWS documentation (issue 12): each template is valid and must give no error.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "cfn/lint.hpp"
#include "cfn/parse.hpp"
#include "support/lint_messages.hpp"

using cfn::test::kNoFindings;

namespace {

/// "CODE message" of each error of `yaml`.
std::vector<std::string> errors(const std::string& yaml) {
  const cfn::Document doc = cfn::parse_document(yaml, "t.yaml");
  std::vector<std::string> out;
  for (const cfn::Finding& f : cfn::lint(doc))
    if (f.severity == cfn::Severity::Error) out.push_back(std::string(f.code) + " " + f.message);
  return out;
}

}  // namespace

TEST_CASE("SAM property names and types as the SAM documentation has them") {
  // sam-resource-application (NotificationARNs), sam-resource-function (SnapStart, DurableConfig),
  // sam-resource-layerversion (CompatibleArchitectures), sam-property-api-apiauth (ResourcePolicy),
  // sam-property-api-endpointconfiguration (VPCEndpointIds), sam-resource-capacityprovider.
  CHECK(errors(R"(Transform: AWS::Serverless-2016-10-31
Resources:
  Topic:
    Type: AWS::SNS::Topic
  App:
    Type: AWS::Serverless::Application
    Properties:
      Location: {ApplicationId: !Sub "arn:${AWS::Partition}:serverlessrepo:us-east-1:123456789012:applications/x", SemanticVersion: 1.0.0}
      NotificationARNs: [!Ref Topic]
  Function:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      CodeUri: s3://bucket/key.zip
      SnapStart: {ApplyOn: PublishedVersions}
      DurableConfig: {ExecutionTimeout: 3600}
  Layer:
    Type: AWS::Serverless::LayerVersion
    Properties:
      ContentUri: s3://bucket/layer.zip
      CompatibleArchitectures: [arm64]
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        ResourcePolicy: {CustomStatements: []}
      EndpointConfiguration:
        Type: PRIVATE
        VPCEndpointIds: [vpce-0123456789abcdef0]
  Capacity:
    Type: AWS::Serverless::CapacityProvider
)") == kNoFindings);
  // The old spelling is not SAM's any more.
  CHECK(errors("Transform: AWS::Serverless-2016-10-31\nResources:\n  App:\n    Type: AWS::Serverless::Application\n"
               "    Properties:\n      Location: x\n      NotificationArns: []\n")
            .size() == 1);
}

TEST_CASE("condition names may hold & and _") {
  CHECK(errors(R"(Conditions:
  Prod&Virginia: !Equals [!Ref AWS::Region, us-east-1]
  is_prod: !Condition Prod&Virginia
Resources:
  Topic:
    Type: AWS::SNS::Topic
    Condition: is_prod
)") == kNoFindings);
}

TEST_CASE("the resources of a module are referred to by the module's id and theirs") {
  CHECK(errors(R"(Resources:
  Storage:
    Type: My::Org::Bucket::MODULE
    Properties: {Name: data}
  Reader:
    Type: AWS::SNS::Topic
    Properties:
      TopicName: !Ref StorageBucket
      DisplayName: !GetAtt StorageBucket.Arn
)") == kNoFindings);
}

TEST_CASE("SAM: an Api event's RestApiId is no dependency of the function (no cycle)") {
  CHECK(errors(R"(Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
        paths:
          /:
            get:
              x-amazon-apigateway-integration:
                httpMethod: POST
                type: aws_proxy
                uri: !Sub "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Handler.Arn}/invocations"
  Handler:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      CodeUri: s3://bucket/key.zip
      Events:
        Get:
          Type: Api
          Properties: {RestApiId: !Ref Api, Path: /, Method: get}
)") == kNoFindings);
  // A real circle between SAM resources is still one.
  CHECK(errors(R"(Transform: AWS::Serverless-2016-10-31
Resources:
  A:
    Type: AWS::Serverless::Function
    Properties: {Runtime: python3.12, Handler: i.h, CodeUri: s3://b/k, Environment: {Variables: {B: !Ref B}}}
  B:
    Type: AWS::Serverless::Function
    Properties: {Runtime: python3.12, Handler: i.h, CodeUri: s3://b/k, Environment: {Variables: {A: !Ref A}}}
)") == std::vector<std::string>{"E3004 circular dependency: A -> B -> A"});
}
