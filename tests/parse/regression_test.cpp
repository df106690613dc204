// Named regressions: templates cfnpp once read differently from CloudFormation
// (issue 10, and the disagreements tests/fuzz/differential.py found). Each
// expected value is PyYAML's reading of the same text (tests/fuzz/cfn_oracle.py).
#include <catch2/catch.hpp>

#include "cfn/emit.hpp"
#include "cfn/intrinsics.hpp"
#include "cfn/parse.hpp"
#include "support/check_same.hpp"
#include "support/first_difference.hpp"

using cfn::test::check_same;

namespace {

using cfn::List;
using cfn::Map;
using cfn::Value;

Value read(const std::string& text) { return cfn::parse_document(text, "t.yaml").root; }

// The value survives the YAML and the JSON emitters, read back.
void check_round_trip(const Value& v) {
  for (const cfn::Format format : {cfn::Format::Yaml, cfn::Format::Json}) {
    const std::string text = cfn::emit(v, format);
    INFO(text);
    check_same(read(text), v);
  }
}

}  // namespace

TEST_CASE("regression: a tagged block scalar as a sequence item (issue 10 case 1)", "[parse][regression]") {
  const Value cmd = read("Cmd:\n  - !Sub |\n    echo ${AWS::Region}\n");
  check_same(cmd, Map{{"Cmd", List{cfn::sub("echo ${AWS::Region}\n")}}});
  const Value user_data = read("UserData:\n  Fn::Base64: !Sub |\n    #!/bin/bash\n    echo hi\n");
  check_same(user_data, Map{{"UserData", cfn::base64(cfn::sub("#!/bin/bash\necho hi\n"))}});
  // The sequence at its key's indentation, and other tags.
  const Value list = read("L:\n- !Sub |\n  #!/bin/bash\n- !!str |\n  x\n- !Base64 >-\n    a\n    b\n");
  check_same(list, Map{{"L", List{cfn::sub("#!/bin/bash\n"), "x\n", cfn::base64("a b")}}});
  check_round_trip(list);
}

TEST_CASE("regression: a quoted scalar of line breaks only keeps them (issue 10 case 2)", "[parse][regression]") {
  // The form cfn-flip writes for "\n": a quote, a blank line, a quote.
  const Value v = read("a: '\n\n'\nb: '\n\n\n'\nc: \"\n\n\"\n");
  check_same(v, Map{{"a", "\n"}, {"b", "\n\n"}, {"c", "\n"}});
  check_round_trip(v);
}

TEST_CASE("regression: YAML 1.1 numbers (issue 10 case 3)", "[parse][regression]") {
  const Value v = read("mode: 000400\nmode2: 0755\nn: 1_000\nt: 1:20\nh: 0x1F\nb: 0b101\n");
  check_same(v, Map{{"mode", 256}, {"mode2", 493}, {"n", 1000}, {"t", 80}, {"h", 31}, {"b", 5}});
  check_round_trip(v);
}

TEST_CASE("regression: trailing blank lines of a double-quoted scalar are kept and do not merge keys",
          "[parse][regression]") {
  // yaml-cpp read "a\n\n\n  " as "a\n", which then collided with the key "a\n\n" (read "a\n" too).
  const cfn::Document doc =
      cfn::parse_document("? \"a\n\n\n  \"\n: 1\n? \"a\n\n\"\n: 2\nDescription: \"a\n\n\n  \"\n", "t.yaml");
  check_same(doc.root, Map{{"a\n\n", 1}, {"a\n", 2}, {"Description", "a\n\n"}});
  CHECK(doc.duplicate_keys.empty());
}

TEST_CASE("regression: CR-only line ends are line breaks", "[parse][regression]") {
  const cfn::Document doc =
      cfn::parse_document("Resources:\r  B:\r    Type: AWS::S3::Bucket\r    Metadata: |\r      x\r      y\r", "t.yaml");
  check_same(doc.root, Map{{"Resources", Map{{"B", Map{{"Type", "AWS::S3::Bucket"}, {"Metadata", "x\ny\n"}}}}}});
  CHECK(doc.root.as_map().at("Resources").as_map().at("B").as_map().begin()->key_mark == cfn::Mark{3, 5});
}

TEST_CASE("regression: a %YAML 1.1 directive", "[parse][regression]") {
  check_same(read("%YAML 1.1\n---\na: 0755\nb: yes\n"), Map{{"a", 493}, {"b", true}});
}

TEST_CASE("regression: a plain 1e3 is the string YAML 1.1 reads", "[parse][regression]") {
  check_same(read("a: 1e3\nb: 1.0e3\nc: 1.0e+3\n"), Map{{"a", "1e3"}, {"b", "1.0e3"}, {"c", 1000.0}});
}

TEST_CASE("regression: big and out-of-range JSON numbers keep their text", "[parse][regression]") {
  const cfn::Document doc =
      cfn::parse_document("{\"a\": 18446744073709551616, \"b\": 1e400, \"c\": 1E-400, \"d\": 1.5}", "t.json");
  const Map& m = doc.root.as_map();
  CHECK(m.at("a").as_numeral().text() == "18446744073709551616");
  CHECK(m.at("b").as_numeral().text() == "1e400");
  CHECK(m.at("c").as_numeral().text() == "1E-400");
  CHECK(m.at("d").is_double());
  CHECK(cfn::to_json(doc.root, cfn::JsonLayout::Compact) ==
        "{\"a\": 18446744073709551616, \"b\": 1e400, \"c\": 1E-400, \"d\": 1.5}");
  check_round_trip(doc.root);
}

TEST_CASE("regression: a !-tagged block scalar is not a number", "[parse][regression]") {
  // Found by the differential test: PyYAML resolves `! |` over "-1" as -1
  // (its `$` matches before the final line break); the patterns are for the whole text.
  check_same(read("a: ! |+\n  -1\n"), Map{{"a", "-1\n"}});
}

TEST_CASE("regression: !!int and !!float ignore white space around the number, as Python does", "[parse][regression]") {
  // Found by the differential test (seed 20261202): PyYAML hands the tagged
  // text to Python's int() and float(), which strip white space; its own
  // prefixes (0x, .inf) must still come first.
  const Value v = read(
      "a: !!float \"9\\n\"\nb: !!float \" -1.5 \"\nc: !!int \"12\\n\"\nd: !!int \"0x1F\\t\"\ne: !!float \" inf\"\n"
      "f: !!int \"1:20 \"\ng: !!int \" 017\"\n");
  check_same(v, Map{{"a", 9.0}, {"b", -1.5}, {"c", 12}, {"d", 31}, {"e", cfn::Numeral(".inf")}, {"f", 80}, {"g", 17}});
  // Python's white space is Unicode's (seed 20261203): no-break space, ideographic space, LS.
  check_same(read("a: !!int ' 0\xc2\xa0 '\nb: !!float \"\xe3\x80\x80"
                  "1.5\xe2\x80\xa8\"\n"),
             Map{{"a", 0}, {"b", 1.5}});
  CHECK_THROWS_WITH(read("a: !!int \" 0x1F\"\n"), Catch::Contains("is not an integer"));
  CHECK_THROWS_WITH(read("a: !!float \" .inf\"\n"), Catch::Contains("is not a number"));
}

TEST_CASE("regression: '!', '&' and '*' under the non-specific tag are refused, as PyYAML does",
          "[parse][regression]") {
  // Found by the differential test (seed 20261202): `! '&'` resolves like a
  // plain scalar, to YAML 1.1's 'yaml' type, which no reader constructs.
  for (const char* text : {"a: ! '&'\n", "a: ! \"*\"\n", "a: {b: ! '!'}\n", "? Fn::Join\n: ! '&'\n"}) {
    INFO(text);
    CHECK_THROWS_WITH(read(text), Catch::Contains("YAML 1.1's 'yaml' type"));
  }
  check_same(read("a: ! '&&'\nb: '&'\nc: !!str '*'\n"), Map{{"a", "&&"}, {"b", "&"}, {"c", "*"}});
}
