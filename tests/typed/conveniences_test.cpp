// The hand-written helpers on top of the generated classes: ARNs, IAM
// policy documents, tags.
#include <catch2/catch.hpp>

#include "cfn/arn.hpp"
#include "cfn/emit.hpp"
#include "cfn/intrinsics.hpp"
#include "cfn/policy.hpp"
#include "cfn/tags.hpp"

using cfn::Value;

TEST_CASE("ARNs use the stack's partition, region and account", "[typed][arn]") {
  CHECK(Value(cfn::arn::regional("ec2", "instance/*")) ==
        Value(cfn::sub("arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:instance/*")));
  CHECK(Value(cfn::arn::global("iam", "role/${Role}")) ==
        Value(cfn::sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${Role}")));
  // Variables that can be written inline are; the others stay variables of the Sub.
  CHECK(Value(cfn::arn::regional("logs", "log-group:${Group}:*", {{"Group", cfn::ref("Logs")}})) ==
        Value(cfn::sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${Logs}:*")));
  CHECK(Value(cfn::arn::regional("ssm", "parameter/${Path}/*", {{"Path", "app/config"}})) ==
        Value(cfn::sub("arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/app/config/*")));
  CHECK(Value(cfn::arn::global("iam", "role/${Name}", {{"Name", cfn::select(0, cfn::ref("Names"))}})) ==
        Value(cfn::sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${Name}",
                       {{"Name", cfn::select(0, cfn::ref("Names"))}})));
  CHECK(Value(cfn::arn::for_type("AWS::EC2::Volume", {{"VolumeId", cfn::ref("Vol")}})) ==
        Value(cfn::sub("arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:volume/${Vol}")));
  CHECK(Value(cfn::arn::for_type("AWS::EC2::EIP", {{"AllocationId", cfn::get_att("Eip", "AllocationId")}})) ==
        Value(cfn::sub("arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:elastic-ip/${Eip.AllocationId}")));
  // A GetAtt that ${...} would read back differently stays a variable (${A.b.c} is A / b.c).
  CHECK(Value(cfn::arn::for_type("AWS::EC2::EIP", {{"AllocationId", cfn::get_att("A.b", "c")}})) ==
        Value(cfn::sub("arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:elastic-ip/${AllocationId}",
                       {{"AllocationId", cfn::get_att("A.b", "c")}})));
  CHECK(Value(cfn::arn::for_type("AWS::EC2::Volume", {{"VolumeId", "*"}})) ==
        Value(cfn::sub("arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:volume/*")));
  CHECK(Value(cfn::arn::for_type("AWS::EC2::Volume", {{"VolumeId", cfn::select(0, cfn::ref("Ids"))}})) ==
        Value(cfn::sub("arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:volume/${VolumeId}",
                       {{"VolumeId", cfn::select(0, cfn::ref("Ids"))}})));
  CHECK_THROWS_WITH(cfn::arn::for_type("AWS::EC2::Volume", {}),
                    "arn::for_type: AWS::EC2::Volume needs a value for ${VolumeId} "
                    "(arn:${Partition}:ec2:${Region}:${Account}:volume/${VolumeId})");
  CHECK_THROWS_WITH(cfn::arn::for_type("AWS::AutoScaling::AutoScalingGroup", {}),
                    "arn::for_type: the specification gives no ARN format for AWS::AutoScaling::AutoScalingGroup");
  CHECK_THROWS_WITH(cfn::arn::for_type("AWS::Nope::Nope", {}),
                    "arn::for_type: unknown resource type 'AWS::Nope::Nope'");
}

TEST_CASE("IAM statements", "[typed][iam]") {
  const cfn::policy::PolicyDocument doc{{
      {.sid = "Attach",
       .action = {"ec2:AttachVolume"},
       .resource = {cfn::arn::regional("ec2", "instance/*"), cfn::arn::regional("ec2", "volume/${Vol}")},
       .condition = cfn::Map{{"StringEquals", cfn::Map{{"ec2:AvailabilityZone", "eu-west-1a"}}}}},
      {.effect = cfn::policy::Effect::Deny, .not_action = {"iam:*", "sts:*"}, .resource = {"*"}},
  }};
  CHECK(cfn::to_yaml(doc.to_value()) ==
        "Version: '2012-10-17'\n"
        "Statement:\n"
        "  - Sid: Attach\n"
        "    Effect: Allow\n"
        "    Action: ec2:AttachVolume\n"
        "    Resource:\n"
        "      - !Sub arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:instance/*\n"
        "      - !Sub arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:volume/${Vol}\n"
        "    Condition:\n"
        "      StringEquals:\n"
        "        ec2:AvailabilityZone: eu-west-1a\n"
        "  - Effect: Deny\n"
        "    NotAction:\n"
        "      - iam:*\n"
        "      - sts:*\n"
        "    Resource: '*'\n");
  CHECK_THROWS_WITH(cfn::policy::Statement{.resource = {"*"}}.to_value(),
                    "IAM statement needs exactly one of Action and NotAction");
  CHECK_THROWS_WITH((cfn::policy::Statement{.action = {"s3:*"}, .resource = {"*"}, .not_resource = {"x"}}.to_value()),
                    "IAM statement needs exactly one of Resource and NotResource");
}

TEST_CASE("tags", "[typed][tags]") {
  const cfn::Tags tags{{"Name", "web"}, {"Stack", cfn::pseudo::stack_name()}};
  CHECK(tags.value() == Value(cfn::List{cfn::Map{{"Key", "Name"}, {"Value", "web"}},
                                        cfn::Map{{"Key", "Stack"}, {"Value", cfn::pseudo::stack_name()}}}));
}
