// The IAM policy builder (cfn::policy) and the generated IAM resources
// (cfn::aws::iam) live side by side in one translation unit, with the
// aliases and using-directives users write (issue 18: the two `iam`
// namespaces used to collide).
#include <catch2/catch.hpp>

#include "cfn/aws/iam.hpp"
#include "cfn/aws/s3.hpp"
#include "cfn/cfn.hpp"

namespace iam = cfn::aws::iam;
namespace policy = cfn::policy;

namespace {

// Everything of both namespaces unqualified at once.
cfn::Template with_using_directives() {
  using namespace cfn::aws::iam;
  using namespace cfn::policy;
  cfn::Template t;
  const auto bucket = t.add("Bucket", cfn::aws::s3::Bucket{});
  t.add("Reader", Role{}
                      .AssumeRolePolicyDocument(assume_role_policy("ec2.amazonaws.com"))
                      .ManagedPolicyArns({managed_policy_arn("AmazonSSMManagedInstanceCore")})
                      .Policies({Role_Policy{}.PolicyName("read").PolicyDocument(PolicyDocument{{Statement{
                          .effect = Effect::Allow, .action = {"s3:GetObject"}, .resource = {bucket.Arn()}}}})}));
  return t;
}

}  // namespace

TEST_CASE("cfn::policy and cfn::aws::iam coexist in one translation unit", "[typed][namespaces]") {
  cfn::Template t;
  const auto role =
      t.add("Role", iam::Role{}.AssumeRolePolicyDocument(policy::assume_role_policy("lambda.amazonaws.com")));
  t.add("Policy", iam::ManagedPolicy{}
                      .PolicyDocument(policy::PolicyDocument{{{.action = {"logs:CreateLogStream"}, .resource = {"*"}}}})
                      .Roles({role.ref()}));
  CHECK(cfn::to_yaml(t).find("Type: AWS::IAM::ManagedPolicy") != std::string::npos);

  const std::string yaml = cfn::to_yaml(with_using_directives());
  CHECK(yaml.find("PolicyName: read") != std::string::npos);
  CHECK(yaml.find("arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore") != std::string::npos);
}
