// E1002: the template body is at most 1,000,000 bytes, the most CloudFormation
// reads from S3 (TemplateURL; cfn-lint E1002 also counts 1 MB as 10^6 bytes).
// Only for parsed documents, whose size is known (Document::source_bytes).
// Source: the CloudFormation quotas page (cloudformation-limits.md).
#include "cfn/limits.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace e1002 {

void check(Context& ctx, const RuleInfo& rule) {
  const std::size_t bytes = ctx.source_bytes();
  if (bytes > limits::kBodyBytes)
    ctx.report(rule, ctx.root().mark().known() ? ctx.root().mark() : Mark{1, 1}, {},
               "the template is " + std::to_string(bytes) + " bytes; CloudFormation accepts at most " +
                   std::to_string(limits::kBodyBytes) + " bytes (from S3)");
}

}  // namespace e1002

extern const Rule kE1002{
    {.code = "E1002",
     .severity = Severity::Error,
     .title = "The template body is at most 1,000,000 bytes",
     .description = "The template body is at most 1,000,000 bytes (a parsed document, or the text cfn::write_or_report "
                    "writes). The most CloudFormation "
                    "reads from S3. cfn-lint: E1002.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html"},
    e1002::check};

}  // namespace cfn::detail::checks
