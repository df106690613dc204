/// @file
/// The VPC endpoints block: private subnets reach AWS services without any
/// route to the internet. Interface endpoints (one elastic network interface
/// per subnet, private DNS on, so the services' usual host names resolve to
/// them) for the services named, behind a security group that admits HTTPS
/// from the VPC only; and a gateway endpoint for S3 on the given route tables
/// (package repositories of Amazon Linux and the SSM agents' downloads are
/// in S3).
///
/// @code
///   add_vpc_endpoints(t, scope, {.vpc_id = net.vpc.ref(), .vpc_cidr = net.vpc.CidrBlock(),
///                                .subnets = net.private_subnet_ids(),
///                                .route_tables = {net.private_route_tables[0].ref()},
///                                .services = {"ssm", "ssmmessages", "ec2messages", "logs", "monitoring"}});
/// @endcode
///
/// Parts: SecurityGroup, S3Endpoint, and one per service: Endpoint + the
/// service's name in CamelCase (EndpointSsm, EndpointSsmmessages, ...).
#pragma once

#include <string>
#include <vector>

#include "cfn/aws/ec2.hpp"
#include "cfn/patterns/scope.hpp"
#include "cfn/template.hpp"

namespace cfn::patterns {

/// The VPC endpoints add_vpc_endpoints adds: interface endpoints and an S3 gateway endpoint.
struct VpcEndpointsOptions {
  Str vpc_id;  ///< the VPC
  /// The range that may reach the interface endpoints (the VPC's).
  Str vpc_cidr;
  /// Where the interface endpoints' network interfaces go (one per zone).
  std::vector<Str> subnets;
  /// Route tables that get the S3 gateway endpoint; empty: none.
  std::vector<Str> route_tables{};
  /// Service names after com.amazonaws.REGION.: ssm, logs, ...
  std::vector<std::string> services{};
};

/// The parts add_vpc_endpoints added.
struct VpcEndpoints {
  aws::ec2::SecurityGroup::Handle security_group;  ///< the interface endpoints' security group
  std::vector<aws::ec2::VPCEndpoint::Handle>
      endpoints;  ///< the interface endpoints in the order of `services`, then S3's gateway endpoint, with route tables
};

/// Adds the endpoints. Throws cfn::Error for no subnet, no service and no
/// route table, or a service name that is not lower-case letters, digits, '.' and '-'.
VpcEndpoints add_vpc_endpoints(Template& t, const Scope& scope, const VpcEndpointsOptions& options);

}  // namespace cfn::patterns
