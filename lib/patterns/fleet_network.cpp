#include "cfn/patterns/fleet_network.hpp"

#include <algorithm>

#include "cfn/error.hpp"
#include "option_checks.hpp"

namespace cfn::patterns {

FleetNetwork add_fleet_network(Template& t, const Scope& scope, const Fleet& fleet, const FleetNetworkOptions& o) {
  // The zones: those the members name, in order; else the region's first two.
  const auto zone_of = [&](const FleetMember& m) -> const std::string& {
    return m.availability_zone.empty() ? o.default_zone : m.availability_zone;
  };
  std::vector<std::string> zone_names;
  for (const FleetMember& m : fleet.members) {
    const std::string& z = zone_of(m);
    if (!z.empty() && std::find(zone_names.begin(), zone_names.end(), z) == zone_names.end()) zone_names.push_back(z);
  }
  if (zone_names.size() > kMaxFleetZones)
    throw Error("fleet: the instances are in " + std::to_string(zone_names.size()) +
                " availability zones; a fleet's network spans at most " + std::to_string(kMaxFleetZones));
  // Fn::Cidr carves a /24 subnet per zone from the VPC's range.
  const int zones = zone_names.empty() ? std::min<int>(2, static_cast<int>(fleet.members.size()))
                                       : static_cast<int>(zone_names.size());
  const auto vpc = options::check_network(o.literal_cidr, "VPC CIDR", 16, 24);
  if ((1 << (24 - vpc.prefix)) < zones)
    throw Error("VPC CIDR: '" + o.literal_cidr + "' has no room for a /24 subnet in each of " + std::to_string(zones) +
                " zones");
  NetworkOptions network{.cidr = o.cidr, .zones = zones};
  for (const std::string& z : zone_names) {
    options::check_availability_zone(z);
    network.availability_zones.emplace_back(z);
  }
  FleetNetwork out{add_network(t, scope, network), {}};
  out.member_subnets.reserve(fleet.members.size());
  std::size_t unplaced = 0;  // members without a zone go round the fleet's zones
  for (const FleetMember& m : fleet.members) {
    const std::string& z = zone_of(m);
    out.member_subnets.push_back(
        z.empty() ? unplaced++ % out.network.public_subnets.size()
                  : static_cast<std::size_t>(std::find(zone_names.begin(), zone_names.end(), z) - zone_names.begin()));
  }
  return out;
}

}  // namespace cfn::patterns
