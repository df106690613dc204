// W2531: a Lambda function's runtime is not deprecated (past its end of
// support: no more patches) on the as-of date, while Lambda still creates
// functions with it (after that, E2531). The message gives the dates when
// creating and updating functions stop.
// Source: lint/lambda_runtimes.cpp; cfn-lint W2531.
#include "lint/context.hpp"
#include "lint/lambda_runtimes.hpp"

namespace cfn::detail::checks {
namespace w2531 {

void check(Context& ctx, const RuleInfo& rule) {
  const std::string_view today = ctx.as_of();
  for (const RuntimeUse& use : runtime_uses(ctx)) {
    const auto life = find_runtime(use.runtime->as_string());
    if (!life || life->deprecated > today || life->create_block <= today) continue;
    std::string message = "runtime " + std::string(life->runtime) + " is deprecated since " +
                          std::string(life->deprecated) + "; Lambda stops creating functions with it on " +
                          std::string(life->create_block) + " and updating them on " + std::string(life->update_block);
    if (!life->successor.empty()) message += "; use " + std::string(life->successor);
    ctx.report(rule, use.runtime->mark(), use.path, std::move(message));
  }
}

}  // namespace w2531

extern const Rule kW2531{
    {.code = "W2531",
     .severity = Severity::Warning,
     .title = "Lambda runtimes are not deprecated",
     .description = "The runtime is not past its deprecation date (while creation still works). No more patches; the "
                    "message gives the create and update block dates. cfn-lint: W2531.",
     .source = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html"},
    w2531::check};

}  // namespace cfn::detail::checks
