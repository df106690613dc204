// What a reader of a generated header finds in a resource's class: every
// property type of the resource under a nested name, and how to build the
// resource's ARN. The vendored specification is read with yaml-cpp,
// independently of the generator, and compared with the headers' text.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <string>
#include <type_traits>

#include "cfn/aws/autoscaling.hpp"
#include "cfn/aws/ec2.hpp"
#include "cfn/file.hpp"
#include "support/resource_spec.hpp"

namespace ec2 = cfn::aws::ec2;
namespace asg = cfn::aws::autoscaling;

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// "AWS::EC2::LaunchTemplate" -> the text of its generated header.
const std::string& header_of(const std::string& resource_type) {
  static std::map<std::string, std::string> headers;
  const std::size_t first = resource_type.find("::");
  const std::size_t second = resource_type.find("::", first + 2);
  const std::string path = std::string(CFNPP_BINARY_DIR) + "/generated/include/cfn/" +
                           lower(resource_type.substr(0, first)) + "/" +
                           lower(resource_type.substr(first + 2, second - first - 2)) + ".hpp";
  auto [at, added] = headers.try_emplace(path);
  if (added) at->second = cfn::read_file(path);
  return at->second;
}

std::string class_name(const std::string& resource_type) { return resource_type.substr(resource_type.rfind("::") + 2); }

// The doc comment and body of the resource's class in its header.
struct ClassText {
  std::string comment;
  std::string body;
};

ClassText class_text(const std::string& resource_type) {
  const std::string& header = header_of(resource_type);
  const std::string name = class_name(resource_type);
  const std::string opening = "\nclass " + name + " : public cfn::ResourceObject<" + name + "> {";
  const std::size_t at = header.find(opening);
  REQUIRE(at != std::string::npos);
  const std::size_t comment = header.rfind("\n\n", at) + 2;
  const std::size_t end = header.find("\n};\n", at);
  return {header.substr(comment, at - comment), header.substr(at, end - at)};
}

}  // namespace

TEST_CASE("every property type is reachable from its resource's class", "[typed][headers]") {
  std::map<std::string, std::set<std::string>> expected;  // resource -> flat class names of its property types
  for (const auto& p : cfn::test::resource_spec()["PropertyTypes"]) {
    const std::string key = p.first.Scalar();
    if (key == "Tag") continue;
    const std::string resource = key.substr(0, key.find('.'));
    expected[resource].insert(class_name(resource) + "_" + key.substr(key.find('.') + 1));
  }
  std::size_t aliases = 0;
  for (const auto& [resource, types] : expected) {
    INFO(resource);
    const std::string body = class_text(resource).body;
    std::set<std::string> found;
    for (std::size_t at = body.find("\n  using "); at != std::string::npos; at = body.find("\n  using ", at + 1)) {
      const std::size_t equals = body.find(" = ", at);
      const std::size_t end = body.find(';', equals);
      found.insert(body.substr(equals + 3, end - equals - 3));
    }
    CHECK(found == types);
    aliases += found.size();
  }
  CHECK(aliases == cfn::test::resource_spec()["PropertyTypes"].size() - 1);
}

TEST_CASE("nested names are the property type's own name, with '_' where the resource has a property of that name",
          "[typed][headers]") {
  STATIC_REQUIRE(std::is_same_v<ec2::LaunchTemplate::LaunchTemplateData_, ec2::LaunchTemplate_LaunchTemplateData>);
  STATIC_REQUIRE(std::is_same_v<ec2::LaunchTemplate::MetadataOptions, ec2::LaunchTemplate_MetadataOptions>);
  STATIC_REQUIRE(std::is_same_v<ec2::LaunchTemplate::IamInstanceProfile, ec2::LaunchTemplate_IamInstanceProfile>);
  STATIC_REQUIRE(std::is_same_v<ec2::SecurityGroup::Ingress, ec2::SecurityGroup_Ingress>);
  STATIC_REQUIRE(std::is_same_v<asg::AutoScalingGroup::LaunchTemplateSpecification,
                                asg::AutoScalingGroup_LaunchTemplateSpecification>);

  const auto lt = ec2::LaunchTemplate{}.LaunchTemplateData(ec2::LaunchTemplate::LaunchTemplateData_{}.MetadataOptions(
      ec2::LaunchTemplate::MetadataOptions{}.HttpTokens("required")));
  CHECK(cfn::Value(lt.properties()) ==
        cfn::Value(
            cfn::Map{{"LaunchTemplateData", cfn::Map{{"MetadataOptions", cfn::Map{{"HttpTokens", "required"}}}}}}));
}

TEST_CASE("a resource's comment shows its ARN and what fills the placeholders", "[typed][headers]") {
  std::size_t with_arn = 0;
  for (const auto& r : cfn::test::resource_spec()["ResourceTypes"]) {
    const std::string type = r.first.Scalar();
    if (!r.second["ArnTemplate"]) continue;
    ++with_arn;
    INFO(type);
    const std::string comment = class_text(type).comment;
    CHECK(comment.find("/// ARN: " + r.second["ArnTemplate"].Scalar() + "\n/// cfn::arn::for_type(") !=
          std::string::npos);
    CHECK(comment.find("cfn::arn::for_type(\"" + type + "\"") != std::string::npos);
  }
  CHECK(with_arn > 1000);
  CHECK(class_text("AWS::EC2::EIP")
            .comment.find(
                "/// ARN: arn:${Partition}:ec2:${Region}:${Account}:elastic-ip/${AllocationId}\n"
                "/// cfn::arn::for_type(\"AWS::EC2::EIP\", {{\"AllocationId\", ...}}) builds it; the placeholders:\n"
                "///  - AllocationId: for this resource, its attribute Handle::AllocationId()") != std::string::npos);
  CHECK(class_text("AWS::AutoScaling::AutoScalingGroup").comment.find("ARN") == std::string::npos);
}
