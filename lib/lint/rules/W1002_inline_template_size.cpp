// W1002: a template over 51,200 bytes cannot be passed inline
// (CreateStack/UpdateStack TemplateBody); it must be uploaded to S3. Only for
// parsed documents, only up to the 1,000,000-byte limit (E1002 above), and
// not for templates that reach CloudFormation from S3 (nested stacks).
// Source: the CloudFormation quotas page (cloudformation-limits.md).
#include "cfn/limits.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace w1002 {

void check(Context& ctx, const RuleInfo& rule) {
  if (ctx.from_s3()) return;
  const std::size_t bytes = ctx.source_bytes();
  if (bytes > limits::kInlineBodyBytes && bytes <= limits::kBodyBytes)
    ctx.report(rule, ctx.root().mark().known() ? ctx.root().mark() : Mark{1, 1}, {},
               "the template is " + std::to_string(bytes) + " bytes, over the " +
                   std::to_string(limits::kInlineBodyBytes) +
                   "-byte limit for a template body passed inline; upload it to S3 and pass its URL");
}

}  // namespace w1002

extern const Rule kW1002{
    {.code = "W1002",
     .severity = Severity::Warning,
     .title = "The template body fits the 51,200-byte inline limit",
     .description = "The body is at most 51,200 bytes. Over it, the template cannot be passed inline (TemplateBody); "
                    "it must go through S3. Not judged for templates deployed from S3 (`cfnpp lint --from-s3`, "
                    "`LintOptions::from_s3`, every stack of a split package).",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html"},
    w1002::check};

}  // namespace cfn::detail::checks
