// What the setters' parameter types accept, checked on the values they hold.
// What they reject is in compile_fail/ (one test per kind of mistake).
#include <catch2/catch.hpp>
#include <cstdint>
#include <limits>
#include <string>

#include "cfn/aws/autoscaling.hpp"
#include "cfn/aws/ec2.hpp"
#include "cfn/canonical.hpp"
#include "cfn/custom_resource.hpp"
#include "cfn/emit.hpp"

namespace asg = cfn::aws::autoscaling;
namespace ec2 = cfn::aws::ec2;
using cfn::Value;

TEST_CASE("String properties take integers as their decimal text", "[typed][values]") {
  // The specification types AutoScalingGroup MinSize and MaxSize as String;
  // CloudFormation converts numbers there, so 0 and 1 are "0" and "1", never a null pointer.
  const auto group = asg::AutoScalingGroup{}.MinSize(0).MaxSize(1).DesiredCapacity(std::uint64_t{1});
  CHECK(group.properties().at("MinSize") == Value(std::string("0")));
  CHECK(group.properties().at("MaxSize") == Value(std::string("1")));
  CHECK(group.properties().at("MinSize").is_string());
  CHECK(group.properties().at("DesiredCapacity").is_string());

  CHECK(cfn::Str(-42).value() == Value(std::string("-42")));
  CHECK(cfn::Str(std::numeric_limits<std::int64_t>::min()).value() == Value(std::string("-9223372036854775808")));
  CHECK(cfn::Str(std::numeric_limits<std::uint64_t>::max()).value() == Value(std::string("18446744073709551615")));
  CHECK(cfn::Str(static_cast<unsigned char>(7)).value() == Value(std::string("7")));

  cfn::Template t;
  t.add("Group", asg::AutoScalingGroup{}.MinSize(0).MaxSize(1));
  const std::string yaml = cfn::to_yaml(cfn::canonicalize(t.to_value()));
  CHECK(yaml.find("      MinSize: '0'\n      MaxSize: '1'\n") != std::string::npos);
}

TEST_CASE("String properties take text of every kind", "[typed][values]") {
  const std::string text = "10.0.0.0/16";
  const std::string_view view = text;
  char buffer[16] = "10.0.0.0/16";
  const char* pointer = buffer;
  CHECK(cfn::Str(text).value() == Value(text));
  CHECK(cfn::Str(view).value() == Value(text));
  CHECK(cfn::Str("10.0.0.0/16").value() == Value(text));
  CHECK(cfn::Str(buffer).value() == Value(text));  // up to the first NUL, not the whole array
  CHECK(cfn::Str(pointer).value() == Value(text));
  CHECK(cfn::Str(cfn::ref("Cidr")).value() == Value(cfn::ref("Cidr")));
}

TEST_CASE("Integer, Double and Boolean properties keep their kind", "[typed][values]") {
  CHECK(cfn::Int(443).value().is_int());
  CHECK(cfn::Int(std::int64_t{1} << 40).value() == Value(std::int64_t{1} << 40));
  CHECK(cfn::Num(0.5).value() == Value(0.5));
  CHECK(cfn::Num(2).value() == Value(2));
  CHECK(cfn::Bool(true).value() == Value(true));
}

TEST_CASE("an object property takes the object or a callable that fills one", "[typed][values]") {
  const auto built = ec2::LaunchTemplate_LaunchTemplateData{}.MetadataOptions(
      ec2::LaunchTemplate_MetadataOptions{}.HttpTokens("required").HttpPutResponseHopLimit(1));
  const auto filled = ec2::LaunchTemplate_LaunchTemplateData{}.MetadataOptions(
      [](ec2::LaunchTemplate_MetadataOptions& m) { m.HttpTokens("required").HttpPutResponseHopLimit(1); });
  const auto generic = ec2::LaunchTemplate_LaunchTemplateData{}.MetadataOptions(
      [](auto& m) { m.HttpTokens("required").HttpPutResponseHopLimit(1); });
  const Value expected =
      cfn::Map{{"MetadataOptions", cfn::Map{{"HttpTokens", "required"}, {"HttpPutResponseHopLimit", 1}}}};
  CHECK(Value(built.properties()) == expected);
  CHECK(Value(filled.properties()) == expected);
  CHECK(Value(generic.properties()) == expected);

  // in lists too, one callable per item
  const auto data = ec2::LaunchTemplate_LaunchTemplateData{}.BlockDeviceMappings(
      {[](auto& m) { m.DeviceName("/dev/xvda"); }, [](auto& m) { m.DeviceName("/dev/xvdf"); }});
  CHECK(Value(data.properties()) ==
        Value(cfn::Map{{"BlockDeviceMappings",
                        cfn::List{cfn::Map{{"DeviceName", "/dev/xvda"}}, cfn::Map{{"DeviceName", "/dev/xvdf"}}}}}));
}

TEST_CASE("a null const char* never reaches the template: the setter names the property", "[typed][values]") {
  const char* unset = nullptr;  // what std::getenv returns for an unset variable
  CHECK_THROWS_WITH(asg::AutoScalingGroup{}.MinSize(unset),
                    "AWS::AutoScaling::AutoScalingGroup.MinSize: null is not a value (a null const char*?); leave the "
                    "property out, or give it cfn::pseudo::no_value()");
  CHECK_THROWS_WITH(ec2::VPC{}.set_property("Future", unset),
                    "AWS::EC2::VPC.Future: null is not a value (a null const char*?); leave the property out, or give "
                    "it cfn::pseudo::no_value()");
  CHECK_THROWS_WITH(ec2::LaunchTemplate_LaunchTemplateData{}.SecurityGroupIds({"sg-1", unset}),
                    "an item of a list or map property is null (a null const char*?); leave it out");
  CHECK_THROWS_WITH(ec2::VPC{}.Tags({{"Name", unset}}), "a tag's value is null (a null const char*?)");
  CHECK_THROWS_WITH(cfn::CustomResource("Custom::X").property("Name", unset),
                    "Custom::X.Name: null is not a value (a null const char*?); leave the property out, or give it "
                    "cfn::pseudo::no_value()");
  const char* set = "python3.13";
  CHECK(asg::AutoScalingGroup{}.MinSize(set).properties().at("MinSize") == Value("python3.13"));
}

TEST_CASE("set_property takes any value", "[typed][values]") {
  const auto vpc = ec2::VPC{}.set_property("Future", cfn::Map{{"A", 1}}).set_property("Name", "x");
  CHECK(vpc.properties().at("Future") == Value(cfn::Map{{"A", 1}}));
  CHECK(vpc.properties().at("Name") == Value("x"));
}
