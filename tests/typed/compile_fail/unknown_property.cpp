// Mistake: a property the resource type does not have (a typo).
// First error: 'class cfn::aws::ec2::VPC' has no member named 'CidrBlok'; did you mean 'CidrBlock'?
#include "cfn/aws/ec2.hpp"

int main() {
#ifdef CFNPP_MISTAKE
  auto vpc = cfn::aws::ec2::VPC{}.CidrBlok("10.0.0.0/16");
#else
  auto vpc = cfn::aws::ec2::VPC{}.CidrBlock("10.0.0.0/16");
#endif
  return vpc.properties().size() == 1 ? 0 : 1;
}
