// E2531: a Lambda function's runtime is one Lambda still creates functions
// with, on the as-of date (LintOptions::as_of, by default the day the table
// was reviewed; never the machine clock). Past the runtime's "block function
// create" date, CreateFunction refuses it and the stack fails to create the
// function: an error, since the template cannot deploy anew. Deprecated
// runtimes that can still be created are W2531's.
// Source: lint/lambda_runtimes.cpp (cfn-lint LmbdRuntimeLifecycle.json, AWS
// Lambda runtimes page); cfn-lint E2531.
#include "lint/context.hpp"
#include "lint/lambda_runtimes.hpp"

namespace cfn::detail::checks {
namespace e2531 {

void check(Context& ctx, const RuleInfo& rule) {
  const std::string_view today = ctx.as_of();
  for (const RuntimeUse& use : runtime_uses(ctx)) {
    const auto life = find_runtime(use.runtime->as_string());
    if (!life || life->create_block > today) continue;
    std::string message = "runtime " + std::string(life->runtime) + ": Lambda stopped creating functions with it on " +
                          std::string(life->create_block);
    message += life->update_block <= today ? " and updating them on " + std::string(life->update_block)
                                           : " and stops updating them on " + std::string(life->update_block);
    if (!life->successor.empty()) message += "; use " + std::string(life->successor);
    ctx.report(rule, use.runtime->mark(), use.path, std::move(message));
  }
}

}  // namespace e2531

extern const Rule kE2531{
    {.code = "E2531",
     .severity = Severity::Error,
     .title = "Lambda runtimes can still be used to create functions",
     .description = "A Lambda function's runtime (AWS::Lambda::Function, AWS::Serverless::Function, SAM Globals) is "
                    "not past its \"block function create\" date on the as-of date. CreateFunction refuses it: a new "
                    "stack fails. An error because the template cannot deploy anew. cfn-lint: E2531.",
     .source = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html"},
    e2531::check};

}  // namespace cfn::detail::checks
