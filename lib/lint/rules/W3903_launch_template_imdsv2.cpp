// W3903: an AWS::EC2::LaunchTemplate requires IMDSv2:
// LaunchTemplateData.MetadataOptions.HttpTokens is "required". Without it,
// instances answer IMDSv1 (unless the AMI or the account default requires
// v2), whose unauthenticated requests are what SSRF attacks use to steal
// the instance role's credentials. A value given by a function is not judged.
// Source: aws-properties-ec2-launchtemplate-metadataoptions.md (the facts
// file section 4.3).
#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace w3903 {

void check(Context& ctx, const RuleInfo& rule) {
  for (const TemplateResource& r : ctx.view().resources()) {
    if (r.type != "AWS::EC2::LaunchTemplate") continue;
    const Value* props = r.find("Properties");
    if (props != nullptr && !props->is_map()) continue;
    const Value* data = r.property("LaunchTemplateData");
    if (data != nullptr && !data->is_map()) continue;  // a function: not judged
    const Value* options = data != nullptr ? data->find("MetadataOptions") : nullptr;
    if (options != nullptr && !options->is_map()) continue;
    const Value* tokens = options != nullptr ? options->find("HttpTokens") : nullptr;
    if (tokens != nullptr && (!tokens->is_string() || tokens->as_string() == "required")) continue;
    const Path base = r.path / "Properties" / "LaunchTemplateData";
    if (tokens != nullptr) {
      ctx.report(rule, tokens->mark(), base / "MetadataOptions" / "HttpTokens",
                 "HttpTokens is '" + tokens->as_string() + "': instances accept IMDSv1; set it to 'required' (IMDSv2)");
    } else {
      const Value* where = options != nullptr ? options : data;
      ctx.report(rule, where != nullptr ? where->mark() : r.member->key_mark,
                 options != nullptr ? base / "MetadataOptions" : base,
                 "the launch template does not set MetadataOptions.HttpTokens: 'required', so instances may "
                 "accept IMDSv1; require IMDSv2");
    }
  }
}

}  // namespace w3903

extern const Rule kW3903{
    {.code = "W3903",
     .severity = Severity::Warning,
     .title = "Launch templates require IMDSv2",
     .description = "Every AWS::EC2::LaunchTemplate sets LaunchTemplateData.MetadataOptions.HttpTokens: required. "
                    "IMDSv1 answers unauthenticated requests (SSRF credential theft). A value given by a function is "
                    "not judged.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
               "aws-properties-ec2-launchtemplate-metadataoptions.html"},
    w3903::check};

}  // namespace cfn::detail::checks
