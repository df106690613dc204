#include "cfn/template.hpp"

#include <catch2/catch.hpp>

#include "cfn/emit.hpp"
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

TEST_CASE("invalid and duplicate ids are rejected with the id named", "[model][template]") {
  cfn::Template t;
  t.add_resource("Vpc", "AWS::EC2::VPC");
  CHECK_THROWS_WITH(t.add_resource("Vpc", "AWS::EC2::VPC"), "resource 'Vpc' is defined twice");
  CHECK_THROWS_WITH(t.add_parameter("Vpc", {}), "parameter 'Vpc' clashes with a parameter or resource of that name");
  CHECK_THROWS_WITH(t.add_resource("my-vpc", "AWS::EC2::VPC"),
                    "resource id 'my-vpc' must contain only ASCII letters and digits");
  CHECK_THROWS_WITH(t.add_resource("", "AWS::EC2::VPC"), "resource id must not be empty");
  CHECK_THROWS_WITH(t.add_output(std::string(300, 'O'), {.value = 1}),
                    "output id '" + std::string(40, 'O') + "...' is 300 characters long; the limit is 255");
  CHECK_THROWS_WITH(t.add_resource("Ok", ""), "resource 'Ok' needs a type");
  t.add_output("Vpc", {.value = 1});  // outputs have their own namespace
  CHECK_THROWS_WITH(t.add_output("Vpc", {.value = 2}), "output 'Vpc' is defined twice");
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
  CHECK_THROWS_WITH(
      t.add_resource("D", "AWS::SQS::Queue", {}, {.update_replace_policy = cfn::DeletionPolicy::RetainExceptOnCreate}),
      "resource 'D': UpdateReplacePolicy cannot be RetainExceptOnCreate (only DeletionPolicy can)");
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
  t.description(std::string(1024, 'd'));
  CHECK_THROWS_WITH(t.description(std::string(1025, 'd')), "template description is 1025 bytes; the limit is 1024");
}
