// The bad-template directory: every tests/lint/bad/NAME.{yaml,json} gives
// exactly the findings its NAME.expected lists ("LINE:COL CODE", one per
// line, in the order cfn::lint sorts them; "  # ..." after it is a comment),
// NAME starts with a code it produces, and together they cover every rule
// code. Every tests/lint/good/ template gives no finding at all.
//
// An .expected file may say "# pad-to-bytes: N": the template is then padded
// with a YAML comment to N bytes before it is checked, so the size rules
// (E1002, W1002) are tested without checking in a megabyte.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cfn/file.hpp"
#include "cfn/lint.hpp"
#include "cfn/parse.hpp"

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

struct Expected {
  std::vector<std::string> lines;
  std::size_t pad_to = 0;
};

Expected read_expected(const fs::path& file) {
  Expected e;
  std::istringstream in(cfn::read_file(file));
  std::string line;
  while (std::getline(in, line)) {
    if (line.starts_with("# pad-to-bytes:")) e.pad_to = std::stoul(line.substr(15));
    if (const std::size_t comment = line.find("  #"); comment != std::string::npos) line.resize(comment);
    if (line.empty() || line.starts_with('#')) continue;
    e.lines.push_back(line);
  }
  return e;
}

std::vector<std::string> findings_of(const fs::path& file, std::size_t pad_to) {
  std::string text = cfn::read_file(file);
  if (text.size() + 2 < pad_to) text += "#" + std::string(pad_to - text.size() - 2, 'x') + "\n";
  const cfn::Document doc = cfn::parse_document(text, file.filename().string());
  std::vector<std::string> out;
  for (const cfn::Finding& f : cfn::lint(doc))
    out.push_back(std::to_string(f.mark.line) + ":" + std::to_string(f.mark.column) + " " + std::string(f.code));
  return out;
}

std::string code_of(const std::string& expected_line) { return expected_line.substr(expected_line.find(' ') + 1); }

}  // namespace

TEST_CASE("every bad template gives exactly the findings of its .expected file") {
  const auto files = templates_in(kLintDir / "bad");
  REQUIRE(files.size() >= 40);
  for (const fs::path& file : files) {
    fs::path expected_file = file;
    expected_file.replace_extension(".expected");
    INFO(file.filename().string());
    REQUIRE(fs::exists(expected_file));
    const Expected expected = read_expected(expected_file);
    CHECK(findings_of(file, expected.pad_to) == expected.lines);
  }
}

TEST_CASE("the bad templates cover every rule code") {
  std::set<std::string> covered;
  for (const fs::path& file : templates_in(kLintDir / "bad")) {
    fs::path expected_file = file;
    expected_file.replace_extension(".expected");
    if (!fs::exists(expected_file)) continue;
    for (const std::string& line : read_expected(expected_file).lines) covered.insert(code_of(line));
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
    for (const std::string& line : read_expected(expected_file).lines) codes.insert(code_of(line));
    CHECK(codes.contains(code));
  }
}

TEST_CASE("good templates give no finding") {
  const auto files = templates_in(kLintDir / "good");
  REQUIRE(files.size() >= 5);
  for (const fs::path& file : files) {
    INFO(file.filename().string());
    const std::vector<std::string> none;
    CHECK(findings_of(file, 0) == none);
  }
}
