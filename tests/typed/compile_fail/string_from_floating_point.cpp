// Mistake: a floating-point number for a String property.
// First error: static assertion failed: a String property takes text, an integer or a cfn::Fn, not a floating-point
// number
#include "cfn/aws/ec2.hpp"

int main() {
#ifdef CFNPP_MISTAKE
  auto vpc = cfn::aws::ec2::VPC{}.Tags({{"Version", 1.5}});
#else
  auto vpc = cfn::aws::ec2::VPC{}.Tags({{"Version", "1.5"}});
#endif
  return vpc.properties().size() == 1 ? 0 : 1;
}
