#include "lint/suppression.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace cfn::detail::checks {
namespace {

using Codes = std::vector<std::string_view>;

// The entries of `Metadata.cfn-lint.config.ignore_checks` under `owner` (the
// template or a resource): a list of strings, or one string, as cfn-lint reads it.
void add_ignored(const Value& owner, Codes& codes) {
  const Value* metadata = owner.find("Metadata");
  const Value* cfn_lint = metadata != nullptr ? metadata->find("cfn-lint") : nullptr;
  const Value* config = cfn_lint != nullptr ? cfn_lint->find("config") : nullptr;
  const Value* ignore = config != nullptr ? config->find("ignore_checks") : nullptr;
  if (ignore == nullptr) return;
  if (ignore->is_string()) {
    codes.push_back(ignore->as_string());
  } else if (ignore->is_list()) {
    for (const Value& code : ignore->as_list())
      if (code.is_string()) codes.push_back(code.as_string());
  }
}

// cfn-lint matches by prefix ("W39" ignores W3902...); an empty entry matches nothing.
bool matches(const Codes& codes, std::string_view code) {
  return std::any_of(codes.begin(), codes.end(), [&](std::string_view c) { return !c.empty() && code.starts_with(c); });
}

}  // namespace

LintReport suppress(std::vector<Finding> findings, const Value& root, const LintOptions& options) {
  Codes everywhere(options.ignore_checks.begin(), options.ignore_checks.end());
  add_ignored(root, everywhere);
  std::unordered_map<std::string_view, Codes> by_resource;
  if (const Value* resources = root.find("Resources"); resources != nullptr && resources->is_map())
    for (const Member& r : resources->as_map()) {
      Codes codes;
      add_ignored(r.value, codes);
      if (!codes.empty()) by_resource.emplace(r.key, std::move(codes));
    }

  LintReport report;
  for (Finding& f : findings) {
    bool suppressed = matches(everywhere, f.code);
    if (!suppressed && !by_resource.empty() && f.path.size() >= 2 && f.path[0].key() == "Resources") {
      const auto it = by_resource.find(f.path[1].key());
      suppressed = it != by_resource.end() && matches(it->second, f.code);
    }
    (suppressed ? report.suppressed : report.findings).push_back(std::move(f));
  }
  return report;
}

}  // namespace cfn::detail::checks
