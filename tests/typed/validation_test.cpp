// Templates built in code are checked against the specification when they
// are emitted: a missing required property or a wrong shape fails with the
// logical id, the property path and the expected shape.
#include <catch2/catch.hpp>

#include "cfn/aws/ec2.hpp"
#include "cfn/build.hpp"
#include "cfn/custom_resource.hpp"
#include "cfn/lint.hpp"

namespace ec2 = cfn::aws::ec2;

namespace {

std::vector<std::string> errors_of(const cfn::Template& t) {
  try {
    (void)cfn::to_yaml(t);
  } catch (const cfn::ValidationError& e) {
    std::vector<std::string> out;
    for (const cfn::Finding& f : e.findings())
      out.push_back(std::string(f.code) + " " + cfn::to_string(f.path) + ": " + f.message);
    return out;
  }
  return {};
}

}  // namespace

TEST_CASE("a missing required property is reported with its path", "[typed][validate]") {
  cfn::Template t;
  t.add("Group", ec2::SecurityGroup{}.VpcId("vpc-1"));
  t.add("Empty", ec2::Subnet{});
  CHECK(errors_of(t) == std::vector<std::string>{
                            "E3003 Resources.Empty.Properties: missing required property 'VpcId' of AWS::EC2::Subnet",
                            "E3003 Resources.Group.Properties: missing required property 'GroupDescription' of "
                            "AWS::EC2::SecurityGroup"});
  // Inside a property type, at the property type's path.
  cfn::Template nested;
  nested.add("Fleet", ec2::SpotFleet{}.SpotFleetRequestConfigData(
                          ec2::SpotFleet_SpotFleetRequestConfigData{}.TargetCapacity(1)));
  CHECK(errors_of(nested) ==
        std::vector<std::string>{"E3003 Resources.Fleet.Properties.SpotFleetRequestConfigData: missing required "
                                 "property 'IamFleetRole' of AWS::EC2::SpotFleet.SpotFleetRequestConfigData",
                                 // "You must specify LaunchSpecifications or LaunchTemplateConfigs" (SpotFleet docs)
                                 "E3014 Resources.Fleet.Properties.SpotFleetRequestConfigData: one of "
                                 "LaunchSpecifications, LaunchTemplateConfigs is required"});
}

TEST_CASE("a wrong shape is reported with the path and the expected shape", "[typed][validate]") {
  cfn::Template t;
  t.add("Vpc", ec2::VPC{}.CidrBlock("10.0.0.0/16").set_property("EnableDnsSupport", "maybe"));
  t.add_resource("Subnet", "AWS::EC2::Subnet",
                 {{"VpcId", cfn::ref("Vpc")}, {"CidrBlock", cfn::List{"10.0.0.0/24"}}, {"Tags", "Name=x"}});
  t.add_resource("Lt", "AWS::EC2::LaunchTemplate",
                 {{"LaunchTemplateData", cfn::Map{{"MetadataOptions", cfn::Map{{"HttpPutResponseHopLimit", "two"}}},
                                                  {"SecurityGroupIds", cfn::sub("${AWS::StackName}")}}}});
  // Without positions, findings are ordered by path.
  CHECK(errors_of(t) == std::vector<std::string>{
                            "E3012 Resources.Lt.Properties.LaunchTemplateData.MetadataOptions.HttpPutResponseHopLimit: "
                            "expected integer, got string 'two'",
                            "E3012 Resources.Lt.Properties.LaunchTemplateData.SecurityGroupIds: expected list of "
                            "strings, got Fn::Sub",
                            "E3012 Resources.Subnet.Properties.CidrBlock: expected string, got list",
                            "E3012 Resources.Subnet.Properties.Tags: expected list of Tag, got string 'Name=x'",
                            "E3012 Resources.Vpc.Properties.EnableDnsSupport: expected boolean, got string 'maybe'",
                        });
}

TEST_CASE("unknown properties and types are reported with a suggestion", "[typed][validate]") {
  cfn::Template t;
  t.add_resource("Vpc", "AWS::EC2::VPC", {{"CidrBlok", "10.0.0.0/16"}});
  t.add_resource("Q", "AWS::SQS::Queu");
  CHECK(errors_of(t) ==
        std::vector<std::string>{
            "E3001 Resources.Q.Type: unknown resource type 'AWS::SQS::Queu' (did you mean "
            "AWS::SQS::Queue?)",
            // A VPC takes CidrBlock or Ipv4IpamPoolId (AWS::EC2::VPC docs): the misspelt name is neither.
            "E3014 Resources.Vpc.Properties: one of CidrBlock, Ipv4IpamPoolId is required",
            "E3002 Resources.Vpc.Properties.CidrBlok: unknown property 'CidrBlok' of AWS::EC2::VPC "
            "(did you mean CidrBlock?)",
        });
}

TEST_CASE("custom resources take any properties", "[typed][validate]") {
  cfn::Template t;
  t.add("Action",
        cfn::CustomResource("Custom::Scale")
            .ServiceToken(cfn::sub("arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:f"))
            .ServiceTimeout(300)
            .property("Anything", cfn::Map{{"Nested", cfn::List{1, 2}}}));
  CHECK(errors_of(t).empty());
  CHECK_THROWS_WITH(cfn::CustomResource("Custom::bad name"),
                    "custom resource type 'Custom::bad name' must be AWS::CloudFormation::CustomResource or Custom:: "
                    "followed by 1 to 60 letters, digits, _, @ or -");
  CHECK_THROWS_WITH(cfn::CustomResource("Custom::X").ServiceTimeout(3601),
                    "ServiceTimeout must be 1 to 3600 seconds, got 3601");
}
