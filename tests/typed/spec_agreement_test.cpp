// The generated model agrees with the specification it was generated from:
// the vendored JSON is read here with yaml-cpp, independently of the generator,
// and every type, property and attribute is compared with the runtime table.
// The AWS SAM types are the exception the generator makes on purpose: their
// property names come from the SAM documentation (sam-docs.json, read here
// too), so a SAM property may be spelled in another case and SAM may add some.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <map>
#include <optional>

#include "cfn/schema.hpp"
#include "support/resource_spec.hpp"

namespace {

using cfn::schema::UpdateType;

UpdateType update_type(const YAML::Node& property) {
  const std::string u = property["UpdateType"] ? property["UpdateType"].Scalar() : "Mutable";
  return u == "Immutable" ? UpdateType::Immutable : u == "Conditional" ? UpdateType::Conditional : UpdateType::Mutable;
}

bool is_sam(std::string_view type) { return type.starts_with("AWS::Serverless::"); }

bool same_ignoring_case(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

template <class Info>
std::optional<cfn::schema::PropertyInfo> find(const Info& info, const std::string& name) {
  if (auto exact = info.find_property(name)) return exact;
  if (!is_sam(info.name())) return std::nullopt;
  for (const cfn::schema::PropertyInfo p : info.properties())
    if (same_ignoring_case(p.name(), name)) return p;
  return std::nullopt;
}

template <class Info>
void check_properties(const YAML::Node& type, const Info& info) {
  const YAML::Node props = type["Properties"];
  if (is_sam(info.name()))
    REQUIRE(info.properties().size() >= (props ? props.size() : 0));
  else
    REQUIRE(info.properties().size() == (props ? props.size() : 0));
  if (!props) return;
  for (const auto& p : props) {
    INFO(info.name() << "." << p.first.Scalar());
    const auto prop = find(info, p.first.Scalar());
    REQUIRE(prop);
    CHECK(prop->required() == (p.second["Required"] && p.second["Required"].as<bool>()));
    CHECK(prop->deprecated() == (p.second["Deprecated"] && p.second["Deprecated"].as<bool>()));
    CHECK(prop->update() == update_type(p.second));
  }
}

}  // namespace

// The SAM resource types the SAM documentation has and the specification lacks.
constexpr std::string_view kSamAdded[] = {"AWS::Serverless::CapacityProvider", "AWS::Serverless::Connector",
                                          "AWS::Serverless::GraphQLApi"};

TEST_CASE("the table has every resource type and property type of the specification", "[typed][spec]") {
  CHECK(cfn::schema::resource_types().size() ==
        cfn::test::resource_spec()["ResourceTypes"].size() + std::size(kSamAdded));
  CHECK(cfn::schema::property_types().size() == cfn::test::resource_spec()["PropertyTypes"].size());
  CHECK(cfn::schema::resource_types().size() == 1828 + std::size(kSamAdded));
  for (const std::string_view added : kSamAdded) CHECK(cfn::schema::find_resource_type(added));
  CHECK(cfn::schema::property_types().size() == 9878);
  CHECK(cfn::schema::specification_version() == cfn::test::resource_spec()["ResourceSpecificationVersion"].Scalar());
}

TEST_CASE("every resource type has the specification's properties and attributes", "[typed][spec]") {
  std::size_t properties = 0;
  std::size_t attributes = 0;
  for (const auto& t : cfn::test::resource_spec()["ResourceTypes"]) {
    const auto info = cfn::schema::find_resource_type(t.first.Scalar());
    REQUIRE(info);
    check_properties(t.second, *info);
    const YAML::Node attrs = t.second["Attributes"];
    CHECK(info->attributes().size() == (attrs ? attrs.size() : 0));
    if (attrs)
      for (const auto& a : attrs) CHECK(info->find_attribute(a.first.Scalar()));
    const YAML::Node refs = t.second["RefReturns"];
    CHECK(info->ref_returns() == (refs ? refs[0].Scalar() : std::string()));
    CHECK(info->arn_template() == (t.second["ArnTemplate"] ? t.second["ArnTemplate"].Scalar() : std::string()));
    properties += info->properties().size();
    attributes += info->attributes().size();
  }
  CHECK(attributes == 5441);
  INFO("resource properties: " << properties);
  CHECK(properties > 10000);
}

TEST_CASE("every property type has the specification's properties", "[typed][spec]") {
  for (const auto& t : cfn::test::resource_spec()["PropertyTypes"]) {
    const auto info = cfn::schema::find_property_type(t.first.Scalar());
    REQUIRE(info);
    check_properties(t.second, *info);
  }
}

TEST_CASE("SAM resource types have the SAM documentation's property names", "[typed][spec]") {
  const YAML::Node docs =
      YAML::LoadFile(std::string(CFNPP_SOURCE_DIR) + "/generators/registry/sam-docs.json")["properties"];
  for (const auto& [page, type] : std::map<std::string, std::string>{
           {"sam-resource-application", "AWS::Serverless::Application"},
           {"sam-resource-function", "AWS::Serverless::Function"},
           {"sam-resource-api", "AWS::Serverless::Api"},
           {"sam-resource-layerversion", "AWS::Serverless::LayerVersion"},
           {"sam-resource-capacityprovider", "AWS::Serverless::CapacityProvider"},
       }) {
    const auto info = cfn::schema::find_resource_type(type);
    REQUIRE(info);
    for (const auto& p : docs[page]) {
      INFO(type << "." << p.first.Scalar());
      CHECK(info->find_property(p.first.Scalar()));
    }
  }
  CHECK(cfn::schema::find_resource_type("AWS::Serverless::Application")->find_property("NotificationARNs"));
  CHECK_FALSE(cfn::schema::find_resource_type("AWS::Serverless::Application")->find_property("NotificationArns"));
}

TEST_CASE("lookups are by exact name", "[typed][spec]") {
  CHECK_FALSE(cfn::schema::find_resource_type("AWS::EC2::Vpc"));
  CHECK_FALSE(cfn::schema::find_resource_type(""));
  CHECK(cfn::schema::find_resource_type("AWS::EC2::VPC")->name() == "AWS::EC2::VPC");
  CHECK(cfn::schema::find_resource_type("Alexa::ASK::Skill"));
  CHECK_FALSE(cfn::schema::find_resource_type("AWS::EC2::VPC")->find_property("cidrblock"));
  const auto types = cfn::schema::resource_types();
  CHECK(std::is_sorted(types.begin(), types.end(), [](auto a, auto b) { return a.name() < b.name(); }));
}
