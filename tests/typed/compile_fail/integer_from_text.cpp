// Mistake: text for an Integer property.
// First error: static assertion failed: an Integer property takes an integer or a cfn::Fn, not text or a bool: write
// 80, not "80"
#include "cfn/aws/ec2.hpp"

int main() {
#ifdef CFNPP_MISTAKE
  auto rule = cfn::aws::ec2::SecurityGroup_Ingress{}.IpProtocol("tcp").FromPort("443");
#else
  auto rule = cfn::aws::ec2::SecurityGroup_Ingress{}.IpProtocol("tcp").FromPort(443);
#endif
  return rule.properties().size() == 2 ? 0 : 1;
}
