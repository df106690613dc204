// E0000: a key appears once in each map. YAML and JSON readers keep one of
// the values (CloudFormation and the parser keep the last) and drop the other
// without a word, so a duplicate is always a mistake; only a parsed document
// can have one (Document::duplicate_keys).
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace {

void check(Context& ctx, const RuleInfo& rule) {
  for (const DuplicateKey& d : ctx.duplicate_keys()) {
    std::string message = "key '" + d.key + "' appears twice in the same map";
    if (d.first.known()) message += " (first at line " + std::to_string(d.first.line) + ")";
    message += "; only the value written last is kept";
    ctx.report(rule, d.duplicate, {}, std::move(message));
  }
}

}  // namespace

extern const Rule kE0000{
    {.code = "E0000",
     .severity = Severity::Error,
     .title = "Keys are unique in every map",
     .description = "A key appears once in every map (`Document::duplicate_keys`, from the parser). YAML and JSON "
                    "readers keep one value and drop the other silently; a duplicate is always a mistake.",
     .source = "https://yaml.org/spec/1.1/#id932806"},
    check};

}  // namespace cfn::detail::checks
