// The bad-template directory: every tests/lint/bad/NAME.{yaml,json} gives
// exactly the findings its snapshot NAME.expected lists (line, column, code
// and message; tests/support/lint_snapshot.hpp), NAME starts with a code it
// produces, and together they cover every rule code. Every tests/lint/good/
// template gives no finding at all. The snapshots are rewritten only by the
// target update-snapshots, never here.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cfn/lint.hpp"
#include "support/lint_snapshot.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kLintDir = fs::path(CFNPP_SOURCE_DIR) / "tests" / "lint";

std::vector<fs::path> templates_in(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string ext = e.path().extension().string();
    if (e.is_regular_file() && (ext == ".yaml" || ext == ".yml" || ext == ".json")) out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("every bad template gives exactly the findings of its .expected file") {
  const auto files = templates_in(kLintDir / "bad");
  REQUIRE(files.size() >= 40);
  for (const fs::path& file : files) {
    fs::path expected_file = file;
    expected_file.replace_extension(".expected");
    INFO(file.filename().string());
    REQUIRE(fs::exists(expected_file));
    const cfn::test::Snapshot expected = cfn::test::read_snapshot(expected_file);
    CHECK(cfn::test::lint_snapshot(file, expected.pad_to) == expected.lines);
  }
}

TEST_CASE("the bad templates cover every rule code") {
  std::set<std::string> covered;
  for (const fs::path& file : templates_in(kLintDir / "bad")) {
    fs::path expected_file = file;
    expected_file.replace_extension(".expected");
    if (!fs::exists(expected_file)) continue;
    for (const std::string& line : cfn::test::read_snapshot(expected_file).lines)
      covered.insert(cfn::test::code_of(line));
  }
  for (const cfn::RuleInfo& rule : cfn::lint_rules()) {
    INFO(rule.code);
    CHECK(covered.contains(std::string(rule.code)));
  }
}

TEST_CASE("every bad template is named after a code it produces") {
  for (const fs::path& file : templates_in(kLintDir / "bad")) {
    fs::path expected_file = file;
    expected_file.replace_extension(".expected");
    const std::string name = file.filename().string();
    const std::string code = name.substr(0, name.find('_'));
    INFO(name);
    std::set<std::string> codes;
    for (const std::string& line : cfn::test::read_snapshot(expected_file).lines)
      codes.insert(cfn::test::code_of(line));
    CHECK(codes.contains(code));
  }
}

TEST_CASE("good templates give no finding") {
  const auto files = templates_in(kLintDir / "good");
  REQUIRE(files.size() >= 5);
  for (const fs::path& file : files) {
    INFO(file.filename().string());
    const std::vector<std::string> none;
    CHECK(cfn::test::lint_snapshot(file, 0) == none);
  }
}
