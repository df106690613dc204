#include "cfn/patterns/vpc_endpoints.hpp"

#include <algorithm>
#include <cctype>

#include "cfn/error.hpp"
#include "cfn/intrinsics.hpp"

namespace cfn::patterns {
namespace {

namespace ec2 = aws::ec2;

bool is_service_name(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) {
    return (std::islower(c) != 0 || std::isdigit(c) != 0 || c == '.' || c == '-') && c < 0x80;
  });
}

// "ssmmessages" -> "Ssmmessages", "codedeploy-commands-secure" -> "CodedeployCommandsSecure".
std::string part_of(const std::string& service) {
  std::string out;
  bool upper = true;
  for (const char c : service) {
    if (c == '-' || c == '.') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return "Endpoint" + out;
}

}  // namespace

VpcEndpoints add_vpc_endpoints(Template& t, const Scope& scope, const VpcEndpointsOptions& o) {
  if (o.services.empty() && o.route_tables.empty()) throw Error("VPC endpoints: no service and no route table");
  if (!o.services.empty() && o.subnets.empty()) throw Error("VPC endpoints: interface endpoints need subnets");
  std::vector<std::string> parts{"SecurityGroup", "S3Endpoint"};
  for (const std::string& service : o.services) {
    if (!is_service_name(service))
      throw Error("VPC endpoints: '" + service + "' is not a service name such as ssm or logs");
    parts.push_back(part_of(service));
  }
  scope.check_renames("VPC endpoints", parts);

  const auto firewall = t.add(scope.id("SecurityGroup"), ec2::SecurityGroup{}
                                                             .GroupDescription("VPC endpoints: HTTPS from the VPC")
                                                             .VpcId(o.vpc_id)
                                                             .SecurityGroupIngress({ec2::SecurityGroup_Ingress{}
                                                                                        .IpProtocol("tcp")
                                                                                        .FromPort(443)
                                                                                        .ToPort(443)
                                                                                        .CidrIp(o.vpc_cidr)
                                                                                        .Description("the VPC")})
                                                             .Tags(scope.tags_for("endpoints")));
  VpcEndpoints out{firewall, {}};
  for (const std::string& service : o.services)
    out.endpoints.push_back(
        t.add(scope.id(part_of(service)), ec2::VPCEndpoint{}
                                              .VpcId(o.vpc_id)
                                              .VpcEndpointType("Interface")
                                              .ServiceName(sub("com.amazonaws.${AWS::Region}." + service))
                                              .PrivateDnsEnabled(true)
                                              .SubnetIds(o.subnets)
                                              .SecurityGroupIds({firewall.ref()})));
  if (!o.route_tables.empty())
    out.endpoints.push_back(t.add(scope.id("S3Endpoint"), ec2::VPCEndpoint{}
                                                              .VpcId(o.vpc_id)
                                                              .VpcEndpointType("Gateway")
                                                              .ServiceName(sub("com.amazonaws.${AWS::Region}.s3"))
                                                              .RouteTableIds(o.route_tables)));
  return out;
}

}  // namespace cfn::patterns
