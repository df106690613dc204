// Hand-checked samples of the generated classes: each builds a resource
// through the typed setters, and the emitted YAML and the table's facts are
// compared with what the CloudFormation documentation says.
#include <catch2/catch.hpp>

#include "cfn/aws/apigateway.hpp"
#include "cfn/aws/autoscaling.hpp"
#include "cfn/aws/ec2.hpp"
#include "cfn/aws/events.hpp"
#include "cfn/aws/iam.hpp"
#include "cfn/aws/lambda.hpp"
#include "cfn/canonical.hpp"
#include "cfn/emit.hpp"
#include "cfn/policy.hpp"
#include "cfn/schema.hpp"

namespace ec2 = cfn::aws::ec2;
using cfn::schema::Shape;
using cfn::schema::UpdateType;

namespace {

// The YAML of the resources of `t`. Emitted without validation: the samples
// refer to resources they do not define.
std::string resource_yaml(const cfn::Template& t) {
  const std::string yaml = cfn::to_yaml(cfn::canonicalize(t.to_value()));
  return yaml.substr(yaml.find("Resources:\n") + 11);
}

cfn::schema::PropertyInfo property(std::string_view type, std::string_view name) {
  const auto t = cfn::schema::find_resource_type(type);
  REQUIRE(t);
  const auto p = t->find_property(name);
  REQUIRE(p);
  return *p;
}

}  // namespace

TEST_CASE("AWS::EC2::VPC", "[typed][sample]") {
  cfn::Template t;
  const auto vpc = t.add("Vpc", ec2::VPC{}
                                    .CidrBlock("10.0.0.0/16")
                                    .EnableDnsSupport(true)
                                    .EnableDnsHostnames(true)
                                    .Tags({{"Name", cfn::sub("${AWS::StackName}-vpc")}}));
  CHECK(resource_yaml(t) ==
        "  Vpc:\n"
        "    Type: AWS::EC2::VPC\n"
        "    Properties:\n"
        "      CidrBlock: 10.0.0.0/16\n"
        "      EnableDnsSupport: true\n"
        "      EnableDnsHostnames: true\n"
        "      Tags:\n"
        "        - Key: Name\n"
        "          Value: !Sub ${AWS::StackName}-vpc\n");
  CHECK(cfn::Value(vpc.DefaultSecurityGroup()) == cfn::Value(cfn::get_att("Vpc", "DefaultSecurityGroup")));
  CHECK(cfn::Value(vpc.ref()) == cfn::Value(cfn::ref("Vpc")));
  CHECK(property("AWS::EC2::VPC", "CidrBlock").update() == UpdateType::Immutable);
  CHECK(property("AWS::EC2::VPC", "Tags").type().shape == Shape::List);
  CHECK(cfn::schema::property_type(property("AWS::EC2::VPC", "Tags").type().object).name() == "Tag");
}

TEST_CASE("AWS::EC2::LaunchTemplate with LaunchTemplateData.MetadataOptions", "[typed][sample]") {
  cfn::Template t;
  const auto lt = t.add(
      "Lt",
      ec2::LaunchTemplate{}.LaunchTemplateData(
          ec2::LaunchTemplate_LaunchTemplateData{}
              .ImageId(cfn::ref("AWS::NoValue"))
              .MetadataOptions(ec2::LaunchTemplate_MetadataOptions{}.HttpTokens("required").HttpPutResponseHopLimit(2))
              .BlockDeviceMappings({ec2::LaunchTemplate_BlockDeviceMapping{}
                                        .DeviceName("/dev/xvda")
                                        .Ebs(ec2::LaunchTemplate_Ebs{}.Encrypted(true).VolumeSize(20))})));
  CHECK(resource_yaml(t) ==
        "  Lt:\n"
        "    Type: AWS::EC2::LaunchTemplate\n"
        "    Properties:\n"
        "      LaunchTemplateData:\n"
        "        ImageId: !Ref AWS::NoValue\n"
        "        MetadataOptions:\n"
        "          HttpTokens: required\n"
        "          HttpPutResponseHopLimit: 2\n"
        "        BlockDeviceMappings:\n"
        "          - DeviceName: /dev/xvda\n"
        "            Ebs:\n"
        "              Encrypted: true\n"
        "              VolumeSize: 20\n");
  CHECK(cfn::Value(lt.LatestVersionNumber()) == cfn::Value(cfn::get_att("Lt", "LatestVersionNumber")));
  const auto data = property("AWS::EC2::LaunchTemplate", "LaunchTemplateData");
  CHECK(data.required());
  const auto data_type = cfn::schema::property_type(data.type().object);
  CHECK(data_type.name() == "AWS::EC2::LaunchTemplate.LaunchTemplateData");
  const auto options = data_type.find_property("MetadataOptions");
  REQUIRE(options);
  const auto tokens = cfn::schema::property_type(options->type().object).find_property("HttpTokens");
  REQUIRE(tokens);
  CHECK(tokens->type().shape == Shape::String);
}

TEST_CASE("AWS::AutoScaling::LifecycleHook", "[typed][sample]") {
  cfn::Template t;
  t.add("Hook", cfn::aws::autoscaling::LifecycleHook{}
                    .AutoScalingGroupName("asg")
                    .LifecycleTransition("autoscaling:EC2_INSTANCE_LAUNCHING")
                    .HeartbeatTimeout(600)
                    .DefaultResult("ABANDON"));
  CHECK(resource_yaml(t) ==
        "  Hook:\n"
        "    Type: AWS::AutoScaling::LifecycleHook\n"
        "    Properties:\n"
        "      AutoScalingGroupName: asg\n"
        "      LifecycleTransition: autoscaling:EC2_INSTANCE_LAUNCHING\n"
        "      HeartbeatTimeout: 600\n"
        "      DefaultResult: ABANDON\n");
  CHECK(property("AWS::AutoScaling::LifecycleHook", "AutoScalingGroupName").required());
  CHECK(property("AWS::AutoScaling::LifecycleHook", "AutoScalingGroupName").update() == UpdateType::Immutable);
  CHECK(property("AWS::AutoScaling::LifecycleHook", "LifecycleTransition").required());
  CHECK(property("AWS::AutoScaling::LifecycleHook", "HeartbeatTimeout").type().shape == Shape::Integer);
  CHECK_FALSE(property("AWS::AutoScaling::LifecycleHook", "DefaultResult").required());
}

TEST_CASE("AWS::Lambda::Function", "[typed][sample]") {
  namespace lambda = cfn::aws::lambda;
  cfn::Template t;
  const auto fn =
      t.add("Fn", lambda::Function{}
                      .Runtime("python3.12")
                      .Handler("index.handler")
                      .Role(cfn::get_att("Role", "Arn"))
                      .Timeout(30)
                      .Code(lambda::Function_Code{}.ZipFile("def handler(event, context):\n    return 1\n"))
                      .Environment(lambda::Function_Environment{}.Variables({{"VOLUME_ID", cfn::ref("Vol")}})));
  CHECK(resource_yaml(t) ==
        "  Fn:\n"
        "    Type: AWS::Lambda::Function\n"
        "    Properties:\n"
        "      Runtime: python3.12\n"
        "      Handler: index.handler\n"
        "      Role: !GetAtt Role.Arn\n"
        "      Timeout: 30\n"
        "      Code:\n"
        "        ZipFile: |\n"
        "          def handler(event, context):\n"
        "              return 1\n"
        "      Environment:\n"
        "        Variables:\n"
        "          VOLUME_ID: !Ref Vol\n");
  CHECK(cfn::Value(fn.Arn()) == cfn::Value(cfn::get_att("Fn", "Arn")));
  CHECK(property("AWS::Lambda::Function", "Role").required());
  CHECK(property("AWS::Lambda::Function", "Code").required());
  const auto variables =
      cfn::schema::find_property_type("AWS::Lambda::Function.Environment")->find_property("Variables");
  REQUIRE(variables);
  CHECK(variables->type().shape == Shape::Map);
  CHECK(variables->type().item == Shape::String);
}

TEST_CASE("AWS::Events::Rule", "[typed][sample]") {
  namespace events = cfn::aws::events;
  cfn::Template t;
  t.add("Rule", events::Rule{}
                    .EventPattern(cfn::Map{{"source", cfn::List{"aws.autoscaling"}},
                                           {"detail-type", cfn::List{"EC2 Instance-launch Lifecycle Action"}}})
                    .Targets({events::Rule_Target{}.Arn(cfn::get_att("Fn", "Arn")).Id("Attach")}));
  CHECK(resource_yaml(t) ==
        "  Rule:\n"
        "    Type: AWS::Events::Rule\n"
        "    Properties:\n"
        "      EventPattern:\n"
        "        source:\n"
        "          - aws.autoscaling\n"
        "        detail-type:\n"
        "          - EC2 Instance-launch Lifecycle Action\n"
        "      Targets:\n"
        "        - Arn: !GetAtt Fn.Arn\n"
        "          Id: Attach\n");
  CHECK(property("AWS::Events::Rule", "EventPattern").type().shape == Shape::Json);
  const auto target = cfn::schema::find_property_type("AWS::Events::Rule.Target");
  CHECK(target->find_property("Arn")->required());
  CHECK(target->find_property("Id")->required());
}

TEST_CASE("AWS::IAM::Role", "[typed][sample]") {
  namespace iam = cfn::aws::iam;
  cfn::Template t;
  const auto role =
      t.add("Role", iam::Role{}
                        .AssumeRolePolicyDocument(cfn::policy::assume_role_policy("lambda.amazonaws.com"))
                        .ManagedPolicyArns({cfn::policy::managed_policy_arn("AmazonSSMManagedInstanceCore")})
                        .Policies({iam::Role_Policy{}.PolicyName("read").PolicyDocument(cfn::policy::PolicyDocument{
                            {{.action = {"s3:GetObject"}, .resource = {cfn::sub("${Bucket.Arn}/*")}}}})}));
  CHECK(resource_yaml(t) ==
        "  Role:\n"
        "    Type: AWS::IAM::Role\n"
        "    Properties:\n"
        "      AssumeRolePolicyDocument:\n"
        "        Version: '2012-10-17'\n"
        "        Statement:\n"
        "          - Effect: Allow\n"
        "            Principal:\n"
        "              Service: lambda.amazonaws.com\n"
        "            Action: sts:AssumeRole\n"
        "      ManagedPolicyArns:\n"
        "        - !Sub arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore\n"
        "      Policies:\n"
        "        - PolicyName: read\n"
        "          PolicyDocument:\n"
        "            Version: '2012-10-17'\n"
        "            Statement:\n"
        "              - Effect: Allow\n"
        "                Action: s3:GetObject\n"
        "                Resource: !Sub ${Bucket.Arn}/*\n");
  CHECK(cfn::Value(role.Arn()) == cfn::Value(cfn::get_att("Role", "Arn")));
  CHECK(cfn::Value(role.RoleId()) == cfn::Value(cfn::get_att("Role", "RoleId")));
  CHECK(property("AWS::IAM::Role", "AssumeRolePolicyDocument").required());
  CHECK(property("AWS::IAM::Role", "RoleName").update() == UpdateType::Immutable);
}

TEST_CASE("names that clash get a trailing underscore", "[typed][sample]") {
  // AWS::ApiGateway::DomainName has a property DomainName: a member cannot
  // share its class's name.
  cfn::Template t;
  t.add("Domain", cfn::aws::apigateway::DomainName{}.DomainName_("api.example.com"));
  CHECK(resource_yaml(t).find("DomainName: api.example.com") != std::string::npos);
}
