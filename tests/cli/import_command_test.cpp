// cfnpp import's command line and the shape of the code it writes. Whether
// the code builds the same template is the round-trip test's (import_corpus.py:
// compiled, run, and compared by cfnpp diff).
#include <catch2/catch.hpp>

#include "support/run_cli.hpp"

using cfn::test::run_cli;

namespace {

constexpr const char* kStack = R"(AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Cidr: {Type: String, Default: 10.0.0.0/16}
Conditions:
  IsProd: !Equals [!Ref AWS::StackName, prod]
Resources:
  Web:
    Type: AWS::EC2::Instance
    Condition: IsProd
    DependsOn: Vpc
    Properties:
      SubnetId: !Ref Vpc
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          echo ${AWS::Region} ${!HOME}
      Frobnicate: 1
  Vpc:
    Type: AWS::EC2::VPC
    DeletionPolicy: Retain
    Properties:
      CidrBlock: !Ref Cidr
      Tags: [{Key: Name, Value: !Sub "${AWS::StackName}-vpc"}]
  Thing:
    Type: Custom::Thing
    Properties: {ServiceToken: arn:aws:lambda:us-east-1:1:function:f}
Outputs:
  VpcId: {Value: !GetAtt Vpc.VpcId, Export: {Name: vpc}}
)";

}  // namespace

TEST_CASE("cfnpp import writes typed classes, handles and the user data's script", "[cli][import]") {
  const auto r = run_cli({"import", "-"}, kStack);
  CHECK(r.code == 0);
  CHECK(r.err.empty());
  const std::string& code = r.out;
  CHECK_THAT(code, Catch::Contains("#include <cfn/aws/ec2.hpp>"));
  CHECK_THAT(code, Catch::Contains("namespace ec2 = cfn::aws::ec2;"));
  CHECK_THAT(code, Catch::Contains("const auto cidr = t.add_parameter(\"Cidr\", {.type = \"String\", "
                                   ".default_value = \"10.0.0.0/16\"});"));
  CHECK_THAT(code, Catch::Contains("const auto is_prod = t.add_condition(\"IsProd\", "
                                   "cfn::equals(cfn::pseudo::stack_name(), \"prod\"));"));
  // The VPC comes first: the instance refers to it by its handle.
  CHECK_THAT(code, Catch::Contains("const auto vpc = t.add(\"Vpc\", ec2::VPC{}\n"
                                   "      .CidrBlock(cidr.ref())\n"
                                   "      .Tags({{\"Name\", cfn::sub(\"${AWS::StackName}-vpc\")}}),\n"
                                   "      {.deletion_policy = cfn::DeletionPolicy::Retain});"));
  CHECK_THAT(code, Catch::Contains(".SubnetId(vpc.ref())"));
  // The script as written, ${HOME} unescaped: the escaper escapes it again.
  CHECK_THAT(code, Catch::Contains(".UserData(cfn::user_data(R\"(#!/bin/bash\necho ${AWS::Region} ${HOME}\n)\", "
                                   "cfn::SubNames(t)))"));
  CHECK_THAT(code, Catch::Contains("// Frobnicate: not a property in the specification; written as given\n"
                                   "      .set_property(\"Frobnicate\", 1)"));
  CHECK_THAT(code, Catch::Contains("{.depends_on = {vpc}, .condition = is_prod}"));
  CHECK_THAT(code, Catch::Contains("// A custom resource: its properties go to the provider as written.\n"
                                   "  t.add_resource(\"Thing\", \"Custom::Thing\", "
                                   "cfn::Map{{\"ServiceToken\", \"arn:aws:lambda:us-east-1:1:function:f\"}});"));
  CHECK_THAT(code, Catch::Contains("t.add_output(\"VpcId\", {.value = vpc.VpcId(), .export_name = \"vpc\"});"));
  CHECK_THAT(code, Catch::EndsWith("  return cfn::write_or_report(t, \"-\");\n}\n"));
  CHECK_THAT(code, !Catch::Contains("omit_format_version"));
}

TEST_CASE("cfnpp import chooses a raw string delimiter the text does not contain", "[cli][import]") {
  const auto r = run_cli({"import", "-"},
                         "Resources:\n  T:\n    Type: AWS::SNS::Topic\n"
                         "    Properties:\n      DisplayName: \"a)\\\"\\nb)EOT\\\"\"\n");
  CHECK(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("t.omit_format_version();"));
  CHECK_THAT(r.out, Catch::Contains(".DisplayName(R\"EOT2(a)\"\nb)EOT\")EOT2\")"));
}

TEST_CASE("cfnpp import says what it cannot carry over and exits 1", "[cli][import]") {
  const auto r = run_cli({"import", "-"},
                         "Globals: {Function: {Timeout: 3}}\nResources:\n  Q:\n"
                         "    Type: AWS::SQS::Queue\n    Version: 2\n");
  CHECK(r.code == 1);
  CHECK(r.err ==
        "cfnpp: -: warning: not imported: Resources.Q.Version: cfn::ResourceOptions has no field for this "
        "attribute\ncfnpp: -: warning: not imported: Globals: a section the builder has no call for\n");
  CHECK_THAT(r.out, Catch::Contains("  // NOT IMPORTED: Globals: a section the builder has no call for\n"));
}

TEST_CASE("cfnpp import: unreadable input is FILE:LINE:COL: reason, exit 2", "[cli][import]") {
  auto r = run_cli({"import", "-"}, "Resources:\n  A: [1\n");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::StartsWith("cfnpp: -:"));
  CHECK(r.out.empty());

  r = run_cli({"import", "-"}, "- a\n- b\n");
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: -:1:1: a template must be a map of sections, not a list\n");

  r = run_cli({"import", "/no/such/file.yaml"});
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: /no/such/file.yaml: cannot open: No such file or directory\n");

  r = run_cli({"import"});
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: import: expected exactly one FILE (or - for standard input)\n");
}

TEST_CASE("cfnpp import --help describes the command", "[cli][import]") {
  const auto r = run_cli({"import", "--help"});
  CHECK(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("Usage:\n  cfnpp import [OPTION...] FILE|-"));
  CHECK_THAT(run_cli({"--help"}).out, Catch::Contains("  import    print the C++ program"));
}

TEST_CASE("cfnpp import keeps user data a plain Fn::Sub once a name is not a logical id", "[cli][import]") {
  // cfn::SubNames(t) refuses "Web-1", so the program must not call it; lint reports the name (E3011).
  const auto r = run_cli({"import", "-"},
                         "Resources:\n  Web-1:\n    Type: AWS::EC2::Instance\n    Properties:\n"
                         "      UserData: !Base64 {\"Fn::Sub\": \"echo ${AWS::Region}\\nexit\\n\"}\n"
                         "  Web2:\n    Type: AWS::EC2::Instance\n    Properties:\n"
                         "      UserData: !Base64 {\"Fn::Sub\": \"echo ${AWS::Region}\\nexit\\n\"}\n");
  CHECK(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains(".UserData(cfn::user_data(R\"(echo ${AWS::Region}\nexit\n)\", cfn::SubNames(t)))"));
  CHECK_THAT(r.out, Catch::Contains(".UserData(cfn::base64(cfn::sub(R\"(echo ${AWS::Region}\nexit\n)\")))"));
}
