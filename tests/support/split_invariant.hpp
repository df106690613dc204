// The invariant of cfn::split, for the tests: every piece fits the limits and
// lints with 0 errors; the children inlined back into the parent mean what
// the input meant, as cfnpp diff judges it.
#pragma once

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "cfn/diff.hpp"
#include "cfn/emit.hpp"
#include "cfn/lint.hpp"
#include "cfn/split.hpp"
#include "support/inline_stacks.hpp"

namespace cfn::test {

inline std::size_t count(const cfn::Value& document, std::string_view section) {
  const Value* v = document.find(section);
  return v != nullptr && v->is_map() ? v->as_map().size() : 0;
}

inline std::vector<std::string> lint_errors(const cfn::Value& document) {
  std::vector<std::string> out;
  for (const cfn::Finding& f : cfn::lint(document))
    if (f.severity == cfn::Severity::Error) out.push_back(cfn::format_finding(f, "piece"));
  return out;
}

inline std::string first_change(const cfn::TemplateDiff& d) {
  if (!d.resources.empty()) return "resource " + d.resources.front().logical_id;
  if (!d.entries.empty()) return cfn::format_diff(d, cfn::DiffFormat::Text).substr(0, 2000);
  return "";
}

/// Every piece fits and lints clean; inlined back, the split means the input.
inline void check_invariant(const cfn::Value& input, const cfn::SplitResult& split, const cfn::SplitLimits& limits) {
  const auto check_piece = [&](const std::string& name, const cfn::Value& piece) {
    CAPTURE(name);
    CHECK(count(piece, "Resources") <= limits.resources);
    CHECK(count(piece, "Parameters") <= limits.parameters);
    CHECK(count(piece, "Outputs") <= limits.outputs);
    CHECK(cfn::to_yaml(piece).size() <= limits.template_bytes);
    const std::vector<std::string> errors = lint_errors(piece);
    CHECK(errors == std::vector<std::string>{});
  };
  check_piece("parent", split.parent);
  for (const cfn::NestedStack& child : split.children) check_piece(child.file, child.document);
  const cfn::TemplateDiff d = cfn::diff_templates(input, cfn::test::inline_stacks(split));
  INFO(first_change(d));
  CHECK(d.empty());
}

}  // namespace cfn::test
