/// @file
/// The network a fleet shares (cfn/patterns/fleet.hpp): one VPC with a public
/// subnet in each availability zone its members name (the region's first two
/// when none names one), and which of those subnets each member launches in.
/// The fleet stacks (autoheal_fleet, self_healing_instance_fleet) build on it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "cfn/patterns/fleet.hpp"
#include "cfn/patterns/network.hpp"
#include "cfn/patterns/scope.hpp"
#include "cfn/template.hpp"

namespace cfn::patterns {

/// What add_fleet_network builds.
struct FleetNetworkOptions {
  /// The VPC's range (a literal or a parameter's Ref).
  Str cidr;
  /// Its value (a parameter's default): a /24 subnet per zone must fit in it.
  std::string literal_cidr;
  /// The zone of the members that name none; empty: they go round the fleet's zones.
  std::string default_zone{};
};

/// The fleet's network, and where each member goes in it.
struct FleetNetwork {
  /// The VPC, its gateway, route table and public subnets.
  Network network;
  /// For each member, in order: its subnet's index in network.public_subnets.
  std::vector<std::size_t> member_subnets;

  /// The subnet of the member at that index of Fleet::members.
  [[nodiscard]] const Subnet& subnet_of(std::size_t member) const {
    return network.public_subnets[member_subnets[member]];
  }
};

/// Adds the network (add_network under `scope`). Throws cfn::Error for more
/// than kMaxFleetZones zones, a zone name that is not one, or a VPC range
/// with no room for a /24 per zone.
FleetNetwork add_fleet_network(Template& t, const Scope& scope, const Fleet& fleet, const FleetNetworkOptions& options);

}  // namespace cfn::patterns
