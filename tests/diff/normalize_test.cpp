// What the diff does not report: spellings CloudFormation reads alike.
#include <catch2/catch.hpp>

#include "support/diff_helpers.hpp"

using cfn::test::diff_text;
using cfn::test::one_resource;

namespace {

bool same(std::string_view a, std::string_view b) { return diff_text(a, b).empty(); }

std::string queue(std::string_view properties) { return one_resource("AWS::SQS::Queue", properties); }

}  // namespace

TEST_CASE("diff: formatting and key order are not changes", "[diff][normalize]") {
  CHECK(same("Resources:\n  Q: {Type: AWS::SQS::Queue, Properties: {DelaySeconds: 5, VisibilityTimeout: 30}}\n",
             "Resources:\n  Q:\n    Properties:\n      VisibilityTimeout: 30\n      DelaySeconds: 5\n"
             "    Type: AWS::SQS::Queue\n"));
  CHECK(same("Outputs: {A: {Value: x}}\nResources: {Q: {Type: AWS::SQS::Queue}}\n",
             "{\"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\"}}, \"Outputs\": {\"A\": {\"Value\": \"x\"}}}"));
}

TEST_CASE("diff: short and long forms of intrinsics are not changes", "[diff][normalize]") {
  CHECK(same(queue("      QueueName: !Ref Name\n"), queue("      QueueName: {Ref: Name}\n")));
  CHECK(same(queue("      QueueName: !GetAtt A.B\n"), queue("      QueueName: !GetAtt [A, B]\n")));
  CHECK(same(queue("      QueueName: !GetAtt A.B\n"), queue("      QueueName: {Fn::GetAtt: A.B}\n")));
  CHECK(same(queue("      QueueName: !GetAtt A.B.C\n"), queue("      QueueName: {Fn::GetAtt: [A, B.C]}\n")));
  CHECK(same(queue("      QueueName: !Sub '${A}-q'\n"), queue("      QueueName: !Sub ['${A}-q', {}]\n")));
  CHECK(same(queue("      QueueName: !Sub 'fixed'\n"), queue("      QueueName: fixed\n")));
  CHECK(same(queue("      QueueName: !Select [0, !GetAZs '']\n"),
             queue("      QueueName: !Select [0, {Fn::GetAZs: !Ref AWS::Region}]\n")));
  // Different meaning stays different.
  CHECK_FALSE(same(queue("      QueueName: !Sub '${!A}'\n"), queue("      QueueName: '${!A}'\n")));
  CHECK_FALSE(same(queue("      QueueName: !GetAtt A.B\n"), queue("      QueueName: !GetAtt [A.B, C]\n")));
  CHECK_FALSE(same(queue("      QueueName: !Sub ['${A}', {A: x}]\n"), queue("      QueueName: !Sub '${A}'\n")));
}

TEST_CASE("diff: quoting styles are not changes where CloudFormation passes strings", "[diff][normalize]") {
  CHECK(same(queue("      DelaySeconds: 80\n"), queue("      DelaySeconds: '80'\n")));
  CHECK(same(queue("      DelaySeconds: 80\n"), queue("      DelaySeconds: \"80\"\n")));
  CHECK(same(queue("      FifoQueue: true\n"), queue("      FifoQueue: 'true'\n")));
  CHECK(same("Parameters: {P: {Type: Number, Default: 8}}\nResources: {}\n",
             "Parameters: {P: {Type: Number, Default: '8'}}\nResources: {}\n"));
  CHECK(same("Conditions: {C: !Equals [!Ref P, 1]}\nResources: {}\n",
             "Conditions: {C: !Equals [!Ref P, '1']}\nResources: {}\n"));
  // Not the same text: reported.
  CHECK_FALSE(same(queue("      DelaySeconds: 80\n"), queue("      DelaySeconds: '080'\n")));
  CHECK_FALSE(same(queue("      FifoQueue: true\n"), queue("      FifoQueue: 'True'\n")));
  CHECK_FALSE(same(queue("      QueueName: null\n"), queue("      QueueName: 'null'\n")));
  // One law (cfn/scalar_equivalence.hpp), so the verdicts are transitive: '8.0' is 8.0, and 8.0 ("8.0") is not
  // 8 ("8"), so neither is '8.0'. Plain 1e3 is the string "1e3" in YAML 1.1, not 1000.
  CHECK(same(queue("      DelaySeconds: '8.0'\n"), queue("      DelaySeconds: 8.0\n")));
  CHECK_FALSE(same(queue("      DelaySeconds: 8.0\n"), queue("      DelaySeconds: 8\n")));
  CHECK_FALSE(same(queue("      DelaySeconds: '8.0'\n"), queue("      DelaySeconds: 8\n")));
  CHECK(same(queue("      DelaySeconds: 1e3\n"), queue("      DelaySeconds: '1e3'\n")));
  CHECK_FALSE(same(queue("      DelaySeconds: 1e3\n"), queue("      DelaySeconds: 1000\n")));
  CHECK(same(queue("      DelaySeconds: 1000.0\n"),
             "{\"Resources\": {\"R\": {\"Type\": \"AWS::SQS::Queue\", "
             "\"Properties\": {\"DelaySeconds\": 1e3}}}}"));
}

TEST_CASE("diff: JSON-typed properties and Metadata keep their kinds", "[diff][normalize]") {
  const std::string policy =
      "      PolicyName: p\n      Roles: [r]\n      PolicyDocument:\n        Statement:\n"
      "          - Effect: Allow\n            Action: s3:GetObject\n            Resource: '*'\n"
      "            Condition: {NumericLessThan: {s3:max-keys: ";
  const auto d = diff_text(one_resource("AWS::IAM::Policy", policy + "10}}\n"),
                           one_resource("AWS::IAM::Policy", policy + "'10'}}\n"));
  REQUIRE(d.resources.size() == 1);
  CHECK(cfn::to_string(d.resources[0].changes.at(0).path) ==
        "Properties.PolicyDocument.Statement[0].Condition.NumericLessThan.s3:max-keys");
  CHECK(
      same(one_resource("AWS::IAM::Policy", policy + "10}}\n"), one_resource("AWS::IAM::Policy", policy + "10.0}}\n")));

  CHECK_FALSE(same("Resources: {Q: {Type: AWS::SQS::Queue, Metadata: {N: 1}}}\n",
                   "Resources: {Q: {Type: AWS::SQS::Queue, Metadata: {N: '1'}}}\n"));
  CHECK_FALSE(
      same("Metadata: {Tool: {Version: 1}}\nResources: {}\n", "Metadata: {Tool: {Version: '1'}}\nResources: {}\n"));
  // Event patterns: "80" and 80 match different events.
  CHECK_FALSE(same(one_resource("AWS::Events::Rule", "      EventPattern: {detail: {port: [80]}}\n"),
                   one_resource("AWS::Events::Rule", "      EventPattern: {detail: {port: ['80']}}\n")));
}

TEST_CASE("diff: DependsOn order and Transform spelling are not changes", "[diff][normalize]") {
  CHECK(same("Resources: {Q: {Type: AWS::SQS::Queue, DependsOn: A}}\n",
             "Resources: {Q: {Type: AWS::SQS::Queue, DependsOn: [A]}}\n"));
  CHECK(same("Resources: {Q: {Type: AWS::SQS::Queue, DependsOn: [B, A, A]}}\n",
             "Resources: {Q: {Type: AWS::SQS::Queue, DependsOn: [A, B]}}\n"));
  CHECK(same("Transform: AWS::Serverless-2016-10-31\nResources: {}\n",
             "Transform: [AWS::Serverless-2016-10-31]\nResources: {}\n"));
  CHECK(same("Resources: {Q: {Type: AWS::SQS::Queue}}\n", "Resources: {Q: {Type: AWS::SQS::Queue, Properties: {}}}\n"));
  CHECK(same("Resources: {}\nOutputs:\n", "Resources: {}\n"));
  // List order is meaningful.
  CHECK_FALSE(same(queue("      Tags: [{Key: a, Value: '1'}, {Key: b, Value: '2'}]\n"),
                   queue("      Tags: [{Key: b, Value: '2'}, {Key: a, Value: '1'}]\n")));
}

TEST_CASE("diff: normalize_template rewrites the spellings", "[diff][normalize]") {
  const cfn::Value v = cfn::normalize_template(
      cfn::parse_document("Resources: {Q: {Type: T, DependsOn: B, Properties: {A: !GetAtt X.Y.Z, "
                          "B: !Sub ['s', {}], C: !Sub '${X}', D: !GetAZs {Ref: AWS::Region}}}}\n",
                          "t")
          .root);
  const cfn::Value& r = v.find("Resources")->as_map().at("Q");
  CHECK(r.as_map().at("DependsOn") == cfn::Value(cfn::List{"B"}));
  const cfn::Value& p = r.as_map().at("Properties");
  CHECK(p.as_map().at("A") == cfn::Value(cfn::Fn(cfn::FnKind::GetAtt, cfn::List{"X", "Y.Z"})));
  CHECK(p.as_map().at("B") == cfn::Value("s"));
  CHECK(p.as_map().at("C") == cfn::Value(cfn::Fn(cfn::FnKind::Sub, "${X}")));
  CHECK(p.as_map().at("D") == cfn::Value(cfn::Fn(cfn::FnKind::GetAZs, "")));
}
