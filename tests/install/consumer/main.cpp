// The README example: a bucket, a role that may read it, and an output.
#include <cfn/cfn.hpp>
#include <iostream>

int main() {
  cfn::Template t;
  t.description("A private bucket and a role that can read it");
  const auto bucket = t.add_resource("Bucket", "AWS::S3::Bucket",
      {{"PublicAccessBlockConfiguration", cfn::Map{{"BlockPublicAcls", true}, {"RestrictPublicBuckets", true}}}},
      {.deletion_policy = cfn::DeletionPolicy::Retain});
  const auto reader = t.add_resource("Reader", "AWS::IAM::Role", {
      {"AssumeRolePolicyDocument", cfn::Map{{"Version", "2012-10-17"}, {"Statement", cfn::List{cfn::Map{
          {"Effect", "Allow"}, {"Principal", cfn::Map{{"Service", "ec2.amazonaws.com"}}},
          {"Action", "sts:AssumeRole"}}}}}},
      {"Policies", cfn::List{cfn::Map{{"PolicyName", "read"}, {"PolicyDocument", cfn::Map{
          {"Version", "2012-10-17"}, {"Statement", cfn::List{cfn::Map{{"Effect", "Allow"},
          {"Action", "s3:GetObject"}, {"Resource", cfn::sub("${Bucket.Arn}/*")}}}}}}}}}});
  t.add_output("RoleArn", {.value = reader.get_att("Arn"), .description = "Role that reads " + bucket.logical_id()});
  std::cout << cfn::to_yaml(t);
}
