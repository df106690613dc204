// Every template of the AWS sample corpus parses, and parse -> emit -> parse
// gives the same value (YAML and JSON), whose emission is then byte-stable.
// Templates that cannot be parsed are listed, with the exact error, in
// corpus_expected_failures.txt; the test fails on any unlisted failure and
// on a listed template that now parses.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "cfn/emit.hpp"
#include "cfn/file.hpp"
#include "cfn/parse.hpp"
#include "support/corpus.hpp"
#include "support/first_difference.hpp"

namespace fs = std::filesystem;

namespace {

// "relative/path.yaml" -> "LINE:COL: reason", from the checked-in list.
std::map<std::string, std::string> expected_failures() {
  std::map<std::string, std::string> expected;
  std::ifstream in(std::string(CFNPP_SOURCE_DIR) + "/tests/parse/corpus_expected_failures.txt");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line.front() == '#') continue;
    const std::size_t colon = line.find(':');
    expected.emplace(line.substr(0, colon), line.substr(colon + 1));
  }
  return expected;
}

// The path of a node or key without a mark, or empty.
std::string unmarked(const cfn::Value& v, const std::string& path) {
  if (!v.mark().known()) return path.empty() ? "(root)" : path;
  if (v.is_list()) {
    for (std::size_t i = 0; i < v.as_list().size(); ++i)
      if (auto p = unmarked(v.as_list()[i], path + "[" + std::to_string(i) + "]"); !p.empty()) return p;
  } else if (v.is_map()) {
    for (const cfn::Member& m : v.as_map()) {
      if (!m.key_mark.known()) return path + "." + m.key + " (key)";
      if (auto p = unmarked(m.value, path + "." + m.key); !p.empty()) return p;
    }
  } else if (v.is_fn()) {
    return unmarked(v.as_fn().argument(), path + "." + std::string(cfn::fn_name(v.as_fn().kind())));
  }
  return {};
}

// Empty when `doc` survives emitting in `format`; else what went wrong.
std::string round_trip(const cfn::Document& doc, cfn::Format format) {
  const std::string name = format == cfn::Format::Json ? "JSON" : "YAML";
  try {
    const std::string first = cfn::emit(doc.root, format);
    const cfn::Document again = cfn::parse_document(first, "emitted");
    if (auto d = cfn::test::first_difference(doc.root, again.root)) return name + " round trip differs at " + *d;
    if (again.format != format) return name + " output was not detected as " + name;
    if (cfn::emit(again.root, format) != first) return name + " emission is not idempotent";
  } catch (const std::exception& e) {
    return name + " round trip failed: " + e.what();
  }
  return {};
}

}  // namespace

TEST_CASE("corpus: every template parses with marks and round-trips through YAML and JSON", "[parse][corpus]") {
  REQUIRE(fs::is_directory(cfn::test::kCorpus));
  const std::vector<fs::path> files = cfn::test::corpus_templates();
  REQUIRE(files.size() >= 290);
  const std::map<std::string, std::string> expected = expected_failures();

  std::vector<std::string> problems;
  std::set<std::string> failed_as_expected;
  std::size_t round_tripped = 0;
  for (const fs::path& path : files) {
    const std::string rel = cfn::test::corpus_name(path);
    const auto listed = expected.find(rel);
    std::optional<cfn::Document> doc;
    try {
      doc = cfn::parse_document(cfn::read_file(path), rel);
    } catch (const cfn::ParseError& e) {
      const std::string actual = std::string(e.what()).substr(rel.size() + 1);
      if (listed == expected.end()) {
        problems.push_back(std::string(e.what()) + "  [not in corpus_expected_failures.txt]");
      } else if (listed->second != actual) {
        problems.push_back(rel + ": fails differently than listed: " + actual);
      } else {
        failed_as_expected.insert(rel);
      }
      continue;
    }
    if (listed != expected.end()) {
      problems.push_back(rel + ": listed in corpus_expected_failures.txt but parses now; remove it from the list");
    }
    if (const std::string p = unmarked(doc->root, ""); !p.empty()) problems.push_back(rel + ": no mark at " + p);
    bool ok = true;
    for (const cfn::Format format : {cfn::Format::Yaml, cfn::Format::Json}) {
      const std::string problem = round_trip(*doc, format);
      if (!problem.empty()) {
        problems.push_back(rel + ": " + problem);
        ok = false;
      }
    }
    round_tripped += ok ? 1 : 0;
  }
  for (const auto& [rel, reason] : expected) {
    if (std::none_of(files.begin(), files.end(), [&](const fs::path& p) { return cfn::test::corpus_name(p) == rel; }))
      problems.push_back(rel + ": listed in corpus_expected_failures.txt but not in the corpus");
  }

  std::string report;
  for (const std::string& p : problems) report += p + "\n";
  INFO(files.size() << " templates, " << round_tripped << " round-tripped, " << failed_as_expected.size()
                    << " expected failures; problems:\n"
                    << report);
  CHECK(problems.empty());
  CHECK(round_tripped + failed_as_expected.size() == files.size());
}
