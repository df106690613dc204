// Mistake: a property type given to Template::add, which takes resources.
// First error: static assertion failed: Template::add takes a resource
#include "cfn/aws/ec2.hpp"

namespace ec2 = cfn::aws::ec2;

int main() {
  cfn::Template t;
#ifdef CFNPP_MISTAKE
  const auto volume = t.add("Volume", ec2::LaunchTemplate_Ebs{}.Encrypted(true));
#else
  const auto volume = t.add("Volume", ec2::Volume{}.Encrypted(true).AvailabilityZone("eu-west-1a"));
#endif
  return volume.logical_id() == "Volume" ? 0 : 1;
}
