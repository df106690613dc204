#include "lint/section_checks.hpp"

#include "cfn/intrinsics.hpp"
#include "cfn/knowledge.hpp"
#include "cfn/limits.hpp"
#include "cfn/template_view.hpp"

namespace cfn::checks {

void check_logical_ids(Context& ctx, const RuleInfo& rule, std::string_view section, std::string_view what) {
  const Map* map = ctx.view().section(section);
  if (map == nullptr) return;
  const bool loops = ctx.view().language_extensions();
  for (const Member& m : *map) {
    if (is_valid_logical_id(m.key) || (loops && m.key.starts_with(knowledge::kForEachPrefix))) continue;
    std::string message;
    if (m.key.empty()) {
      message = "a " + std::string(what) + " has an empty name";
    } else if (m.key.size() > limits::kLogicalIdLength) {
      message = std::string(what) + " name '" + m.key.substr(0, 40) + "...' is " + std::to_string(m.key.size()) +
                " characters; at most " + std::to_string(limits::kLogicalIdLength) + " are allowed";
    } else {
      message = std::string(what) + " name '" + m.key + "' must hold only ASCII letters and digits";
    }
    ctx.report(rule, m.key_mark, Path{section, m.key}, std::move(message));
  }
}

void check_entry_count(Context& ctx, const RuleInfo& rule, std::string_view section, std::size_t limit,
                       std::string_view what) {
  const Value* v = ctx.root().find(section);
  if (v == nullptr || !v->is_map() || v->as_map().size() <= limit) return;
  ctx.report(rule, v->mark(), Path{section},
             "the template has " + std::to_string(v->as_map().size()) + " " + std::string(what) + "; at most " +
                 std::to_string(limit) + " are allowed");
}

}  // namespace cfn::checks
