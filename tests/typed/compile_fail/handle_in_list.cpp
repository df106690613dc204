// Mistake: a resource handle in a list where its Ref is meant.
// First error: static assertion failed: a handle is not a value: write handle.ref() for its Ref, or call one of its
// attributes
#include "cfn/aws/ec2.hpp"

int main() {
  cfn::Template t;
  const auto group = t.add("Group", cfn::aws::ec2::SecurityGroup{}.GroupDescription("web"));
#ifdef CFNPP_MISTAKE
  auto data = cfn::aws::ec2::LaunchTemplate_LaunchTemplateData{}.SecurityGroupIds({group, "sg-12345678"});
#else
  auto data = cfn::aws::ec2::LaunchTemplate_LaunchTemplateData{}.SecurityGroupIds({group.ref(), "sg-12345678"});
#endif
  return data.properties().size() == 1 ? 0 : 1;
}
