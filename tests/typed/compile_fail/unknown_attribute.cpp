// Mistake: an attribute the resource type does not have (a typo).
// First error: 'const class cfn::aws::ec2::EIP::Handle' has no member named 'AllocationID'; did you mean
// 'AllocationId'?
#include "cfn/aws/ec2.hpp"

int main() {
  cfn::Template t;
  const auto eip = t.add("Address", cfn::aws::ec2::EIP{}.Domain("vpc"));
#ifdef CFNPP_MISTAKE
  const cfn::Fn id = eip.AllocationID();
#else
  const cfn::Fn id = eip.AllocationId();
#endif
  return id.kind() == cfn::FnKind::GetAtt ? 0 : 1;
}
