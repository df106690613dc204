#include "cfn/template.hpp"

#include <catch2/catch.hpp>

#include "cfn/build.hpp"
#include "cfn/intrinsics.hpp"

using cfn::List;
using cfn::Map;
using cfn::Value;

TEST_CASE("handles produce the intrinsics that refer to what was added", "[model][template]") {
  cfn::Template t;
  const auto vpc = t.add_resource("Vpc", "AWS::EC2::VPC", {{"CidrBlock", "10.0.0.0/16"}});
  const auto p = t.add_parameter("Env", {});
  const auto c = t.add_condition("IsProd", cfn::equals(p.ref(), "prod"));
  CHECK(Value(vpc.ref()) == Value(cfn::ref("Vpc")));
  CHECK(Value(vpc.get_att("CidrBlock")) == Value(cfn::get_att("Vpc", "CidrBlock")));
  CHECK(vpc.type() == "AWS::EC2::VPC");
  CHECK(Value(p.ref()) == Value(cfn::ref("Env")));
  CHECK(Value(c.fn()) == Value(cfn::condition("IsProd")));
  CHECK(Value(cfn::if_(c, 1, 2)) == Value(cfn::if_("IsProd", 1, 2)));
}

namespace {

/// "CODE PATH: message" for every finding of check(t), in check's order.
std::vector<std::string> findings_of(const cfn::Template& t) {
  std::vector<std::string> out;
  for (const cfn::Finding& f : cfn::check(t))
    out.push_back(std::string(f.code) + " " + cfn::to_string(f.path) + ": " + f.message);
  return out;
}

}  // namespace

TEST_CASE("mistakes in ids are reported when the template is checked, with the rule and the path",
          "[model][template]") {
  cfn::Template t;
  t.add_resource("Vpc", "AWS::EC2::VPC", {{"CidrBlock", "10.0.0.0/16"}});
  // Added twice: the first definition stays, and the builder records it.
  const auto again = t.add_resource("Vpc", "AWS::SQS::Queue");
  CHECK(again.type() == "AWS::SQS::Queue");
  CHECK(*t.resources().find("Vpc")->find("Type") == Value("AWS::EC2::VPC"));
  t.add_parameter("Vpc", {.type = "String"});  // parameters and resources share one namespace
  t.add_resource("my-vpc", "AWS::EC2::VPC", {{"CidrBlock", "10.0.0.0/16"}});
  t.add_output(std::string(300, 'O'), {.value = 1});
  t.add_output("Vpc", {.value = 1});  // outputs have their own namespace
  t.add_output("Vpc", {.value = 2});
  const std::string long_id = "Outputs." + std::string(300, 'O');
  CHECK(findings_of(t) ==
        std::vector<std::string>{
            "E6011 " + long_id + ": output name '" + std::string(40, 'O') +
                "...' is 300 characters; at most 255 are allowed",
            "E0000 Outputs.Vpc: output 'Vpc' is added twice; the first definition is kept",
            "E0000 Resources.Vpc: resource 'Vpc' is added twice; the first definition is kept",
            "E3007 Resources.Vpc: 'Vpc' is both a parameter and a resource; logical names must be unique",
            "E3011 Resources.my-vpc: resource name 'my-vpc' must hold only ASCII letters and digits",
        });
  CHECK(*t.outputs().find("Vpc")->find("Value") == Value(1));
  CHECK_THROWS_AS(cfn::to_yaml(t), cfn::ValidationError);
}

TEST_CASE("resource attributes are written in canonical order", "[model][template]") {
  cfn::Template t;
  const auto a = t.add_resource("A", "AWS::SNS::Topic");
  const auto cond = t.add_condition("C", cfn::equals(1, 1));
  t.add_resource("B", "AWS::SQS::Queue", {{"DelaySeconds", 5}},
                 {.depends_on = {a},
                  .condition = cond,
                  .deletion_policy = cfn::DeletionPolicy::Retain,
                  .update_replace_policy = cfn::DeletionPolicy::Retain,
                  .update_policy = Map{{"X", 1}},
                  .metadata = Map{{"M", 1}}});
  CHECK(cfn::to_yaml(t) ==
        "AWSTemplateFormatVersion: '2010-09-09'\n"
        "Conditions:\n"
        "  C: !Equals\n"
        "    - 1\n"
        "    - 1\n"
        "Resources:\n"
        "  A:\n"
        "    Type: AWS::SNS::Topic\n"
        "  B:\n"
        "    Type: AWS::SQS::Queue\n"
        "    Condition: C\n"
        "    DependsOn: A\n"
        "    Properties:\n"
        "      DelaySeconds: 5\n"
        "    UpdatePolicy:\n"
        "      X: 1\n"
        "    DeletionPolicy: Retain\n"
        "    UpdateReplacePolicy: Retain\n"
        "    Metadata:\n"
        "      M: 1\n");
  t.add_resource("D", "AWS::SQS::Queue", {}, {.update_replace_policy = cfn::DeletionPolicy::RetainExceptOnCreate});
  CHECK(findings_of(t) == std::vector<std::string>{"E3036 Resources.D.UpdateReplacePolicy: UpdateReplacePolicy must be "
                                                   "Delete, Retain or Snapshot, not 'RetainExceptOnCreate'"});
}

TEST_CASE("parameters carry every documented field", "[model][template]") {
  cfn::Template t;
  t.add_parameter("P", {.type = "Number",
                        .description = "d",
                        .default_value = 5,
                        .allowed_values = {1, 5},
                        .allowed_pattern = "[0-9]+",
                        .constraint_description = "digits",
                        .min_length = 1,
                        .max_length = 3,
                        .min_value = 0.5,
                        .max_value = 10,
                        .no_echo = true});
  const Value doc = t.to_value();
  CHECK(*doc.find("Parameters")->find("P") == Value(Map{{"Type", "Number"},
                                                        {"Description", "d"},
                                                        {"Default", 5},
                                                        {"AllowedValues", List{1, 5}},
                                                        {"AllowedPattern", "[0-9]+"},
                                                        {"ConstraintDescription", "digits"},
                                                        {"MinLength", 1},
                                                        {"MaxLength", 3},
                                                        {"MinValue", 0.5},
                                                        {"MaxValue", 10},
                                                        {"NoEcho", true}}));
  CHECK(doc.find("Parameters")->find("P")->find("MaxValue")->is_int());
}

TEST_CASE("description is limited to 1024 bytes", "[model][template]") {
  cfn::Template t;
  t.add_resource("Topic", "AWS::SNS::Topic");
  t.description(std::string(1024, 'd'));
  CHECK(findings_of(t).empty());
  t.description(std::string(1025, 'd'));
  CHECK(findings_of(t) ==
        std::vector<std::string>{"E1003 Description: the Description is 1025 bytes; at most 1024 are allowed"});
}

// A parameter's type cannot be empty or unknown: cfn::ParameterType does not
// compile then (tests/typed/compile_fail/unknown_parameter_type.cpp).
TEST_CASE("a resource without a type is reported, not thrown at add time", "[model][template]") {
  cfn::Template t;
  t.add_resource("Ok", "");
  CHECK(findings_of(t) == std::vector<std::string>{"E3001 Resources.Ok.Type: resource 'Ok' has an empty Type"});
}

TEST_CASE("AWSTemplateFormatVersion is written unless left out", "[model][template]") {
  cfn::Template t;
  t.add_resource("A", "AWS::SNS::Topic");
  CHECK(cfn::to_yaml(t) == "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  A:\n    Type: AWS::SNS::Topic\n");
  t.omit_format_version();
  CHECK(cfn::to_yaml(t) == "Resources:\n  A:\n    Type: AWS::SNS::Topic\n");
}
