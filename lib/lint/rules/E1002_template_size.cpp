// E1002: the template body is at most 1,000,000 bytes, the most CloudFormation
// reads from S3 (TemplateURL; cfn-lint E1002 also counts 1 MB as 10^6 bytes).
// Only for parsed documents, whose size is known (Document::source_bytes).
// Source: the CloudFormation quotas page (cloudformation-limits.md).
#include "cfn/limits.hpp"
#include "lint/rules.hpp"

namespace cfn::checks {
namespace {

void check(Context& ctx, const RuleInfo& rule) {
  const std::size_t bytes = ctx.source_bytes();
  if (bytes > limits::kBodyBytes)
    ctx.report(rule, ctx.root().mark().known() ? ctx.root().mark() : Mark{1, 1}, {},
               "the template is " + std::to_string(bytes) + " bytes; CloudFormation accepts at most " +
                   std::to_string(limits::kBodyBytes) + " bytes (from S3)");
}

}  // namespace

extern const Rule kE1002{{"E1002", Severity::Error, "The template body is at most 1,000,000 bytes"}, check};

}  // namespace cfn::checks
