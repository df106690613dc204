// Mistake: an integer for a Boolean property.
// First error: static assertion failed: a Boolean property takes true, false or a cfn::Fn
#include "cfn/aws/ec2.hpp"

int main() {
#ifdef CFNPP_MISTAKE
  auto vpc = cfn::aws::ec2::VPC{}.EnableDnsSupport(1);
#else
  auto vpc = cfn::aws::ec2::VPC{}.EnableDnsSupport(true);
#endif
  return vpc.properties().size() == 1 ? 0 : 1;
}
