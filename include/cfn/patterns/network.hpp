/// @file
/// The network block: a VPC with one public subnet per availability zone, an
/// internet gateway and the public route table; optionally one private subnet
/// per zone with its own route table, reaching the internet through one NAT
/// gateway or one per zone; optionally one isolated subnet per zone (a
/// database tier) that has no route out of the VPC at all.
///
/// @code
///   auto net = cfn::patterns::add_network(t, Scope("App"), {.zones = 2, .private_subnets = true,
///                                                           .nat = NatGateways::One});
///   group_options.subnets = net.public_subnet_ids();
/// @endcode
///
/// Parts (logical id = scope prefix + part): Vpc, InternetGateway,
/// GatewayAttachment, PublicRouteTable, PublicDefaultRoute; per zone A, B, ...:
/// PublicSubnetA, PublicSubnetARouteTableAssociation; with private subnets
/// PrivateSubnetA, PrivateRouteTableA, PrivateSubnetARouteTableAssociation; with
/// NAT gateways NatAddressA, NatGatewayA (zone A only for NatGateways::One) and
/// PrivateDefaultRouteA; with isolated subnets IsolatedRouteTable (one, for
/// every zone: it has only the VPC's local route), IsolatedSubnetA,
/// IsolatedSubnetARouteTableAssociation.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "cfn/aws/ec2.hpp"
#include "cfn/patterns/scope.hpp"
#include "cfn/template.hpp"

namespace cfn::patterns {

/// How the private subnets reach the internet.
enum class NatGateways : std::uint8_t {
  None,     ///< private subnets reach nothing outside the VPC (add VPC endpoints for AWS services)
  One,      ///< one NAT gateway in zone A for every private subnet (cheaper; zone A is a single point of failure)
  PerZone,  ///< one NAT gateway per zone (each zone keeps its egress when another fails)
};

/// The VPC add_network adds: its range, zones and subnets.
struct NetworkOptions {
  Str cidr = "10.0.0.0/16";  ///< the VPC's IPv4 range
  /// Number of availability zones, 1 to 6: one public subnet (and one private subnet) in each.
  int zones = 2;
  /// The zones' names; empty: the first `zones` of the region (Fn::GetAZs). Else one per zone.
  std::vector<Str> availability_zones{};
  /// The public subnets' ranges; empty: carved from the VPC range with Fn::Cidr. Else one per zone.
  std::vector<Str> public_subnet_cidrs{};
  bool private_subnets = false;  ///< one private subnet per zone, with a route out through NAT gateways when `nat` says
  /// The private subnets' ranges; empty: carved from the VPC range after the public ones.
  std::vector<Str> private_subnet_cidrs{};
  /// One subnet per zone with no route out of the VPC (databases, caches).
  bool isolated_subnets = false;
  /// The isolated subnets' ranges; empty: carved after the public and private ones.
  std::vector<Str> isolated_subnet_cidrs{};
  /// Host bits of the carved subnets: 8 gives /24 subnets in a /16 VPC.
  int subnet_host_bits = 8;
  NatGateways nat = NatGateways::None;  ///< NAT gateways for the private subnets
};

/// A subnet add_network added, and its route table association.
struct Subnet {
  aws::ec2::Subnet::Handle subnet;                                        ///< the subnet
  aws::ec2::SubnetRouteTableAssociation::Handle route_table_association;  ///< its association with its route table
  /// The zone the subnet is in, as given (a name, a Ref or Fn::Select of Fn::GetAZs).
  Value availability_zone;
};

/// The parts add_network added.
struct Network {
  aws::ec2::VPC::Handle vpc;                                  ///< the VPC
  aws::ec2::InternetGateway::Handle internet_gateway;         ///< the internet gateway
  aws::ec2::VPCGatewayAttachment::Handle gateway_attachment;  ///< its attachment to the VPC
  aws::ec2::RouteTable::Handle public_route_table;            ///< the public subnets' route table
  /// 0.0.0.0/0 through the internet gateway. Resources that need the internet
  /// (an Elastic IP, a NAT gateway, instances) should depend on it.
  aws::ec2::Route::Handle public_default_route;
  std::vector<Subnet> public_subnets;                                ///< one per zone
  std::vector<Subnet> private_subnets;                               ///< one per zone, with private subnets
  std::vector<aws::ec2::RouteTable::Handle> private_route_tables;    ///< one per private subnet
  std::vector<aws::ec2::NatGateway::Handle> nat_gateways;            ///< none, one, or one per zone
  std::vector<Subnet> isolated_subnets;                              ///< one per zone, with isolated subnets
  std::optional<aws::ec2::RouteTable::Handle> isolated_route_table;  ///< their route table, with isolated subnets

  /// @name Subnet ids
  //@{
  /// The Refs of the subnets, in zone order: for VPCZoneIdentifier, a load balancer or a DB subnet group.
  [[nodiscard]] std::vector<Str> public_subnet_ids() const;
  [[nodiscard]] std::vector<Str> private_subnet_ids() const;
  [[nodiscard]] std::vector<Str> isolated_subnet_ids() const;
  //@}
};

/// Adds the network. Throws cfn::Error for options out of range, lists of the
/// wrong length, NAT gateways without private subnets, or a misspelt rename.
Network add_network(Template& t, const Scope& scope, const NetworkOptions& options = {});

}  // namespace cfn::patterns
