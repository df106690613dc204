// cfnpp fmt over the AWS sample corpus: every template it can read is
// formatted (YAML and JSON) without changing its meaning, and formatting the
// result again changes nothing, byte for byte.
#include "support/corpus.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

#include "cfn/diff.hpp"
#include "cfn/file.hpp"
#include "cfn/parse.hpp"
#include "cli/fmt.hpp"

namespace fs = std::filesystem;

TEST_CASE("fmt corpus: idempotent and meaning-preserving on every readable template", "[fmt][corpus]") {
  REQUIRE(fs::is_directory(cfn::test::kCorpus));
  const auto files = cfn::test::corpus_templates();
  REQUIRE(files.size() >= 290);
  std::size_t formatted = 0;
  std::size_t unreadable = 0;
  std::vector<std::string> problems;
  for (const fs::path& path : files) {
    const std::string rel = cfn::test::corpus_name(path);
    std::optional<cfn::Document> doc;
    try {
      doc = cfn::parse_document(cfn::read_file(path), rel);
    } catch (const cfn::ParseError&) {
      ++unreadable;  // the rain sources of tests/parse/corpus_expected_failures.txt
      continue;
    }
    bool ok = true;
    for (const cfn::Format format : {cfn::Format::Yaml, cfn::Format::Json}) {
      const std::string name = format == cfn::Format::Json ? " (json)" : " (yaml)";
      const std::string once = cfn::detail::cli::canonical_text(doc->root, format);
      if (const auto change = cfn::detail::cli::meaning_change(doc->root, once, format)) {
        problems.push_back(rel + name + ": meaning changed: " + *change);
        ok = false;
        continue;
      }
      const cfn::Document again = cfn::parse_document(once, rel);
      if (cfn::detail::cli::canonical_text(again.root, format) != once) {
        problems.push_back(rel + name + ": not idempotent");
        ok = false;
      }
      if (!cfn::diff_templates(doc->root, again.root).empty()) {
        problems.push_back(rel + name + ": cfnpp diff reports a change");
        ok = false;
      }
    }
    formatted += ok ? 1 : 0;
  }
  std::string report;
  for (const std::string& p : problems) report += p + "\n";
  INFO(files.size() << " templates, " << formatted << " formatted, " << unreadable << " unreadable; problems:\n"
                    << report);
  CHECK(problems.empty());
  CHECK(unreadable <= 16);
  CHECK(formatted + unreadable == files.size());
}
