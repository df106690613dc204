// The README example: a private bucket, a role that may read it, an output.
#include <cfn/aws/iam.hpp>
#include <cfn/aws/s3.hpp>
#include <cfn/cfn.hpp>

namespace s3 = cfn::aws::s3;

int main() {
  cfn::Template t;
  t.description("A private bucket and a role that can read it");
  const auto bucket =
      t.add("Bucket",
            s3::Bucket{}.PublicAccessBlockConfiguration(
                s3::Bucket_PublicAccessBlockConfiguration{}.BlockPublicAcls(true).RestrictPublicBuckets(true)),
            {.deletion_policy = cfn::DeletionPolicy::Retain});
  const auto reader =
      t.add("Reader",
            cfn::aws::iam::Role{}
                .AssumeRolePolicyDocument(cfn::policy::assume_role_policy("ec2.amazonaws.com"))
                .Policies({cfn::aws::iam::Role_Policy{}.PolicyName("read").PolicyDocument(cfn::policy::PolicyDocument{
                    {{.action = {"s3:GetObject"}, .resource = {cfn::sub("${Bucket.Arn}/*")}}}})}));
  t.add_output("RoleArn", {.value = reader.Arn(), .description = "Reads " + bucket.logical_id()});
  // Checked first: the findings go to stderr as `cfnpp lint` prints them, and an error writes nothing (exit 1).
  return cfn::write_or_report(t, "-");
}
