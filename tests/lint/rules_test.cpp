// Unit tests for the rules whose logic has corners: cycles, Fn::Sub,
// Fn::GetAtt, port ranges, transforms (SAM, AWS::LanguageExtensions,
// macros), the runtime dates, and templates built in code (no marks: the
// path locates the finding).
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "cfn/intrinsics.hpp"
#include "cfn/lint.hpp"
#include "cfn/parse.hpp"
#include "support/lint_messages.hpp"

using cfn::test::kNoFindings;
using cfn::test::lint_messages;

namespace {

std::vector<std::string> codes(const std::string& yaml) {
  const cfn::Document doc = cfn::parse_document(yaml, "t.yaml");
  std::vector<std::string> out;
  for (const cfn::Finding& f : cfn::lint(doc)) out.emplace_back(f.code);
  return out;
}

}  // namespace

TEST_CASE("rules are listed once each and sorted with E or W and a title") {
  const auto rules = cfn::lint_rules();
  REQUIRE(rules.size() >= 40);
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const auto& r = rules[i];
    INFO(r.code);
    CHECK(r.code.size() == 5);
    CHECK((r.code[0] == 'E') == (r.severity == cfn::Severity::Error));
    CHECK((r.code[0] == 'W') == (r.severity == cfn::Severity::Warning));
    CHECK(!r.title.empty());
    if (i > 0) {
      const auto& p = rules[i - 1];
      const bool ordered =
          p.code.substr(1) < r.code.substr(1) || (p.code.substr(1) == r.code.substr(1) && p.code < r.code);
      CHECK(ordered);
    }
  }
}

TEST_CASE("cycles are printed as the cycle once per knot from its first resource") {
  const std::string yaml = R"(Resources:
  A:
    Type: AWS::SNS::Topic
    Properties:
      TopicName: !GetAtt B.TopicName
  B:
    Type: AWS::SNS::Topic
    Properties:
      TopicName: !Sub "${C}"
      DisplayName: !Sub ["${X}", {X: !Ref A}]
  C:
    Type: AWS::SNS::Topic
    DependsOn: [A]
  Free:
    Type: AWS::SNS::Topic
    DependsOn: A
)";
  CHECK(lint_messages(yaml, "E3004") ==
        std::vector<std::string>{"E3004 circular dependency: A -> B -> A; 3 resources depend on "
                                 "each other: A, B, C"});
}

TEST_CASE("a resource that refers to itself is a cycle") {
  CHECK(lint_messages(
            "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !GetAtt Q.QueueName\n",
            "E3004") == std::vector<std::string>{"E3004 circular dependency: Q -> Q"});
}

TEST_CASE("a chain is not a cycle and two knots are reported apart") {
  const std::string chain = R"(Resources:
  A: {Type: AWS::SNS::Topic, DependsOn: B}
  B: {Type: AWS::SNS::Topic, DependsOn: C}
  C: {Type: AWS::SNS::Topic}
)";
  CHECK(lint_messages(chain, "E3004") == kNoFindings);
  const std::string two = R"(Resources:
  X: {Type: AWS::SNS::Topic, DependsOn: Y}
  Y: {Type: AWS::SNS::Topic, DependsOn: X}
  P: {Type: AWS::SNS::Topic, DependsOn: Q}
  Q: {Type: AWS::SNS::Topic, DependsOn: P}
)";
  CHECK(lint_messages(two, "E3004") ==
        std::vector<std::string>{"E3004 circular dependency: X -> Y -> X", "E3004 circular dependency: P -> Q -> P"});
}

TEST_CASE("Sub: variables of the Sub's own map and pseudo parameters and escapes resolve") {
  const std::string yaml = R"(Parameters:
  Env: {Type: String}
Resources:
  Q:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub ["${Env}-${Local}-${AWS::Region}-${!Literal}-${!bad name}", {Local: x}]
)";
  CHECK(codes(yaml) == kNoFindings);
}

TEST_CASE("Sub: names CloudFormation rejects and unknown names and unterminated ${") {
  const std::string yaml = R"(Resources:
  R:
    Type: AWS::SQS::Queue
  Q:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub "${HOME:-x} ${ Spaced } ${Nope} ${R.Arn} ${R.Nope} ${Open"
)";
  CHECK(lint_messages(yaml) ==
        std::vector<std::string>{
            "E1019 ${Nope} is not a parameter, resource, pseudo parameter or variable of this Fn::Sub",
            "E1019 ${R.Nope}: AWS::SQS::Queue has no attribute 'Nope'" +
                std::string(" (it has Arn, QueueName, QueueUrl)"),
            "E1023 ${HOME:-x} is not a valid Fn::Sub variable name: names may hold only letters, "
            "digits, '_', '.' and ':'; write ${!HOME:-x} for a literal ${HOME:-x}",
            "E1023 ${ Spaced } is not a valid Fn::Sub variable name: names may hold only letters, "
            "digits, '_', '.' and ':'; write ${! Spaced } for a literal ${ Spaced }",
            "W1023 '${' without a closing '}': close the variable, or write '${!' for a literal '${'",
        });
}

TEST_CASE("Sub: the line inside a multi-line string is named") {
  const std::string yaml =
      "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Sub |\n"
      "        line one\n        ${BAD-NAME}\n";
  const auto found = lint_messages(yaml, "E1023");
  REQUIRE(found.size() == 1);
  CHECK_THAT(found[0], Catch::Contains("(line 2 of the string)"));
}

TEST_CASE("GetAtt: attributes by type while custom and nested stack and unknown types accept anything") {
  const std::string yaml = R"(Parameters:
  Attr: {Type: String}
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    DeletionPolicy: Snapshot
    Properties: {DBInstanceClass: db.t3.micro, Engine: postgres, AllocatedStorage: "20"}
  Stack:
    Type: AWS::CloudFormation::Stack
    Properties: {TemplateURL: https://example.com/t.yaml}
  Custom:
    Type: Custom::Thing
    Properties: {ServiceToken: x, ServiceTimeout: 10}
  Generic:
    Type: AWS::CloudFormation::CustomResource
    Properties: {ServiceToken: x, ServiceTimeout: 10}
  Registry:
    Type: MyOrg::Service::Thing
  Topic:
    Type: AWS::SNS::Topic
    Properties:
      TopicName: !GetAtt Db.Endpoint.Address
      DisplayName: !GetAtt [Db, Endpoint.Port]
      KmsMasterKeyId: !GetAtt Stack.Outputs.KeyId
      SignatureVersion: !GetAtt Custom.Anything.At.All
      TracingConfig: !GetAtt Registry.Whatever
      FifoTopic: !GetAtt Generic.Result
      ArchivePolicy: !GetAtt [Db, !Ref Attr]
      DataProtectionPolicy: !GetAtt Db.Endpoint.Adress
)";
  CHECK(lint_messages(yaml, "E1010") ==
        std::vector<std::string>{"E1010 Fn::GetAtt Db: AWS::RDS::DBInstance has no attribute "
                                 "'Endpoint.Adress' (did you mean Endpoint.Address?)"});
}

TEST_CASE("GetAtt: properties that CloudFormation also answers and Id are accepted") {
  const std::string yaml = R"(Resources:
  Subnet:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: vpc-1, CidrBlock: 10.0.0.0/24}
  Queue:
    Type: AWS::SQS::Queue
  Topic:
    Type: AWS::SNS::Topic
    Properties:
      TopicName: !GetAtt Subnet.VpcId
      DisplayName: !GetAtt Queue.RedrivePolicy.deadLetterTargetArn
      KmsMasterKeyId: !Sub "${Subnet.CidrBlock} ${Subnet.Nope}"
)";
  CHECK(lint_messages(yaml) ==
        std::vector<std::string>{"E1019 ${Subnet.Nope}: AWS::EC2::Subnet has no attribute 'Nope' (it "
                                 "has AvailabilityZone, AvailabilityZoneId, BlockPublicAccessStates, "
                                 "CidrBlock, Ipv6CidrBlocks, NetworkAclAssociationId, OutpostArn, "
                                 "SubnetId, ...)"});
}

TEST_CASE("Fn::If with AWS::NoValue and the property shape of both branches") {
  const std::string yaml = R"(Conditions:
  C: !Equals [!Ref "AWS::Region", us-east-1]
Resources:
  Q:
    Type: AWS::SQS::Queue
    Properties:
      DelaySeconds: !If [C, !Ref "AWS::NoValue", 5]
)";
  CHECK(codes(yaml) == kNoFindings);
}

TEST_CASE("security groups: port ranges and protocols and sources") {
  auto rule = [](const std::string& protocol, const std::string& from, const std::string& to, const std::string& cidr) {
    return lint_messages(
               "Resources:\n  R:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n      GroupId: sg-1\n"
               "      IpProtocol: " +
                   protocol + "\n      FromPort: " + from + "\n      ToPort: " + to + "\n      " + cidr + "\n",
               "W3905")
        .size();
  };
  CHECK(rule("tcp", "22", "22", "CidrIp: 0.0.0.0/0") == 1);
  CHECK(rule("tcp", "20", "25", "CidrIp: 0.0.0.0/0") == 1);
  CHECK(rule("6", "0", "65535", "CidrIpv6: ::/0") == 1);
  CHECK(rule("tcp", "3389", "3389", "CidrIp: 0.0.0.0/0") == 1);
  CHECK(rule("udp", "3389", "3389", "CidrIp: 0.0.0.0/0") == 1);  // RDP over UDP
  CHECK(rule("udp", "22", "22", "CidrIp: 0.0.0.0/0") == 0);      // SSH is TCP
  CHECK(rule("\"-1\"", "-1", "-1", "CidrIp: 0.0.0.0/0") == 1);
  CHECK(rule("tcp", "23", "3388", "CidrIp: 0.0.0.0/0") == 0);
  CHECK(rule("tcp", "22", "22", "CidrIp: 10.0.0.0/8") == 0);
  CHECK(rule("tcp", "22", "22", "CidrIp: 0.0.0.0/1") == 0);
  CHECK(rule("icmp", "-1", "-1", "CidrIp: 0.0.0.0/0") == 0);
  CHECK(rule("tcp", "!Ref Port", "22", "CidrIp: 0.0.0.0/0") == 0);  // not judged
}

TEST_CASE("IAM: wildcards count while List and Describe do not and conditions and Deny are not judged") {
  auto statement = [](const std::string& body) {
    return lint_messages(
               "Resources:\n  P:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: p\n"
               "      Roles: [r]\n      PolicyDocument:\n        Statement:\n          - " +
                   body + "\n",
               "W3906")
        .size();
  };
  CHECK(statement("{Effect: Allow, Action: s3:*, Resource: '*'}") == 1);
  CHECK(statement("{Effect: Allow, Action: 's3:Get*', Resource: '*'}") == 1);
  CHECK(statement("{Effect: Allow, Action: '*', Resource: '*'}") == 1);
  CHECK(statement("{Effect: Allow, Action: [S3:GETOBJECT], Resource: '*'}") == 1);  // actions ignore case
  CHECK(statement("{Effect: Allow, Action: ['ec2:Describe*', 's3:List*'], Resource: '*'}") == 0);
  CHECK(statement("{Effect: Allow, Action: xray:PutTraceSegments, Resource: '*'}") == 0);
  CHECK(statement("{Effect: Deny, Action: s3:*, Resource: '*'}") == 0);
  CHECK(statement("{Effect: Allow, Action: s3:*, Resource: '*', Condition: {Bool: {aws:SecureTransport: true}}}") == 0);
  CHECK(statement("{Effect: Allow, Action: s3:GetObject, Resource: 'arn:aws:s3:::b/*'}") == 0);
}

TEST_CASE("SAM: implicit resources and Globals and AWS::Serverless attributes are fine") {
  const std::string yaml = R"(Transform: AWS::Serverless-2016-10-31
Globals:
  Function: {Runtime: python3.7}
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties: {Handler: index.h, InlineCode: x, AutoPublishAlias: live}
Outputs:
  Role: {Value: !GetAtt FnRole.Arn}
  Alias: {Value: !Ref FnAliaslive}
  Api: {Value: !Ref ServerlessRestApi}
  Arn: {Value: !GetAtt Fn.Arn}
  Missing: {Value: !Ref Elsewhere}
)";
  CHECK(lint_messages(yaml) ==
        std::vector<std::string>{
            "E2531 runtime python3.7: Lambda stopped creating functions with it on 2024-01-09 and stops "
            "updating them on 2027-03-03; use python3.14",
            "E1020 Ref to 'Elsewhere', which is not a parameter, resource or pseudo parameter",
        });
}

TEST_CASE("Globals is a section only with the SAM transform") {
  CHECK(codes("Globals: {}\nResources:\n  T: {Type: AWS::SNS::Topic}\n") == std::vector<std::string>{"E1001"});
}

TEST_CASE("a macro suspends the reference and schema rules but not the structure rules") {
  const std::string yaml = R"(Transform: MyMacro
Resources:
  T:
    Type: AWS::SNS::Topik
    Properties: {Nonsense: !Ref Nowhere, Sub: !Sub "${Nobody}"}
  bad-name:
    Type: AWS::SNS::Topic
)";
  CHECK(codes(yaml) == std::vector<std::string>{"E3011"});
}

TEST_CASE("runtimes are judged at the as-of date") {
  const std::string yaml =
      "Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n"
      "      Runtime: python3.10\n      Handler: i.h\n      Role: !Sub "
      "'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/r'\n"
      "      Code: {ZipFile: x}\n";
  cfn::LintOptions before;
  before.as_of = "2026-10-30";
  CHECK(lint_messages(yaml, "", before) == kNoFindings);
  cfn::LintOptions deprecated;
  deprecated.as_of = "2026-11-01";
  CHECK(codes(yaml) == std::vector<std::string>{"W2531"});  // the default date is after 2026-10-31
  CHECK(lint_messages(yaml, "", deprecated).size() == 1);
  cfn::LintOptions blocked;
  blocked.as_of = "2027-02-01";
  CHECK(lint_messages(yaml, "", blocked) ==
        std::vector<std::string>{"E2531 runtime python3.10: Lambda stopped creating functions with it on 2027-02-01 "
                                 "and stops updating them on 2027-03-03; use python3.14"});
  cfn::LintOptions bad;
  bad.as_of = "2027-02-30";
  CHECK_THROWS_AS(lint_messages(yaml, "", bad), cfn::Error);
}

TEST_CASE("dates") {
  CHECK(cfn::is_iso_date("2026-11-21"));
  CHECK(cfn::is_iso_date("2024-02-29"));
  CHECK_FALSE(cfn::is_iso_date("2023-02-29"));
  CHECK_FALSE(cfn::is_iso_date("2026-13-01"));
  CHECK_FALSE(cfn::is_iso_date("2026-1-01"));
  CHECK_FALSE(cfn::is_iso_date("today"));
  CHECK(cfn::is_iso_date(cfn::lint_data_date()));
}

TEST_CASE("AWS::LanguageExtensions: loop identifiers and generated names resolve") {
  const std::string yaml = R"(Transform: AWS::LanguageExtensions
Resources:
  Fn::ForEach::Queues:
    - Name
    - [A, B]
    - Queue${Name}:
        Type: AWS::SQS::Queue
        Properties: {QueueName: !Sub "q-${Name}", DelaySeconds: !Ref Name}
Outputs:
  A: {Value: !GetAtt QueueA.Arn}
  C: {Value: !Ref Name}
)";
  CHECK(lint_messages(yaml) ==
        std::vector<std::string>{"E1020 Ref to 'Name', which is not a parameter, resource or pseudo parameter"});
}

TEST_CASE("templates built in code: findings carry the path and validate() throws on errors") {
  cfn::Map resources;
  resources.set("Topic",
                cfn::Map{{"Type", "AWS::SNS::Topic"}, {"Properties", cfn::Map{{"TopicName", cfn::ref("Missing")}}}});
  const cfn::Value doc(cfn::Map{{"Resources", cfn::Value(resources)}});
  const auto findings = cfn::lint(doc);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == "E1020");
  CHECK(cfn::to_string(findings[0].path) == "Resources.Topic.Properties.TopicName");
  CHECK_FALSE(findings[0].mark.known());
  CHECK(cfn::format_finding(findings[0], "built") ==
        "built: error E1020: Resources.Topic.Properties.TopicName: Ref to 'Missing', which is not a parameter, "
        "resource or pseudo parameter");
  CHECK_THROWS_AS(cfn::validate(doc), cfn::ValidationError);

  const cfn::Value fine(cfn::Map{{"Resources", cfn::Map{{"Topic", cfn::Map{{"Type", "AWS::SNS::Topic"}}}}}});
  CHECK_NOTHROW(cfn::validate(fine));
}

TEST_CASE("duplicate keys from the parser") {
  CHECK(lint_messages("Resources:\n  T:\n    Type: AWS::SNS::Topic\n  T:\n    Type: AWS::SQS::Queue\n") ==
        std::vector<std::string>{
            "E0000 key 'T' appears twice in the same map (first at line 2); only the value written last is kept"});
}

TEST_CASE("FindInMap keys: integers and functions and DefaultValue") {
  const std::string yaml = R"(Transform: AWS::LanguageExtensions
Mappings:
  Sizes:
    "1": {Gb: "10"}
Resources:
  Q:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !FindInMap [Sizes, 1, Gb]
      DelaySeconds: !FindInMap [Sizes, !Ref "AWS::Region", Gb]
      MaximumMessageSize: !FindInMap [Sizes, "2", Gb, {DefaultValue: 1024}]
)";
  CHECK(codes(yaml) == kNoFindings);
}

TEST_CASE("user data: literal sizes count but parameters do not") {
  const std::string big(17000, 'x');
  auto user_data = [&](const std::string& value) {
    return lint_messages(
               "Resources:\n  I:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-1\n"
               "      UserData: " +
                   value + "\n",
               "E3901")
        .size();
  };
  CHECK(user_data("!Base64 \"" + big + "\"") == 1);
  CHECK(user_data("\n        Fn::Base64: !Sub \"" + big + "${AWS::Region}\"") == 1);
  CHECK(user_data("\n        Fn::Base64: !Join [\"\", [\"" + big.substr(0, 9000) + "\", \"" + big.substr(0, 9000) +
                  "\"]]") == 1);
  CHECK(user_data("!Base64 \"" + big.substr(0, 16384) + "\"") == 0);
  CHECK(user_data("\n        Fn::Base64: !Ref Script") == 0);
  // A literal is base64 already: 21,848 base64 characters are 16,386 bytes.
  CHECK(user_data(std::string(21848, 'A')) == 1);
  CHECK(user_data(std::string(21844, 'A')) == 0);
}

TEST_CASE("a template deployed from S3 is not held to the inline body limit") {
  const std::string big = "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n" + std::string(60000, '#') + "\n";
  CHECK(lint_messages(big, "W1002") ==
        std::vector<std::string>{"W1002 the template is 60047 bytes, over the 51200-byte limit for a template body "
                                 "passed inline; upload it to S3 and pass its URL"});
  CHECK(lint_messages(big, "W1002", {.from_s3 = true}).empty());
}

TEST_CASE("W1001: references to conditional resources, the conditions solved") {
  const std::string head =
      "Parameters:\n  Env: {Type: String, AllowedValues: [prod, dev, test]}\n  Name: {Type: String}\n"
      "Conditions:\n  IsProd: !Equals [!Ref Env, prod]\n  IsDev: !Equals [dev, !Ref Env]\n"
      "  NotDevOrTest: !Not [!Or [!Equals [!Ref Env, dev], !Equals [!Ref Env, test]]]\n"
      "  Prod: !Equals [prod, !Ref Env]\n  Virginia: !Equals [!Ref AWS::Region, us-east-1]\n  ProdVirginia: !And "
      "[!Condition IsProd, !Condition "
      "Virginia]\n"
      "  Opaque: !Equals [!Select [0, !Split [',', !Ref Name]], a]\n"
      "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Condition: IsProd\n";
  const auto user = [&](const std::string& condition) {
    return head + "  User:\n    Type: AWS::SNS::Subscription\n" +
           (condition.empty() ? "" : "    Condition: " + condition + "\n") +
           "    Properties: {TopicArn: !Ref Topic, Protocol: email, Endpoint: a@example.com}\n";
  };
  // Env takes one of its AllowedValues: not dev and not test is prod.
  CHECK(lint_messages(user("NotDevOrTest"), "W1001") == kNoFindings);
  CHECK(lint_messages(user("ProdVirginia"), "W1001") == kNoFindings);
  CHECK(lint_messages(user("IsProd"), "W1001") == kNoFindings);
  CHECK(lint_messages(user("Prod"), "W1001") == kNoFindings);
  CHECK(lint_messages(user(""), "W1001") ==
        std::vector<std::string>{"W1001 Ref names 'Topic', which exists only when "
                                 "condition IsProd is true, and no condition guards "
                                 "this reference"});
  // IsDev compares the same parameter with another value: never both.
  CHECK(lint_messages(user("IsDev"), "W1001").size() == 1);
  CHECK(lint_messages(user("Virginia"), "W1001").size() == 1);
  // An Fn::Equals of other functions can go either way.
  CHECK(lint_messages(user("Opaque"), "W1001").size() == 1);
  // An Fn::Not of two conditions is malformed (E8005): the solver does not read it as the first one's negation.
  const std::string bad_not = user("BadNot").replace(user("BadNot").find("Resources:"), 0,
                                                     "  BadNot: !Not [!Condition IsDev, !Condition IsProd]\n");
  CHECK(lint_messages(bad_not, "W1001") == kNoFindings);
  CHECK(lint_messages(bad_not, "E8005").size() == 1);
  // Fn::If: the branch taken when IsProd is false does not reach Topic; the other does.
  const std::string branches = head +
                               "  User:\n    Type: AWS::SNS::Subscription\n    Properties:\n"
                               "      TopicArn: !If [IsProd, !Ref Topic, !Ref AWS::NoValue]\n"
                               "      Endpoint: !If [IsProd, a@example.com, !GetAtt Topic.TopicName]\n"
                               "      Protocol: email\n";
  CHECK(lint_messages(branches, "W1001") ==
        std::vector<std::string>{"W1001 Fn::GetAtt names 'Topic', which exists only when "
                                 "condition IsProd is true, which can be false when "
                                 "IsProd is false"});
  // A parameter without AllowedValues takes each value it is compared with (on either side), or another.
  const auto names = [](const std::string& a) {
    return "Parameters:\n  Name: {Type: String}\nConditions:\n  A: " + a +
           "\n  B: !Equals [b, !Ref Name]\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Condition: B\n"
           "  User:\n    Type: AWS::SNS::Subscription\n    Condition: A\n"
           "    Properties: {TopicArn: !Ref Topic, Protocol: email, Endpoint: a@example.com}\n";
  };
  CHECK(lint_messages(names("!Equals [a, !Ref Name]"), "W1001").size() == 1);
  CHECK(lint_messages(names("!Equals [!Ref Name, a]"), "W1001").size() == 1);
  CHECK(lint_messages(names("!Equals [!Ref Name, b]"), "W1001") == kNoFindings);
  // A condition the solver cannot read (undefined, or referring to itself) is not judged.
  CHECK(lint_messages(user("Missing"), "W1001") == kNoFindings);
}
