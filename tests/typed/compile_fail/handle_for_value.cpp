// Mistake: a resource handle where its Ref is meant.
// First error: static assertion failed: a handle is not a value: write handle.ref() for its Ref, or call one of its
// attributes
#include "cfn/aws/ec2.hpp"

int main() {
  cfn::Template t;
  const auto vpc = t.add("Vpc", cfn::aws::ec2::VPC{}.CidrBlock("10.0.0.0/16"));
#ifdef CFNPP_MISTAKE
  auto subnet = cfn::aws::ec2::Subnet{}.VpcId(vpc);
#else
  auto subnet = cfn::aws::ec2::Subnet{}.VpcId(vpc.ref());
#endif
  return subnet.properties().size() == 1 ? 0 : 1;
}
