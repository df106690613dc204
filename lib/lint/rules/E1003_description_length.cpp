// E1003: the template Description is at most 1,024 bytes.
// Source: template-description-structure.md; cfn-lint E1003.
#include "cfn/limits.hpp"
#include "lint/rules.hpp"

namespace cfn::checks {
namespace {

void check(Context& ctx, const RuleInfo& rule) {
  const Value* d = ctx.root().find("Description");
  if (d == nullptr || !d->is_string() || d->as_string().size() <= limits::kDescriptionBytes) return;
  ctx.report(rule, d->mark(), Path{"Description"},
             "the Description is " + std::to_string(d->as_string().size()) + " bytes; at most " +
                 std::to_string(limits::kDescriptionBytes) + " are allowed");
}

}  // namespace

extern const Rule kE1003{{"E1003", Severity::Error, "The template Description is at most 1,024 bytes"}, check};

}  // namespace cfn::checks
