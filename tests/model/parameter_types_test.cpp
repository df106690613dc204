// cfn::ParameterType and cfn::parameter_types: the types a parameter can have.
// The expected names are those of the CloudFormation documentation
// (parameters-section-structure.html: "Supported AWS-specific parameter types"
// and "Supported SSM parameter types") and those the AWS sample templates use;
// a wrong spelling does not compile (tests/typed/compile_fail/unknown_parameter_type.cpp).
#include "cfn/parameter_types.hpp"

#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <string_view>

#include "cfn/emit.hpp"
#include "cfn/file.hpp"
#include "cfn/parse.hpp"
#include "cfn/template.hpp"
#include "support/corpus.hpp"

namespace pt = cfn::parameter_types;

TEST_CASE("the documented parameter types are all there, spelled as in a template", "[model][parameter]") {
  // The documentation's lists, typed in here from it.
  const std::string_view aws_specific[] = {"AWS::EC2::AvailabilityZone::Name",
                                           "AWS::EC2::Image::Id",
                                           "AWS::EC2::Instance::Id",
                                           "AWS::EC2::KeyPair::KeyName",
                                           "AWS::EC2::SecurityGroup::GroupName",
                                           "AWS::EC2::SecurityGroup::Id",
                                           "AWS::EC2::Subnet::Id",
                                           "AWS::EC2::Volume::Id",
                                           "AWS::EC2::VPC::Id",
                                           "AWS::Route53::HostedZone::Id"};
  std::set<std::string> documented = {"String",
                                      "Number",
                                      "List<Number>",
                                      "CommaDelimitedList",
                                      "AWS::SSM::Parameter::Name",
                                      "AWS::SSM::Parameter::Value<String>",
                                      "AWS::SSM::Parameter::Value<List<String>>",
                                      "AWS::SSM::Parameter::Value<CommaDelimitedList>"};
  for (std::string_view type : aws_specific) {
    const std::string t(type);
    documented.insert(t);
    documented.insert("AWS::SSM::Parameter::Value<" + t + ">");
    documented.insert("AWS::SSM::Parameter::Value<List<" + t + ">>");
    if (type != "AWS::EC2::KeyPair::KeyName") documented.insert("List<" + t + ">");  // no list of key pairs
  }
  const std::set<std::string> known(cfn::ParameterType::names().begin(), cfn::ParameterType::names().end());
  CHECK(known == documented);
  CHECK(known.size() == cfn::ParameterType::names().size());  // each once
  for (const std::string& name : documented) {
    INFO(name);
    const auto type = cfn::ParameterType::find(name);
    REQUIRE(type);
    CHECK(type->name() == name);
  }
}

TEST_CASE("the constants are named after their type", "[model][parameter]") {
  CHECK(pt::String.name() == "String");
  CHECK(pt::NumberList.name() == "List<Number>");
  CHECK(pt::SubnetId.name() == "AWS::EC2::Subnet::Id");
  CHECK(pt::SubnetIdList.name() == "List<AWS::EC2::Subnet::Id>");
  CHECK(pt::KeyPairKeyName.name() == "AWS::EC2::KeyPair::KeyName");
  CHECK(pt::SsmImageId.name() == "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>");
  CHECK(pt::SsmSecurityGroupIdList.name() == "AWS::SSM::Parameter::Value<List<AWS::EC2::SecurityGroup::Id>>");
  CHECK(pt::SsmStringList.name() == "AWS::SSM::Parameter::Value<List<String>>");
  CHECK(pt::SsmParameterName.name() == "AWS::SSM::Parameter::Name");
  // A literal is the same type as its constant.
  constexpr cfn::ParameterType literal = "AWS::EC2::VPC::Id";
  STATIC_REQUIRE(literal == pt::VpcId);
}

TEST_CASE("a type known only at run time is found by its exact spelling", "[model][parameter]") {
  CHECK(cfn::ParameterType::find("List<AWS::EC2::Subnet::Id>") == pt::SubnetIdList);
  // CloudFormation's names are case-sensitive, and there is nothing around them.
  CHECK_FALSE(cfn::ParameterType::find("AWS::EC2::Subnet::ID"));
  CHECK_FALSE(cfn::ParameterType::find("string"));
  CHECK_FALSE(cfn::ParameterType::find(" String"));
  CHECK_FALSE(cfn::ParameterType::find("List<AWS::EC2::KeyPair::KeyName>"));
  CHECK_FALSE(cfn::ParameterType::find(""));
}

TEST_CASE("a parameter's type is written as CloudFormation spells it", "[model][parameter]") {
  cfn::Template t;
  const auto subnets = t.add_parameter("Subnets", {.type = pt::SubnetIdList});
  t.add_parameter("Ami", {.type = pt::SsmImageId, .default_value = "/aws/service/ami"});
  t.add_parameter("Name", {});  // String unless said otherwise
  t.add_resource("Topic", "AWS::SNS::Topic", {{"TopicName", cfn::select(0, subnets.ref())}});
  const cfn::Value doc = t.to_value();
  const cfn::Value& parameters = *doc.find("Parameters");
  CHECK(parameters.find("Subnets")->find("Type")->as_string() == "List<AWS::EC2::Subnet::Id>");
  CHECK(parameters.find("Ami")->find("Type")->as_string() == "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>");
  CHECK(parameters.find("Name")->find("Type")->as_string() == "String");
}

TEST_CASE("every parameter type the AWS sample templates use is known", "[model][parameter][corpus]") {
  REQUIRE(std::filesystem::is_directory(cfn::test::kCorpus));
  std::set<std::string> used;
  for (const auto& file : cfn::test::corpus_templates()) {
    cfn::Document doc;
    try {
      doc = cfn::parse_document(cfn::read_file(file), cfn::test::corpus_name(file));
    } catch (const cfn::Error&) {
      continue;  // the parser's rejections are the parser tests' business
    }
    const cfn::Value* parameters = doc.root.find("Parameters");
    if (!parameters || !parameters->is_map()) continue;
    for (const cfn::Member& p : parameters->as_map()) {
      const cfn::Value* type = p.value.find("Type");
      if (type && type->is_string()) used.insert(type->as_string());
    }
  }
  REQUIRE(used.size() >= 10);
  for (const std::string& type : used) {
    INFO(type);
    CHECK(cfn::ParameterType::find(type));
  }
}
