#include "cfn/patterns/network.hpp"

#include <cctype>
#include <string>

#include "cfn/error.hpp"
#include "cfn/intrinsics.hpp"

namespace cfn::patterns {
namespace {

namespace ec2 = aws::ec2;

constexpr int kMaxZones = 6;

std::string zone_letter(int index) { return std::string(1, static_cast<char>('A' + index)); }

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

void check_length(const std::vector<Str>& list, int zones, const char* what) {
  if (!list.empty() && list.size() != static_cast<std::size_t>(zones))
    throw Error("network: " + std::string(what) + " lists " + std::to_string(list.size()) + " entries for " +
                std::to_string(zones) + " zones");
}

void check_options(const NetworkOptions& o) {
  if (o.zones < 1 || o.zones > kMaxZones)
    throw Error("network: zones is " + std::to_string(o.zones) + "; it must be 1 to " + std::to_string(kMaxZones));
  if (o.subnet_host_bits < 4 || o.subnet_host_bits > 28)
    throw Error("network: subnet host bits is " + std::to_string(o.subnet_host_bits) +
                "; a subnet has 4 (a /28) to 28 (a /4) host bits");
  check_length(o.availability_zones, o.zones, "availability zones");
  check_length(o.public_subnet_cidrs, o.zones, "public subnet ranges");
  check_length(o.private_subnet_cidrs, o.zones, "private subnet ranges");
  check_length(o.isolated_subnet_cidrs, o.zones, "isolated subnet ranges");
  if (!o.isolated_subnets && !o.isolated_subnet_cidrs.empty())
    throw Error("network: isolated subnet ranges are given but isolated subnets are off");
  if (!o.private_subnets && !o.private_subnet_cidrs.empty())
    throw Error("network: private subnet ranges are given but private subnets are off");
  if (!o.private_subnets && o.nat != NatGateways::None)
    throw Error("network: NAT gateways serve private subnets; turn private subnets on");
}

std::vector<std::string> part_names(const NetworkOptions& o) {
  std::vector<std::string> parts{"Vpc", "InternetGateway", "GatewayAttachment", "PublicRouteTable",
                                 "PublicDefaultRoute"};
  if (o.isolated_subnets) parts.push_back("IsolatedRouteTable");
  for (int i = 0; i < o.zones; ++i) {
    const std::string z = zone_letter(i);
    parts.push_back("PublicSubnet" + z);
    parts.push_back("PublicSubnet" + z + "RouteTableAssociation");
    if (o.isolated_subnets) {
      parts.push_back("IsolatedSubnet" + z);
      parts.push_back("IsolatedSubnet" + z + "RouteTableAssociation");
    }
    if (!o.private_subnets) continue;
    parts.push_back("PrivateSubnet" + z);
    parts.push_back("PrivateRouteTable" + z);
    parts.push_back("PrivateSubnet" + z + "RouteTableAssociation");
    if (o.nat == NatGateways::None) continue;
    parts.push_back("PrivateDefaultRoute" + z);
    if (o.nat == NatGateways::PerZone || i == 0) {
      parts.push_back("NatAddress" + z);
      parts.push_back("NatGateway" + z);
    }
  }
  return parts;
}

}  // namespace

namespace {

std::vector<Str> ids_of(const std::vector<Subnet>& subnets) {
  std::vector<Str> ids;
  ids.reserve(subnets.size());
  for (const Subnet& s : subnets) {
    Str id(s.subnet.ref());
    ids.push_back(std::move(id));
  }
  return ids;
}

}  // namespace

std::vector<Str> Network::public_subnet_ids() const { return ids_of(public_subnets); }

std::vector<Str> Network::private_subnet_ids() const { return ids_of(private_subnets); }

std::vector<Str> Network::isolated_subnet_ids() const { return ids_of(isolated_subnets); }

Network add_network(Template& t, const Scope& scope, const NetworkOptions& o) {
  check_options(o);
  scope.check_renames("network", part_names(o));
  const auto tags = [&](std::string_view label) { return Tags(scope.tags_for(label)); };

  const auto vpc = t.add(
      scope.id("Vpc"), ec2::VPC{}.CidrBlock(o.cidr).EnableDnsSupport(true).EnableDnsHostnames(true).Tags(tags("vpc")));
  const auto gateway = t.add(scope.id("InternetGateway"), ec2::InternetGateway{}.Tags(tags("igw")));
  const auto attachment = t.add(scope.id("GatewayAttachment"),
                                ec2::VPCGatewayAttachment{}.VpcId(vpc.ref()).InternetGatewayId(gateway.ref()));
  const auto public_routes =
      t.add(scope.id("PublicRouteTable"), ec2::RouteTable{}.VpcId(vpc.ref()).Tags(tags("public")));
  const auto default_route =
      t.add(scope.id("PublicDefaultRoute"),
            ec2::Route{}.RouteTableId(public_routes.ref()).DestinationCidrBlock("0.0.0.0/0").GatewayId(gateway.ref()),
            {.depends_on = {attachment}});

  // Carved ranges: the public subnets first, then the private ones, then the isolated ones.
  const int private_tiers = o.private_subnets ? 1 : 0;
  const int carved = o.zones * (1 + private_tiers + (o.isolated_subnets ? 1 : 0));
  const auto carve = [&](int index) -> Str { return select(index, cidr(vpc.CidrBlock(), carved, o.subnet_host_bits)); };
  const auto zone = [&](int i) -> Str {
    return o.availability_zones.empty() ? Str(select(i, get_azs())) : o.availability_zones[i];
  };
  const auto add_subnet = [&](const std::string& kind, int i, const Str& range, const ec2::RouteTable::Handle& routes) {
    const std::string z = zone_letter(i);
    const auto subnet = t.add(scope.id(kind + "Subnet" + z),
                              ec2::Subnet{}.VpcId(vpc.ref()).CidrBlock(range).AvailabilityZone(zone(i)).Tags(
                                  tags(lower(kind) + "-" + lower(z))));
    const auto association =
        t.add(scope.id(kind + "Subnet" + z + "RouteTableAssociation"),
              ec2::SubnetRouteTableAssociation{}.SubnetId(subnet.ref()).RouteTableId(routes.ref()));
    return Subnet{subnet, association, zone(i).value()};
  };

  Network net{vpc, gateway, attachment, public_routes, default_route, {}, {}, {}, {}, {}, std::nullopt};
  for (int i = 0; i < o.zones; ++i)
    net.public_subnets.push_back(
        add_subnet("Public", i, o.public_subnet_cidrs.empty() ? carve(i) : o.public_subnet_cidrs[i], public_routes));
  if (o.isolated_subnets) {
    // One table with only the VPC's local route: nothing in these subnets reaches out, whatever the zone.
    net.isolated_route_table =
        t.add(scope.id("IsolatedRouteTable"), ec2::RouteTable{}.VpcId(vpc.ref()).Tags(tags("isolated")));
    const int first = o.zones * (1 + private_tiers);
    for (int i = 0; i < o.zones; ++i)
      net.isolated_subnets.push_back(
          add_subnet("Isolated", i, o.isolated_subnet_cidrs.empty() ? carve(first + i) : o.isolated_subnet_cidrs[i],
                     *net.isolated_route_table));
  }
  if (!o.private_subnets) return net;

  for (int i = 0; i < o.zones; ++i) {
    const std::string z = zone_letter(i);
    const auto routes =
        t.add(scope.id("PrivateRouteTable" + z), ec2::RouteTable{}.VpcId(vpc.ref()).Tags(tags("private-" + lower(z))));
    net.private_route_tables.push_back(routes);
    net.private_subnets.push_back(add_subnet(
        "Private", i, o.private_subnet_cidrs.empty() ? carve(o.zones + i) : o.private_subnet_cidrs[i], routes));
    if (o.nat == NatGateways::PerZone || (o.nat == NatGateways::One && i == 0)) {
      const auto address = t.add(scope.id("NatAddress" + z), ec2::EIP{}.Domain("vpc").Tags(tags("nat-" + lower(z))),
                                 {.depends_on = {attachment}});
      net.nat_gateways.push_back(t.add(scope.id("NatGateway" + z), ec2::NatGateway{}
                                                                       .AllocationId(address.AllocationId())
                                                                       .SubnetId(net.public_subnets[i].subnet.ref())
                                                                       .Tags(tags("nat-" + lower(z)))));
    }
    if (o.nat != NatGateways::None)
      t.add(scope.id("PrivateDefaultRoute" + z), ec2::Route{}
                                                     .RouteTableId(routes.ref())
                                                     .DestinationCidrBlock("0.0.0.0/0")
                                                     .NatGatewayId(net.nat_gateways.back().ref()));
  }
  return net;
}

}  // namespace cfn::patterns
