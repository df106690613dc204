// Mistake: a property type object of the wrong type.
// First error: cannot convert 'cfn::aws::ec2::LaunchTemplate_Ebs' to
// 'cfn::Obj<cfn::aws::ec2::LaunchTemplate_MetadataOptions>'
#include "cfn/aws/ec2.hpp"

namespace ec2 = cfn::aws::ec2;

int main() {
#ifdef CFNPP_MISTAKE
  auto data = ec2::LaunchTemplate_LaunchTemplateData{}.MetadataOptions(ec2::LaunchTemplate_Ebs{}.Encrypted(true));
#else
  auto data = ec2::LaunchTemplate_LaunchTemplateData{}.MetadataOptions(
      ec2::LaunchTemplate_MetadataOptions{}.HttpTokens("required"));
#endif
  return data.properties().size() == 1 ? 0 : 1;
}
