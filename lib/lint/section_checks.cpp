#include "lint/section_checks.hpp"

#include <algorithm>

#include "cfn/intrinsics.hpp"
#include "cfn/knowledge.hpp"
#include "cfn/limits.hpp"
#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {

namespace {

bool is_name(std::string_view key, std::string_view also) {
  if (also.empty()) return is_valid_logical_id(key);
  if (key.empty() || key.size() > limits::kLogicalIdLength) return false;
  return std::all_of(key.begin(), key.end(), [&](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           also.find(c) != std::string_view::npos;
  });
}

}  // namespace

void check_logical_ids(Context& ctx, const RuleInfo& rule, std::string_view section, std::string_view what,
                       std::string_view also) {
  const Map* map = ctx.view().section(section);
  if (map == nullptr) return;
  const bool loops = ctx.view().language_extensions();
  for (const Member& m : *map) {
    if (is_name(m.key, also) || (loops && m.key.starts_with(knowledge::kForEachPrefix))) continue;
    std::string message;
    if (m.key.empty()) {
      message = "a " + std::string(what) + " has an empty name";
    } else if (m.key.size() > limits::kLogicalIdLength) {
      message = std::string(what) + " name '" + m.key.substr(0, 40) + "...' is " + std::to_string(m.key.size()) +
                " characters; at most " + std::to_string(limits::kLogicalIdLength) + " are allowed";
    } else {
      message = std::string(what) + " name '" + m.key + "' must hold only ASCII letters and digits" +
                (also.empty() ? std::string() : " and " + std::string(also));
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

}  // namespace cfn::detail::checks
