// Fleets (issue 17): reading a fleet file, and the Autoheal fleet built from it.
#include "cfn/patterns/fleet.hpp"

#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "cfn/build.hpp"
#include "cfn/parse.hpp"
#include "cfn/patterns/autoheal.hpp"
#include "patterns/support.hpp"

using cfn::Value;
using cfn::test::at;
using cfn::test::props;
using cfn::test::resource;

namespace {

cfn::patterns::Fleet fleet_from(std::string_view text) {
  return cfn::patterns::read_fleet(cfn::parse_document(text, "fleet.yaml"));
}

std::string fleet_error(std::string_view text) {
  try {
    (void)fleet_from(text);
  } catch (const cfn::ParseError& e) {
    return e.what();
  }
  return "no error";
}

// The value of tag `key` in a resource's Tags list; "" when it has none.
std::string tag_value(const Value& doc, std::string_view id, std::string_view key) {
  for (const Value& tag : at(props(doc, id), {"Tags"}).as_list())
    if (tag.as_map().at("Key").as_string() == key) {
      const Value& v = tag.as_map().at("Value");
      return v.is_string() ? v.as_string() : "(computed)";
    }
  return "";
}

}  // namespace

TEST_CASE("fleet file: YAML and JSON give the same members and every field is read", "[patterns][fleet]") {
  const auto yaml = fleet_from(
      "instances:\n"
      "  - name: LicenceServer\n"
      "    availability_zone: eu-west-1a\n"
      "    instance_type: t3.small\n"
      "    volume_size: 20\n"
      "    tags: {Application: licences}\n"
      "  - name: Agent2\n");
  const auto json = fleet_from(
      R"({"instances": [{"name": "LicenceServer", "availability_zone": "eu-west-1a", "instance_type": "t3.small",)"
      R"( "volume_size": 20, "tags": {"Application": "licences"}}, {"name": "Agent2"}]})");
  for (const auto* fleet : {&yaml, &json}) {
    REQUIRE(fleet->members.size() == 2);
    const auto& first = fleet->members[0];
    CHECK(first.name == "LicenceServer");
    CHECK(first.availability_zone == "eu-west-1a");
    CHECK(first.instance_type == "t3.small");
    CHECK(first.volume_size == 20);
    CHECK(first.tags == std::vector<std::pair<std::string, std::string>>{{"Application", "licences"}});
    const auto& second = fleet->members[1];
    CHECK(second.name == "Agent2");
    CHECK(second.availability_zone.empty());
    CHECK(second.instance_type.empty());
    CHECK_FALSE(second.volume_size.has_value());
  }
}

TEST_CASE("fleet file: what is not a fleet is refused at its line and column", "[patterns][fleet]") {
  CHECK(fleet_error("instance:\n  - name: A\n") ==
        "fleet.yaml:1:1: unknown field 'instance' (a fleet file has only 'instances')");
  CHECK(fleet_error("instances: []\n") == "fleet.yaml:1:12: 'instances' is a list of at least one instance");
  CHECK(fleet_error("instances:\n  - name: web-1\n") ==
        "fleet.yaml:2:11: name 'web-1': ASCII letters and digits, starting with a letter (it starts the logical "
        "ids of the instance's resources)");
  CHECK(fleet_error("instances:\n  - name: A\n  - name: A\n") == "fleet.yaml:3:11: name 'A' is used twice");
  CHECK(fleet_error("instances:\n  - name: A\n    volume_size: 0\n") ==
        "fleet.yaml:3:18: 'volume_size' is a whole number of GiB from 1 to 16384");
  CHECK(fleet_error("instances:\n  - name: A\n    size: 3\n") ==
        "fleet.yaml:3:5: unknown field 'size' (an instance has name, availability_zone, instance_type, "
        "volume_size and tags)");
  CHECK(fleet_error("instances:\n  - availability_zone: eu-west-1a\n") ==
        "fleet.yaml:2:5: an instance without a 'name'");
  CHECK(fleet_error("instances:\n  - name: A\n    tags: {Team: [x]}\n") ==
        "fleet.yaml:3:18: 'Team' is a non-empty string");
  CHECK(fleet_error("instances:\n  - name: A\n  - name: B\n  - name: A\n    name: C\n")
            .starts_with("fleet.yaml:5:5: 'name' is given twice"));
  std::string seven_zones = "instances:\n";
  for (char z = 'a'; z <= 'g'; ++z)
    seven_zones += std::string("  - {name: I") + z + ", availability_zone: eu-west-1" + z + "}\n";
  CHECK(fleet_error(seven_zones) ==
        "fleet.yaml:2:3: the instances are in 7 availability zones; a fleet's network spans at most 6");
  CHECK_THROWS_WITH(cfn::patterns::numbered_fleet(0), "a fleet has 1 to 100000 instances, not 0");
}

TEST_CASE("autoheal fleet: each member has its own resources and zone and type and size and tags in one network",
          "[patterns][fleet]") {
  const auto fleet = fleet_from(
      "instances:\n"
      "  - {name: Licence, availability_zone: eu-west-1a, instance_type: t3.small, volume_size: 20,"
      " tags: {Application: licences}}\n"
      "  - {name: Build, availability_zone: eu-west-1b}\n"
      "  - {name: Crm}\n");
  const cfn::Template t = cfn::patterns::autoheal_fleet({.volume_size = 30}, fleet);
  const auto findings = cfn::check(t);
  for (const cfn::Finding& f : findings) INFO(cfn::format_finding(f, "fleet"));
  CHECK(findings.empty());
  const Value doc = t.to_value();

  // One VPC, a subnet per named zone, one topic.
  CHECK(at(props(doc, "FleetPublicSubnetA"), {"AvailabilityZone"}).as_string() == "eu-west-1a");
  CHECK(at(props(doc, "FleetPublicSubnetB"), {"AvailabilityZone"}).as_string() == "eu-west-1b");
  CHECK(doc.find("Resources")->find("FleetPublicSubnetC") == nullptr);
  std::size_t vpcs = 0;
  std::size_t topics = 0;
  for (const cfn::Member& r : doc.find("Resources")->as_map()) {
    vpcs += r.value.as_map().at("Type").as_string() == "AWS::EC2::VPC" ? 1 : 0;
    topics += r.value.as_map().at("Type").as_string() == "AWS::SNS::Topic" ? 1 : 0;
  }
  CHECK(vpcs == 1);
  CHECK(topics == 1);
  for (const char* parameter : {"AvailabilityZone", "InstanceType", "VolumeSize", "SubnetCidr"})
    CHECK(doc.find("Parameters")->find(parameter) == nullptr);

  // Each member: its zone's subnet, its volume in that zone, its own type and size.
  CHECK(at(props(doc, "LicenceAutohealVolume"), {"AvailabilityZone"}).as_string() == "eu-west-1a");
  CHECK(at(props(doc, "LicenceAutohealVolume"), {"Size"}) == Value(20));
  CHECK(at(props(doc, "BuildAutohealVolume"), {"AvailabilityZone"}).as_string() == "eu-west-1b");
  CHECK(at(props(doc, "BuildAutohealVolume"), {"Size"}) == Value(30));  // the options' default
  // Crm names no zone: it goes round the fleet's zones, from the first.
  CHECK(at(props(doc, "CrmAutohealVolume"), {"AvailabilityZone"}).as_string() == "eu-west-1a");
  CHECK(at(props(doc, "LicenceAutohealGroup"), {"VPCZoneIdentifier", "0"}) == Value(cfn::ref("FleetPublicSubnetA")));
  CHECK(at(props(doc, "BuildAutohealGroup"), {"VPCZoneIdentifier", "0"}) == Value(cfn::ref("FleetPublicSubnetB")));
  CHECK(at(props(doc, "LicenceAutohealLaunchTemplate"), {"LaunchTemplateData", "InstanceType"}).as_string() ==
        "t3.small");
  CHECK(at(props(doc, "CrmAutohealLaunchTemplate"), {"LaunchTemplateData", "InstanceType"}).as_string() == "t3.micro");
  CHECK(tag_value(doc, "LicenceAutohealVolume", "Application") == "licences");
  CHECK(tag_value(doc, "BuildAutohealVolume", "Application").empty());
  // Every member has the whole pattern: its scale-up and its own heal.
  for (const char* member : {"Licence", "Build", "Crm"}) {
    for (const char* part : {"AutohealGroup", "AutoHealEIP", "DeviceAttachment", "DeviceAttachmentHook", "EventRule",
                             "ScaleupAutohealAction", "AutohealSecurityGroup"})
      CHECK(resource(doc, std::string(member) + part).is_map());
  }
}
