// The block scanner (parse/block_scanner.hpp) reads every text it accepts as
// libyaml's reading does: the same values, marks on every node and key, first
// comment, 1.1/1.2 notes, duplicates, unknown tags and errors. The oracle is
// the reader with libyaml alone (itself checked against PyYAML by the
// differential tests). Each case also checks that the scanner accepts what it
// is meant to, so that a scanner refusing everything fails.
#include "parse/block_scanner.hpp"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "cfn/emit.hpp"
#include "cfn/file.hpp"
#include "parse/yaml_reader.hpp"
#include "support/corpus.hpp"
#include "support/large_template.hpp"
#include "support/random_value.hpp"
#include "support/yaml_reading.hpp"

namespace {

using cfn::detail::parser::ReadPolicy;
using cfn::detail::parser::Scanner;

class IgnoreEvents final : public cfn::detail::parser::NodeEvents {
 public:
  void scalar(std::string_view, std::string_view, bool, cfn::Mark) override {}
  void begin_collection(std::string_view, bool, cfn::Mark) override {}
  void end_map() override {}
  void end_list() override {}
};

bool in_subset(std::string_view text) {
  IgnoreEvents events;
  return cfn::detail::parser::scan_block_yaml(text, events).has_value();
}

// Reads `text` with each scanner (whole, with and without unknown tags
// collected) and requires the same; returns whether the block scanner read it.
bool check_same_reading(const std::string& text) {
  for (const bool collect : {false, true}) {
    const auto fastest = cfn::test::read(text, ReadPolicy{.max_parts = 1, .scanner = Scanner::Fastest}, collect);
    const auto libyaml = cfn::test::read(text, ReadPolicy{.max_parts = 1, .scanner = Scanner::Libyaml}, collect);
    INFO("text:\n" << text);
    REQUIRE(fastest.what == libyaml.what);
    REQUIRE(fastest.root == libyaml.root);
  }
  return in_subset(text);
}

}  // namespace

TEST_CASE("block scanner: texts in its subset read as libyaml reads them", "[parse][block_scanner]") {
  const std::vector<std::string> texts = {
      "A: 1\n",
      "A: 1\nB: x y  z\nC: 'q'\nD: ''\nE: 'it''s'\nF: '''a'''\n",
      "'A': 1\n'B''c': 2\nA b: 3\n",
      "A: \"q\"\nB: \"\"\nC: \"a\\\"b\\\\c\\/d\\ne\\tf\\0g\\ h\\ai\\bj\\vk\\fl\\rm\\en\"\n\"K\": 1\n\"K\\\"\": 2\n",
      "- 1\n- - a\n  - - b\n- - c: 1\n    d: 2\n",
      "A: \"\\x41\\x7f\\xe9\\u00e9\\u2028\\U0001F600\\N\\_\\L\\P\\x00\"\n",
      // Text that is not ASCII: marks count bytes.
      "\xC3\xA9: 1\nB: \xE6\x97\xA5\xE6\x9C\xAC x\nC: '\xF0\x9F\x98\x80'\nD: |\n  \xC3\xBC\n  x\nE: \xC2\xA0\n",
      // Empty nodes: null, or "" under a tag.
      "A:\nB: 1\nC: !GetAZs\nD:\n  - !GetAZs\n  -\n  - x\n  -  # c\nE:   # c\n\nF: !Ref\n",
      "A:\n- \n-\nB:\n  C:\n  D: !Ref\n    # c\n",
      "A: -x\nB: ?x\nC: :x\n-k: 1\n:k: 2\n?k: 3\n",
      // Comments everywhere but inside scalars.
      "# head\nA: 1 # one\n  # indented\nB: 'x' # q\nC: a#b\nD: '#'\nE:  # on the key\n  F: 2\n",
      "A:\n  - 1 #x\n  - '#' # y\n  -  # z\n    k: v\n",
      // Nested maps and sequences, indented and indentless, compact maps.
      "A:\n  B:\n    C: 1\n  D: 2\nE: 3\n",
      "A:\n- 1\n- x\nB: 2\n",
      "A:\n  - Key: k\n    Value: v\n  - Key: k2\n    Value:\n      - 1\n      - 2\n",
      "A:\n  -\n    B: 1\n  -\n    - x\n",
      "A:\n- B:\n  - 1\n  C: 2\n",
      // Tags on scalars and collections; empty flow collections.
      "A: !Ref B\nC: !GetAtt D.Arn\nE: !Sub 'x ${AWS::Region}'\nF: !If\n  - C\n  - 1\n  - !Ref AWS::NoValue\n",
      "A: !Join\n- ''\n- - a\n  - b\nB: []\nC: {}\nD: !GetAZs ''\nE: !Split [] # not a real one\n",
      "A: !Rain::Embed f.txt\nB: !Foo x\n",
      "A:\n  Fn::If: [] \nB:\n  Ref: x\n",
      // Literal block scalars: chomping, blank lines, deeper lines, comments inside.
      "A: |\n  x\n  y\nB: 1\n",
      "A: |-\n  x\n\n  y\n\n\nB: |+\n  x\n\n\nC: |\n  x\n\n\n",
      "A: |\n\n  x\n   y\n  # not a comment\n\n    z\n  \n      \nB: 1\n",
      "A: | # c\n  x\n# after\nB: !Sub |\n    #!/bin/bash\n    echo ${AWS::Region}\n",
      "A:\n  - |\n   x\n  - !Sub |-\n    y\n  - K: |\n      z\n",
      "A:\n- |\n x\n",
      // YAML 1.1 scalars, and version-dependent ones.
      "A: yes\nB: 0755\nC: 1:20\nD: 1_000\nE: ~\nF: 1e3\nG: .5\nH: -1\nI: 0x1F\nJ: 'yes'\n",
      // Duplicates, functions by key, a long-form function with siblings.
      "A: 1\nB: 2\nA: 3\nRef: x\nFn::Sub: y\n",
      "A: 1\nA:\n",
      "Resources:\n  R:\n    Condition: C\n    Type: T\n",
      // A key of 1024 characters.
      std::string(1024, 'k') + ": 1\n",
      // Plain scalars with indicators inside.
      "A: a-b?c:d,e[f]g{h}i#j&k*l!m|n>o'p\"q%r@s`t\nB: -x\nC: http://x:80/y\nD: a:b\n",
  };
  for (const std::string& text : texts) {
    INFO("text:\n" << text);
    CHECK(check_same_reading(text));
  }
}

TEST_CASE("block scanner: texts outside its subset are left to libyaml", "[parse][block_scanner]") {
  const std::vector<std::string> texts = {
      "",
      "A: 1",
      "# only a comment\n",
      "\n",
      // Characters and line ends.
      "A: \tx\n",
      "A: 1\r\n",
      "A: 1\rB: 2\n",
      "\xEF\xBB\xBF"
      "A: 1\n",
      "A: x\xC2\x85y\n",
      "A: x\xE2\x80\xA8y\n",
      "A: x\xE2\x80\xA9y\n",
      "A: x\xEF\xBB\xBFy\n",
      "A: \xC2\x9F\n",
      "A: \x7F\n",
      "A: \xEF\xBF\xBE\n",
      "A: \xC3\n",
      "A: \xC0\xAF\n",
      "A: \xED\xA0\x80\n",
      // Document markers, directives.
      "---\nA: 1\n",
      "A: 1\n...\n",
      "%YAML 1.1\n---\nA: 1\n",
      "A: 1\n--- \nB: 2\n",
      "--- A: 1\n",
      "A: 1\n... B: 2\n",
      // Anchors, aliases, complex keys, merge keys (the last an error in both).
      "A: &a 1\nB: *a\n",
      "? A\n: 1\n",
      // Empty values, multi-line plain and quoted scalars, double quotes, folded, indicators.
      "A: x\n  y\n",
      "A: 'x\n  y'\n",
      "A: \"x\n  y\"\n",
      "A: \"x\\\n  y\"\n",
      "A: \"\\q\"\n",
      "A: \"\\'\"\n",
      "A: \"\\x4\"\n",
      "A: \"\\uD800\"\n",
      "A: \"\\U00110000\"\n",
      "A: \"\\xG0\"\n",
      "A: >\n  x\n",
      "A: |2\n   x\n",
      "A: |\nB: 1\n",
      "A: ? x\n",
      "A: : x\n",
      "A: -\n",
      "A: |\n\n    \n  x\n",
      "A: [1, 2]\n",
      "A: {a: 1}\n",
      "A: !!str 1\n",
      "A: !<tag:x> 1\n",
      "A: !%21 1\n",
      "A: @x\n",
      "A: `x\n",
      "A: %x\n",
      "A: - x\n",
      // Keys the scanner does not read, root not at column 0, indentation errors.
      "A : 1\n",
      " A: 1\n",
      "A: 1\n B: 2\n",
      "A:\n  B: 1\n C: 2\n",
      "A:\n  - 1\n  B: 2\n",
      "A: a: b\n",
      "A: x #c\n  y\n",
      "A: 'x'#c\n",
      "A: 'x' y\n",
      "A: []x\n",
      std::string(1025, 'k') + ": 1\n",
      // Errors: both readings report the same.
      "A:\n  - 1\n - 2\n",
      "yes: 1\n",
      "1: 1\n",
      "A: !Nope x\n",
      "A: 1\n<<: {}\n",
  };
  for (const std::string& text : texts) {
    INFO("text:\n" << text);
    check_same_reading(text);
    const bool refused = !in_subset(text);
    // The semantic errors (a key read as a boolean, an unknown tag) come after a successful scan.
    const bool scanned_then_refused = text.starts_with("yes: ") || text.starts_with("1: ") ||
                                      text.starts_with("A: !Nope") || text.ends_with("<<: {}\n");
    if (!scanned_then_refused) CHECK(refused);
  }
}

// Texts near the subset's edges: accepted texts with one character inserted,
// deleted or replaced, at random, each read both ways.
TEST_CASE("block scanner: 20,000 small edits of accepted texts read as libyaml reads them", "[parse][block_scanner]") {
  const std::vector<std::string> seeds = {
      "A: 1\nB:\n  - x # c\n  - K: 'v'\n    L: |\n      t\n\n      u\nC: !Ref D\n",
      "R:\n  T: !If\n  - c\n  - []\n  - {}\nS:\n- |-\n  a\n-   b\n",
      "# h\nA:\n  B:\n    C: '''q'''\n  D: !Sub |+\n    x\n\nE: 0755\n",
  };
  const std::string alphabet = " \n-:#'|!{}[]a+>?&*\"\t1";
  std::mt19937 random(20261203);
  int accepted = 0;
  for (int edit = 0; edit < 20'000; ++edit) {
    std::string text = seeds[random() % seeds.size()];
    const int edits = 1 + static_cast<int>(random() % 3);
    for (int e = 0; e < edits && !text.empty(); ++e) {
      const std::size_t at = random() % text.size();
      const char c = alphabet[random() % alphabet.size()];
      switch (random() % 3) {
        case 0:
          text.insert(text.begin() + static_cast<std::ptrdiff_t>(at), c);
          break;
        case 1:
          text.erase(at, 1);
          break;
        default:
          text[at] = c;
      }
    }
    accepted += check_same_reading(text) ? 1 : 0;
  }
  CHECK(accepted > 2'000);
}

TEST_CASE("block scanner: random values as cfnpp writes them read as libyaml reads them", "[parse][block_scanner]") {
  cfn::test::RandomValues random(20261203);
  int accepted = 0;
  for (int i = 0; i < 1'000; ++i) accepted += check_same_reading(cfn::to_yaml(random.document())) ? 1 : 0;
  CHECK(accepted > 300);
}

TEST_CASE("block scanner: a large template, and every corpus template, read as libyaml reads them",
          "[parse][block_scanner][corpus]") {
  CHECK(check_same_reading(cfn::test::large_template(cfn::Format::Yaml, 300'000)));
  int files = 0;
  int accepted = 0;
  for (const auto& file : cfn::test::corpus_templates()) {
    const std::string text = cfn::read_file(file);
    INFO(cfn::test::corpus_name(file));
    ++files;
    accepted += check_same_reading(text) ? 1 : 0;
  }
  CHECK(files > 250);
  CHECK(accepted > 50);
}
