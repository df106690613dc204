// What cfn::lint says of a template, as "CODE message" strings, for tests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cfn/lint.hpp"
#include "cfn/parse.hpp"

namespace cfn::test {

/// "CODE message" for each finding of `yaml`, optionally only those of `code`.
inline std::vector<std::string> lint_messages(const std::string& yaml, std::string_view code = "",
                                              const LintOptions& options = {}) {
  const Document doc = parse_document(yaml, "t.yaml");
  std::vector<std::string> out;
  for (const Finding& f : lint(doc, options))
    if (code.empty() || f.code == code) out.push_back(std::string(f.code) + " " + f.message);
  return out;
}

/// What lint_messages returns for a template with nothing to say.
inline const std::vector<std::string> kNoFindings;

}  // namespace cfn::test
