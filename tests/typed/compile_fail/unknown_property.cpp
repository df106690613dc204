// Compiled by try_compile twice: PROPERTY_KNOWN must compile, PROPERTY_UNKNOWN
// (a misspelled property) must not.
#include "cfn/aws/ec2.hpp"

int main() {
#ifdef PROPERTY_KNOWN
  auto vpc = cfn::aws::ec2::VPC{}.CidrBlock("10.0.0.0/16");
#else
  auto vpc = cfn::aws::ec2::VPC{}.CidrBlok("10.0.0.0/16");
#endif
  return vpc.properties().size() == 1 ? 0 : 1;
}
