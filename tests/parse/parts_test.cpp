// Reading a large template in parts at the same time (parse/yaml_parts.hpp)
// gives what reading it whole gives: the same values, the same marks on every
// node and key, the same comments, 1.1/1.2 notes, unknown tags, duplicates and
// errors. The oracle is the reader reading the whole text (itself checked
// against PyYAML by the differential tests); here every text is also read with
// cuts forced into small texts, at 2 to 8 parts, and the texts are made to put
// cuts where a naive cut would be wrong.
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "cfn/file.hpp"
#include "cfn/parse.hpp"
#include "parse/syntax_error.hpp"
#include "parse/yaml_parts.hpp"
#include "parse/yaml_reader.hpp"
#include "support/corpus.hpp"
#include "support/large_template.hpp"
#include "support/yaml_reading.hpp"

namespace {

using cfn::detail::parser::read_yaml;
using cfn::detail::parser::ReadPolicy;
using cfn::test::read;
using cfn::test::Reading;

// Reads `text` whole and in 2..8 parts; returns how many readings used parts.
int check_parts_agree(const std::string& text) {
  int in_parts = 0;
  for (const bool collect : {false, true}) {
    const Reading whole = read(text, ReadPolicy{.min_part_bytes = 0, .max_parts = 1}, collect);
    REQUIRE(whole.parts == 1);
    for (std::size_t parts = 2; parts <= 8; ++parts) {
      const Reading cut = read(text, ReadPolicy{.min_part_bytes = 0, .max_parts = parts}, collect);
      INFO("text:\n" << text << "\nparts: " << parts);
      REQUIRE(cut.what == whole.what);
      REQUIRE(cut.root == whole.root);
      if (cut.parts > 1) ++in_parts;
    }
  }
  return in_parts;
}

}  // namespace

TEST_CASE("parts: a large template is read in parts, to what reading it whole gives", "[parse][parts]") {
  const std::string text = cfn::test::large_template(cfn::Format::Yaml, 200'000);
  CHECK(check_parts_agree(text) == 14);  // every forced reading used parts
  // The default policy cuts only large texts.
  std::vector<cfn::DuplicateKey> duplicates;
  CHECK(read_yaml(text, duplicates).parts == 1);
}

TEST_CASE("parts: the plan cuts before resource keys, counting lines", "[parse][parts]") {
  // Cuts at the first resource line at or after each third of Resources.
  const std::string text = "A: 1\nResources:\n  R1: 1\n  R2: 2\n  R3: 3\n  R4: 4\n  R5: 5\n  R6: 6\nOutputs: {}\n";
  const auto plan = cfn::detail::parser::plan_parts(text, 3);
  REQUIRE(plan.parts.size() == 3);
  CHECK(plan.resources_line == 2);
  CHECK(plan.parts[0].begin == 0);
  CHECK(plan.parts[0].end == 40);
  CHECK(text.substr(plan.parts[1].begin, 5) == "  R4:");
  CHECK(plan.parts[1].line == 5);
  CHECK(plan.parts[1].end == 56);
  CHECK(text.substr(plan.parts[2].begin, 5) == "  R6:");
  CHECK(plan.parts[2].line == 7);
  CHECK(plan.parts[2].end == text.size());
  CHECK(cfn::detail::parser::plan_parts("Resources: {}\n", 2).parts.empty());
  CHECK(cfn::detail::parser::plan_parts("Resources:\n  R1: 1\n  R2: 2\n", 1).parts.empty());
}

// Each of these puts a line that looks like a resource key where a cut there
// would be wrong, or is a text that must be read whole; every one is read as
// the whole reading reads it (usually by falling back to it).
TEST_CASE("parts: texts where a naive cut is wrong read as they do whole", "[parse][parts]") {
  const std::vector<std::string> texts = {
      // A key-like line inside a double-quoted, single-quoted and flow scalar.
      "Resources:\n  A:\n    D: \"x\n  B: y\"\n  C: 1\n  E: 2\n",
      "Resources:\n  A:\n    D: 'x\n  B: y'\n  C: 1\n  E: 2\n",
      "Resources:\n  A: [1,\n  B: 2]\n  C: 1\n  E: 2\n",
      "Resources:\n  A: {x: 1,\n  B: 2}\n  C: 1\n  E: 2\n",
      // A continuation at column 0 of a quoted scalar.
      "Resources:\n  A:\n    D: \"x\nB: y\"\n  C: 1\n  E: 2\n",
      // Resources' value a plain scalar on several lines.
      "Resources:\n  foo\n  bar\n  baz\n",
      // A top-level block scalar before Resources whose lines look like it.
      "Description: |\n  x\nResources:\n  A: 1\n  B: 2\n  C: 3\n",
      "Description: \"x\nResources:\n  A: 1\"\nResources:\n  B: 2\n  C: 3\n  D: 4\n",
      // ... and whose keys are not indented as the real Resources' keys.
      "Description: \"x\nResources:\n  A: 1\"\nResources:\n    B: 2\n  C: 3\n    D: 4\n  E: 5\n  F: 6\n",
      // Sections after Resources whose keys look like resources.
      "Resources:\n  A: 1\n  B: 2\nOutputs:\n  C: 3\n  D: 4\n  E: 5\n",
      "Resources:\n  A: 1\nOutputs:\n  B: 2\n  C: 3\nMappings:\n  D: 4\n  E: 5\n",
      // A resource named like a function, alone in a part.
      "Resources:\n  Ref: 1\n  Fn::If: 2\n  Condition: 3\n  Fn::Sub: 4\n",
      // Duplicates within and across parts, and of sections.
      "Resources:\n  A: 1\n  B: 2\n  A: 3\n  C: 4\n  B: 5\n",
      "Resources:\n  A: 1\n  B: 2\nOutputs: 1\nResources: 2\nOutputs: 3\n",
      // Sections after Resources, with comments at column 0 and blank lines.
      "# head\nResources:\n\n  A: 1 # a\n# between\n  B:\n    - x\n\n  C: !Ref B\nOutputs:\n  O: 1 # o\nZ: 0755\n",
      // Document markers after Resources.
      "Resources:\n  A: 1\n  B: 2\n...\n",
      "Resources:\n  A: 1\n...\n  B: 2\n  C: 3\n",
      "---\nResources:\n  A: 1\n  B: 2\n---\nC: 3\n",
      "%YAML 1.1\n---\nResources:\n  A: 0755\n  B: 1_000\n  C: 1:20\n",
      // Line breaks other than LF, and CRLF.
      "Resources:\r  A: 1\r  B: 2\r",
      "Resources:\r\n  A: 1\r\n  B: \"x\r\n  C: 2\"\r\n  D: 3\r\n",
      "Resources:\n  A: \"x\xC2\x85  B: 1\"\n  C: 2\n  D: 3\n",
      "Resources:\n  A: x\xE2\x80\xA8  B: 1\n  C: 2\n  D: 3\n",
      // Other indentations, tabs, a line at a smaller indentation.
      "Resources:\n    A: 1\n    B: 2\n  C: 3\n    D: 4\n",
      "Resources:\n    A: 1\n    B: 2\n    C: 3\n",
      "Resources:\n  A: 1\n\tB: 2\n  C: 3\n",
      "Resources:\n  A: 1\n B: 2\n  C: 3\n",
      // Block scalars whose content looks like resources.
      "Resources:\n  A: |\n   x\n  B: 2\n  C: >-\n    y\n\n  D: 3\n",
      "Resources:\n  A:\n  - |\n   x\n  B: 2\n  C: 3\n",
      // Unknown tags, anchors, aliases, errors in a later part.
      "Resources:\n  A: !Rain::Embed x\n  B: !Rain::S3 y\n  C: !Ref A\n",
      "Resources:\n  A: &a 1\n  B: *a\n  C: 3\n",
      "Resources:\n  A: 1\n  B: [\n  C: 3\n",
      "Resources:\n  A: 1\n  B: 2\n  3: 4\n  yes: 5\n",
      // Non-ASCII text, so marks count bytes in every part.
      "Resources:\n  A: é\n  B: 'ü\n   x'\n  C: 日本\n",
      // Resources last, and Resources first.
      "Resources:\n  A: 1\n  B: 2\n",
      "X: 1\nResources:\n  A: 1\n  B: 2\n",
      "Resources: # comment\n  A: 1\n  B: 2\n",
      "\xEF\xBB\xBFResources:\n  A: 1 # c\n  B: 2\n",
  };
  int in_parts = 0;
  for (const std::string& text : texts) in_parts += check_parts_agree(text);
  CHECK(in_parts > 0);
}

// Random templates with many resources whose values span lines in every way.
TEST_CASE("parts: random templates read as they do whole", "[parse][parts]") {
  std::mt19937 random(20261202);
  const std::vector<std::string> values = {
      "1",
      "x",
      "'q\n  R9: 1'",
      "\"d\n  R9: 1\"",
      "\"d\nR9: 1\"",
      "[1,\n  R9]",
      "{a: 1,\n  R9: 2}",
      "|\n    x\n  R9: literal?",
      "|\n    x\n",
      ">-\n    y\n\n",
      "!Ref X",
      "!Sub 'a ${B}'",
      "0755",
      "1e3",
      "# c\n",
      "\n    K: v\n    L:\n      - 1\n      - x",
      "\n  - 1\n  - 2",
      "&a 1",
      "!Rain::Embed f",
      "yes",
      "'é'",
  };
  int in_parts = 0;
  for (int doc = 0; doc < 300; ++doc) {
    std::string text = random() % 4 == 0 ? "# head\n" : "";
    if (random() % 2 == 0) text += "Description: x\n";
    text += "Resources:\n";
    const int resources = 2 + static_cast<int>(random() % 12);
    for (int r = 0; r < resources; ++r) {
      text += fmt::format("  R{}: {}\n", random() % 8, values[random() % values.size()]);
      if (random() % 5 == 0) text += random() % 2 == 0 ? "\n" : "# between\n";
    }
    if (random() % 2 == 0) text += "Outputs:\n  O: " + values[random() % values.size()] + "\n";
    in_parts += check_parts_agree(text);
  }
  CHECK(in_parts > 100);
}

TEST_CASE("parts: every corpus template reads in parts as it does whole", "[parse][parts][corpus]") {
  int files = 0;
  int in_parts = 0;
  for (const auto& file : cfn::test::corpus_templates()) {
    const std::string text = cfn::read_file(file);
    if (text.find_first_not_of(" \t\r\n") != std::string::npos && text[text.find_first_not_of(" \t\r\n")] == '{')
      continue;  // JSON
    ++files;
    INFO(cfn::test::corpus_name(file));
    in_parts += check_parts_agree(text);
  }
  CHECK(files > 100);
  CHECK(in_parts > files);
}
