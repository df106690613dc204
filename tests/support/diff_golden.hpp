// The diff's golden outputs (tests/diff/golden/): the rich pair of
// tests/diff/pairs/ as text without color, markdown and JSON. The test
// (diff/output_test.cpp) compares; diff/update_golden.cpp (target
// update-snapshots) rewrites the files, and its diff is reviewed.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "support/diff_helpers.hpp"

namespace cfn::test {

inline const std::string kDiffGoldenDir = std::string(CFNPP_SOURCE_DIR) + "/tests/diff/golden/";

/// (golden file name, what the diff prints now) for each golden file.
inline std::vector<std::pair<std::string, std::string>> diff_golden_outputs() {
  DiffOutputOptions names;
  names.old_name = "rich_old.yaml";
  names.new_name = "rich_new.yaml";
  const TemplateDiff rich = diff_pair("rich_old.yaml", "rich_new.yaml");
  return {{"rich.txt", format_diff(rich, DiffFormat::Text, names)},
          {"rich.md", format_diff(rich, DiffFormat::Markdown, names)},
          {"rich.json", format_diff(rich, DiffFormat::Json, names)}};
}

}  // namespace cfn::test
