// No false errors on real templates: every file of the AWS sample corpus
// (../shared/corpus/aws-cloudformation-templates, recursively, whatever its
// extension; only the licence is skipped) is parsed as `cfnpp lint` parses it
// (unknown tags read on) and checked, and every
// error it gives must be listed, with its reason, in
// tests/lint/corpus_expected_errors.txt; a listed error that no longer
// appears fails the test too. Files the parser rejects are listed the same
// way, with the parser's message. Warnings are not listed: they are advice.
#include "support/corpus.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>

#include "cfn/file.hpp"
#include "cfn/lint.hpp"
#include "cfn/parse.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kExpected = fs::path(CFNPP_SOURCE_DIR) / "tests" / "lint" / "corpus_expected_errors.txt";

}  // namespace

TEST_CASE("the corpus gives no error that corpus_expected_errors.txt does not list", "[lint][corpus]") {
  REQUIRE(fs::is_directory(cfn::test::kCorpus));
  const std::vector<fs::path> files = cfn::test::corpus_templates();
  REQUIRE(files.size() >= 296);

  std::multiset<std::string> actual;
  for (const fs::path& file : files) {
    const std::string name = cfn::test::corpus_name(file);
    const std::string text = cfn::read_file(file);
    try {
      const cfn::Document doc = cfn::parse_document(text, name, {.unknown_tags = cfn::UnknownTags::ReadAsLongForm});
      for (const cfn::Finding& f : cfn::lint(doc))
        if (f.severity == cfn::Severity::Error) actual.insert(cfn::format_finding(f, name));
    } catch (const cfn::ParseError& e) {
      actual.insert(e.what());
    }
  }

  std::multiset<std::string> expected;
  std::istringstream in(cfn::read_file(kExpected));
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line.starts_with('#')) continue;
    const std::size_t reason = line.find("  ## ");
    INFO("corpus_expected_errors.txt line " << number << ": " << line);
    REQUIRE(reason != std::string::npos);  // every listed error says why
    REQUIRE(line.find_first_not_of(' ', reason + 5) != std::string::npos);
    expected.insert(line.substr(0, reason));
  }

  std::vector<std::string> unexpected;
  std::set_difference(actual.begin(), actual.end(), expected.begin(), expected.end(), std::back_inserter(unexpected));
  std::vector<std::string> gone;
  std::set_difference(expected.begin(), expected.end(), actual.begin(), actual.end(), std::back_inserter(gone));
  std::string report;
  for (const std::string& u : unexpected) report += "\n  new error: " + u;
  for (const std::string& g : gone) report += "\n  listed but gone: " + g;
  INFO(report);
  CHECK(unexpected.empty());
  CHECK(gone.empty());
}
