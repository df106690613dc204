// The rule framework: a rule is a function over a Context that reports
// findings under its code. Each rule lives in rules/<CODE>_<name>.cpp and is
// listed once in rules.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cfn/lint.hpp"

namespace cfn::checks {

class Context {
 public:
  Context(const Value& root, const LintSource& source) : root_(root), source_(source) {}

  [[nodiscard]] const Value& root() const noexcept { return root_; }
  [[nodiscard]] const LintSource& source() const noexcept { return source_; }
  /// A top-level section's map; nullptr when absent or not a map.
  [[nodiscard]] const Map* section(std::string_view name) const noexcept;

  void report(const RuleInfo& rule, Mark mark, std::string path, std::string message);
  [[nodiscard]] std::vector<Finding> take_findings() { return std::move(findings_); }

 private:
  const Value& root_;
  const LintSource& source_;
  std::vector<Finding> findings_;
};

struct Rule {
  RuleInfo info;
  void (*check)(Context& context, const RuleInfo& rule);
};

/// Every rule, sorted by code.
std::span<const Rule* const> all_rules() noexcept;

/// "a.b" + "c" -> "a.b.c"; keys with dots or spaces are written in brackets.
std::string join_path(std::string_view parent, std::string_view key);
std::string join_path(std::string_view parent, std::size_t index);

/// The closest of `candidates` to `word` (case-insensitive, edit distance at
/// most a third of the word's length), or "" when none is close.
std::string_view closest_match(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace cfn::checks
