// E7010: at most 200 mappings, and at most 200 attributes in each: 200
// top-level keys per mapping and 200 keys under each of them.
// Source: the CloudFormation quotas page (cloudformation-limits.md, "Mappings",
// "Mapping attributes"); cfn-lint E7010 checks both levels the same way.
#include "cfn/limits.hpp"
#include "cfn/template_view.hpp"
#include "lint/context.hpp"
#include "lint/section_checks.hpp"

namespace cfn::detail::checks {
namespace e7010 {

void check(Context& ctx, const RuleInfo& rule) {
  check_entry_count(ctx, rule, "Mappings", limits::kMappings, "mappings");
  const Map* mappings = ctx.view().section("Mappings");
  if (mappings == nullptr) return;
  const std::size_t limit = limits::kMappingAttributes;
  for (const Member& m : *mappings) {
    if (!m.value.is_map()) continue;
    const Path path = Path{"Mappings", m.key};
    if (m.value.as_map().size() > limit)
      ctx.report(rule, m.key_mark, path,
                 "mapping '" + m.key + "' has " + std::to_string(m.value.as_map().size()) + " keys; at most " +
                     std::to_string(limit) + " are allowed");
    for (const Member& k : m.value.as_map())
      if (k.value.is_map() && k.value.as_map().size() > limit)
        ctx.report(rule, k.key_mark, path / k.key,
                   "mapping '" + m.key + "' has " + std::to_string(k.value.as_map().size()) + " attributes under '" +
                       k.key + "'; at most " + std::to_string(limit) + " are allowed");
  }
}

}  // namespace e7010

extern const Rule kE7010{
    {.code = "E7010",
     .severity = Severity::Error,
     .title = "At most 200 mappings, of at most 200 attributes each",
     .description = "At most 200 mappings, each with at most 200 top-level keys, each with at most 200 attributes. "
                    "Quota. cfn-lint: E7010.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html"},
    e7010::check};

}  // namespace cfn::detail::checks
