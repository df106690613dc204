// The reports `cfnpp lint` writes for other tools: SARIF 2.1.0 for code
// scanning (GitHub's among them) and JUnit XML for CI test reports.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "cfn/finding.hpp"

namespace cfn::detail::cli {

/// A file that could not be read or parsed.
struct InputProblem {
  Mark mark{};                       ///< where, when the parser knows (else unknown)
  std::size_t character_column = 0;  ///< mark's column in code points
  std::string reason{};              ///< what, without the file's name
};

/// What lint says about one file given on the command line.
struct FileReport {
  std::string file;                       ///< as given ("-": standard input)
  std::optional<InputProblem> problem{};  ///< set when the file could not be linted
  std::vector<Finding> findings{};        ///< reported (sorted), when it could
  /// The code point column of each finding (SARIF counts characters, marks count bytes).
  std::vector<std::size_t> character_columns{};
  std::vector<Finding> suppressed{};  ///< what an ignore_checks entry suppressed (sorted)
};

/// One SARIF 2.1.0 log: one run, every rule in tool.driver.rules (so code
/// scanning can tell a rule that found nothing from one that does not exist),
/// the findings as results, the files that could not be read as tool
/// execution notifications. Suppressed findings are counted in the run's
/// properties ("suppressed") but not listed: GitHub code scanning ignores
/// SARIF's suppressions and would open an alert for each.
void write_sarif(std::ostream& os, std::span<const FileReport> files);

/// JUnit XML: a test suite per file, a test case per rule: failed with its
/// findings (type error or warning), skipped when all it found was
/// suppressed, passed otherwise; a file that could not be read is one test
/// case with an error.
void write_junit(std::ostream& os, std::span<const FileReport> files);

}  // namespace cfn::detail::cli
