// Every tricky string survives the YAML emitter: yaml-cpp reads it back
// unchanged, and where it is written plain no YAML reader would type it.
#include <catch2/catch.hpp>
#include <random>

#include "cfn/emit.hpp"
#include "cfn/intrinsics.hpp"
#include "emit/scalar_style.hpp"
#include "support/tricky_strings.hpp"
#include "support/yaml_cpp.hpp"

namespace {

using cfn::List;
using cfn::Map;
using cfn::test::reads_back_as_string;

// Emits s as a value, a key, a list item and a !Sub argument, and reads each back.
void check_round_trip(const std::string& s) {
  INFO("string: \"" << cfn::detail::emitter::double_quoted(s) << "\"");
  const cfn::Value doc = Map{{"value", s}, {"list", List{s, "after"}}, {"tagged", cfn::sub(s)}};
  const std::string yaml = cfn::to_yaml(doc);
  INFO("yaml:\n" << yaml);
  const YAML::Node node = YAML::Load(yaml);
  CHECK(reads_back_as_string(node["value"], s));
  CHECK(reads_back_as_string(node["list"][0], s));
  CHECK(node["list"][1].Scalar() == "after");
  CHECK(node["tagged"].Tag() == "!Sub");
  CHECK(node["tagged"].Scalar() == s);

  const std::string keyed = cfn::to_yaml(Map{{s, "v"}, {"next", 1}});
  INFO("yaml:\n" << keyed);
  const YAML::Node keys = YAML::Load(keyed);
  REQUIRE(keys.IsMap());
  REQUIRE(keys.size() == 2);
  const auto first = keys.begin();
  CHECK(reads_back_as_string(first->first, s));
  CHECK(first->second.Scalar() == "v");
}

std::string line_of(const std::string& yaml, std::string_view key) {
  const auto start = yaml.find(std::string(key) + ":");
  return yaml.substr(start, yaml.find('\n', start) - start);
}

}  // namespace

TEST_CASE("tricky strings round-trip through yaml-cpp", "[emit][scalar]") {
  for (const std::string& s : cfn::test::tricky_strings()) check_round_trip(s);
}

TEST_CASE("random strings round-trip through yaml-cpp", "[emit][scalar][property]") {
  // An alphabet heavy in YAML syntax, whitespace and multi-byte characters.
  const std::vector<std::string> alphabet{
      "a",  "Z", "0", "1", ".", "e", "x", " ", " ", "\n", "\n", "\t", ":", "#", "-",  "'", "\"",       "{",
      "}",  "[", "]", ",", "$", "!", "|", ">", "?", "&",  "*",  "%",  "@", "`", "\\", "~", "\xc3\xbc", "\xe2\x80\xa8",
      "\r", "y"};
  std::mt19937 rng(20261121);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> length(0, 24);
  for (int n = 0; n < 3000; ++n) {
    std::string s;
    for (int k = length(rng); k > 0; --k) s += alphabet[pick(rng)];
    check_round_trip(s);
  }
}

TEST_CASE("strings YAML would type are quoted and others are plain", "[emit][scalar]") {
  for (const char* typed : {"yes", "no", "on", "off", "true", "null", "~", "010", "1e3", "0x1F", ".5", "2024-01-01",
                            "1_000", "1:30", "Y", "<<"}) {
    INFO(typed);
    CHECK(cfn::detail::emitter::is_implicitly_typed(typed));
    CHECK(line_of(cfn::to_yaml(Map{{"k", typed}}), "k") == std::string("k: '") + typed + "'");
  }
  for (const char* plain : {"hello", "t3.micro", "10.0.0.0/16", "AWS::Region", "arn:aws:s3:::b/*", "a:b", "a#b",
                            "yes please", "1.2.3", "10.0.0.1", "v1", "e3", "1e", "0.0.0.0/0", "::/0"}) {
    INFO(plain);
    CHECK_FALSE(cfn::detail::emitter::is_implicitly_typed(plain));
    CHECK(line_of(cfn::to_yaml(Map{{"k", plain}}), "k") == std::string("k: ") + plain);
  }
  CHECK(line_of(cfn::to_yaml(Map{{"k", ""}}), "k") == "k: ''");
  CHECK(line_of(cfn::to_yaml(Map{{"k", "it's"}}), "k") == "k: it's");
  CHECK(line_of(cfn::to_yaml(Map{{"k", "- x"}}), "k") == "k: '- x'");
  CHECK(line_of(cfn::to_yaml(Map{{"k", "a: b"}}), "k") == "k: 'a: b'");
  CHECK(line_of(cfn::to_yaml(Map{{"k", "a #b"}}), "k") == "k: 'a #b'");
  CHECK(line_of(cfn::to_yaml(Map{{"k", " x"}}), "k") == "k: ' x'");
  CHECK(line_of(cfn::to_yaml(Map{{"k", "tab\t"}}), "k") == "k: \"tab\\t\"");
  CHECK(line_of(cfn::to_yaml(Map{{"k", "\x01"}}), "k") == "k: \"\\x01\"");
  CHECK(line_of(cfn::to_yaml(Map{{"k", "ls\xe2\x80\xa8"}}), "k") == "k: \"ls\\u2028\"");
  CHECK(line_of(cfn::to_yaml(Map{{"k", "'*'"}}), "k") == "k: '''*'''");
}

TEST_CASE("scalars of 10^5 and 10^6 characters are styled in linear time, not a stack overflow (issue 11 row 1)",
          "[emit][scalar]") {
  for (const std::size_t n : {std::size_t{100'000}, std::size_t{1'000'000}}) {
    INFO(n << " characters");
    const std::string digits(n, '1');
    // The oracle: YAML 1.1 and 1.2 read a run of digits as an integer, and no number ends in 'x' or holds a space.
    CHECK(cfn::detail::emitter::is_implicitly_typed(digits));
    CHECK(cfn::detail::emitter::is_implicitly_typed(digits + ".5"));
    CHECK(cfn::detail::emitter::is_implicitly_typed("2024-01-01 " + std::string(n, ' ') + "10:00:00"));
    CHECK_FALSE(cfn::detail::emitter::is_implicitly_typed(digits + "x"));
    CHECK_FALSE(cfn::detail::emitter::is_implicitly_typed("." + digits + "e"));
    CHECK_FALSE(cfn::detail::emitter::is_implicitly_typed(digits + ":" + digits));
    CHECK(line_of(cfn::to_yaml(Map{{"BucketName", digits + "x"}}), "BucketName") == "BucketName: " + digits + "x");
    CHECK(line_of(cfn::to_yaml(Map{{"BucketName", digits}}), "BucketName") == "BucketName: '" + digits + "'");
  }
}

TEST_CASE("multi-line strings are literal blocks with exact chomping", "[emit][scalar]") {
  CHECK(cfn::to_yaml(Map{{"k", "a\nb"}}) == "k: |-\n  a\n  b\n");
  CHECK(cfn::to_yaml(Map{{"k", "a\nb\n"}}) == "k: |\n  a\n  b\n");
  CHECK(cfn::to_yaml(Map{{"k", "a\nb\n\n"}}) == "k: |+\n  a\n  b\n\n");
  CHECK(cfn::to_yaml(Map{{"k", " lead\nx\n"}}) == "k: |2\n   lead\n  x\n");
  CHECK(cfn::to_yaml(Map{{"k", "\nlead"}}) == "k: |2-\n\n  lead\n");
  CHECK(cfn::to_yaml(Map{{"k", "a\n\nb\n"}}) == "k: |\n  a\n\n  b\n");
  // Inside a list and under a tag, the block is indented under its parent.
  CHECK(cfn::to_yaml(Map{{"k", List{"a\nb\n"}}}) == "k:\n  - |\n    a\n    b\n");
  CHECK(cfn::to_yaml(Map{{"k", cfn::sub("x ${AWS::Region}\ny\n")}}) == "k: !Sub |\n  x ${AWS::Region}\n  y\n");
  // Carriage returns and whitespace-only text cannot be literal blocks.
  CHECK(cfn::to_yaml(Map{{"k", "a\r\nb"}}) == "k: \"a\\r\\nb\"\n");
  CHECK(cfn::to_yaml(Map{{"k", "\n\n"}}) == "k: \"\\n\\n\"\n");
}

TEST_CASE("numbers and scalars", "[emit][scalar]") {
  CHECK(cfn::to_yaml(Map{{"i", 42}, {"n", -7}, {"b", true}, {"z", nullptr}}) == "i: 42\n'n': -7\nb: true\nz: null\n");
  CHECK(cfn::to_yaml(Map{{"d", 1.0}, {"e", 0.1}, {"f", 1e21}, {"g", -2.5e-7}}) ==
        "d: 1.0\ne: 0.1\nf: 1.0e+21\ng: -2.5e-07\n");
  for (double d : {1.0, 0.1, 1e21, -2.5e-7, 3.14159, 1e300, 5e-324, 123456789.125}) {
    const YAML::Node node = YAML::Load(cfn::to_yaml(Map{{"d", d}}));
    CHECK(node["d"].as<double>() == d);
    CHECK(node["d"].Scalar().find('.') != std::string::npos);
  }
  CHECK_THROWS_AS(cfn::Value(std::numeric_limits<double>::infinity()), cfn::Error);
  CHECK_THROWS_AS(cfn::Value(std::nan("")), cfn::Error);
}

TEST_CASE("numerals are written in the one spelling YAML 1.1 reads back", "[emit][scalar]") {
  // YAML 1.1 floats need a '.' and a signed exponent; PyYAML lowercases the
  // 'e' when it reads one, so an 'E' written would not come back the same
  // (found by emit_fuzzer: emitting was not idempotent for 1E-400).
  const auto yaml = [](const char* text) { return cfn::to_yaml(Map{{"n", cfn::Numeral(text)}}); };
  CHECK(yaml("1E-400") == "'n': 1.0e-400\n");
  CHECK(yaml("1e400") == "'n': 1.0e+400\n");
  CHECK(yaml("2.5E+400") == "'n': 2.5e+400\n");
  CHECK(yaml("18446744073709551616") == "'n': 18446744073709551616\n");
  CHECK(yaml(".inf") == "'n': .inf\n");
  CHECK(cfn::to_json(Map{{"n", cfn::Numeral("1E-400")}}).find("1E-400") != std::string::npos);  // JSON keeps its text
}

TEST_CASE("invalid UTF-8 is an error naming the node", "[emit][scalar]") {
  const cfn::Value doc = Map{{"Resources", Map{{"Vol", Map{{"Properties", Map{{"Tags", List{"ok", "bad\xff"}}}}}}}}};
  CHECK_THROWS_WITH(cfn::to_yaml(doc), "Resources.Vol.Properties.Tags[1]: string is not valid UTF-8 (byte 3)");
  CHECK_THROWS_WITH(cfn::to_json(doc), "Resources.Vol.Properties.Tags[1]: string is not valid UTF-8 (byte 3)");
  CHECK_THROWS_WITH(cfn::to_yaml(Map{{"\xc0\xaf", 1}}), "(root): string is not valid UTF-8 (byte 0)");
  // Past the eight bytes at a time that ASCII is scanned in, in a block and in a key.
  CHECK_THROWS_WITH(cfn::to_yaml(Map{{"k", "#!/bin/bash\necho one two\n\xe2\x82\n"}}),
                    "k: string is not valid UTF-8 (byte 25)");
  CHECK_THROWS_WITH(cfn::to_yaml(Map{{"a long key of ASCII \xed\xa0\x80", 1}}),
                    "(root): string is not valid UTF-8 (byte 20)");
}

TEST_CASE("long runs of ASCII are styled as short ones", "[emit][scalar]") {
  // Eight bytes and more of spaces, line breaks and a DEL among printable
  // characters, each where a run of eight would hide it.
  for (const std::string& s : std::vector<std::string>{
           std::string(17, ' '), std::string(16, ' ') + "\n", std::string(9, ' ') + "\n" + std::string(9, ' '),
           std::string(15, ' ') + "x", "abcdefg\x7f" + std::string(8, 'h'), "abcdefghijklmnop\t", "0123456789abcdef: x",
           "0123456789abcdef #x", std::string(8, 'a') + "\r\n"})
    check_round_trip(s);
  using cfn::detail::emitter::choose_style;
  using cfn::detail::emitter::ScalarStyle;
  CHECK(choose_style(std::string(16, ' ') + "\n", false) == ScalarStyle::DoubleQuoted);  // only white space
  CHECK(choose_style(std::string(15, ' ') + "x\n", false) == ScalarStyle::Literal);
  CHECK(choose_style("abcdefg\x7f" + std::string(8, 'h'), false) == ScalarStyle::DoubleQuoted);
  CHECK(choose_style(std::string(20, 'a'), false) == ScalarStyle::Plain);
}
