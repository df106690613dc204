// Mistake: a parameter type CloudFormation does not have (its names are case-sensitive).
// First error: call to non-'constexpr' function 'void cfn::detail::not_a_cloudformation_parameter_type()'
#include "cfn/template.hpp"

int main() {
  cfn::Template t;
#ifdef CFNPP_MISTAKE
  const auto subnet = t.add_parameter("Subnet", {.type = "AWS::EC2::Subnet::ID"});
#else
  const auto subnet = t.add_parameter("Subnet", {.type = "AWS::EC2::Subnet::Id"});
#endif
  return subnet.name() == "Subnet" ? 0 : 1;
}
