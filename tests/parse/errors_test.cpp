// What the parser refuses, and how it says so: "FILE:LINE:COL: reason".
#include <catch2/catch.hpp>

#include "cfn/emit.hpp"
#include "cfn/parse.hpp"

namespace {

struct Failure {
  std::string what;
  cfn::Mark mark;
  std::string reason;
};

Failure failure(const std::string& text, const std::string& file = "t.yaml") {
  try {
    (void)cfn::parse_document(text, file);
  } catch (const cfn::ParseError& e) {
    CHECK(e.file() == file);
    CHECK(std::string(e.what()).starts_with((file.empty() ? "<input>" : file) + ":" + std::to_string(e.mark().line) +
                                            ":" + std::to_string(e.mark().column) + ": "));
    CHECK(std::string(e.what()).ends_with(e.reason()));
    return {e.what(), e.mark(), e.reason()};
  }
  FAIL("no ParseError for: " << text);
  return {};
}

void check_error(const std::string& text, const std::string& expected_what) {
  INFO("text: " << text);
  CHECK(failure(text).what == expected_what);
}

}  // namespace

TEST_CASE("ParseError is a cfn::Error with a file and a mark and a reason", "[parse][errors]") {
  try {
    (void)cfn::parse_document("a: *x\n", "s.yaml");
    FAIL("no error");
  } catch (const cfn::Error& e) {
    const auto* pe = dynamic_cast<const cfn::ParseError*>(&e);
    REQUIRE(pe != nullptr);
    CHECK(pe->mark() == cfn::Mark{1, 4});
    CHECK(pe->file() == "s.yaml");
  }
  CHECK(failure("", "").what == "<input>:1:1: empty template");
}

TEST_CASE("anchors and aliases and merge keys are rejected", "[parse][errors]") {
  check_error("a: &x 1\nb: 2\n", "t.yaml:1:4: YAML anchors (&x) are not supported by CloudFormation");
  check_error("a: 1\nb: *x\n", "t.yaml:2:4: YAML aliases (*x) are not supported by CloudFormation");
  check_error("a: &x {c: 1}\nb: *x\n", "t.yaml:1:4: YAML anchors (&x) are not supported by CloudFormation");
  check_error("a: 1\n<<: {b: 2}\n",
              "t.yaml:2:1: '<<' is YAML's merge key, which CloudFormation does not support; quote it");
  check_error("a: <<\n", "t.yaml:1:4: '<<' is YAML's merge key, which CloudFormation does not support; quote it");
  // A quoted '<<' is an ordinary key (YAML 1.1 merges only the plain one).
  CHECK(cfn::parse_document("'<<': 1\n", "t.yaml").root.as_map().contains("<<"));
}

TEST_CASE("more than one document is rejected", "[parse][errors]") {
  check_error("a: 1\n---\nb: 2\n", "t.yaml:2:1: a second YAML document starts here; a template is a single document");
  check_error("---\na: 1\n---\n", "t.yaml:3:1: a second YAML document starts here; a template is a single document");
}

TEST_CASE("empty templates are rejected", "[parse][errors]") {
  check_error("", "t.yaml:1:1: empty template");
  check_error("  \n\n\n", "t.yaml:1:1: empty template");
  // A tab alone on a line cannot start a token (libyaml and PyYAML agree).
  check_error("  \n\n\t\n",
              "t.yaml:3:1: found character that cannot start any token (while scanning for the next token at line 3, "
              "column 1) (this line is indented with a tab; YAML allows only spaces)");
  check_error("# only a comment\n  # another\n", "t.yaml:1:1: empty template");
  check_error("---\n", "t.yaml:2:1: empty template");
  check_error("~\n", "t.yaml:1:1: empty template");
}

TEST_CASE("a root that is not a map is rejected", "[parse][errors]") {
  check_error("- a\n- b\n", "t.yaml:1:1: a template must be a map of sections, not a list");
  check_error("just text\n", "t.yaml:1:1: a template must be a map of sections, not a string");
  check_error("42\n", "t.yaml:1:1: a template must be a map of sections, not a integer");
  check_error("!Ref X\n", "t.yaml:1:1: a template must be a map of sections, not a Ref");
  check_error("Ref: X\n", "t.yaml:1:1: a template must be a map of sections, not a Ref");
  check_error("[1, 2]", "t.yaml:1:1: a template must be a map of sections, not a list");
}

TEST_CASE("unknown and unsupported tags are rejected by name", "[parse][errors]") {
  const std::string tail = "; CloudFormation knows only its functions' tags (!Ref, !GetAtt, !Sub, !If, ...)";
  check_error("a: !Foo x\n", "t.yaml:1:4: unknown tag !Foo" + tail);
  check_error("a: !ref x\n", "t.yaml:1:4: unknown tag !ref" + tail);
  check_error("a:\n  b: !Rain::Embed f.txt\n",
              "t.yaml:2:6: unknown tag !Rain::Embed: a rain directive, which `rain pkg` replaces before deploying; "
              "CloudFormation knows only its functions' tags");
  for (const char* tag : {"binary", "timestamp", "omap", "pairs", "set"})
    check_error(std::string("a: !!") + tag + " x\n",
                std::string("t.yaml:1:4: the tag !!") + tag + " is not supported by CloudFormation");
  check_error("a: !!set {b: null}\n", "t.yaml:1:4: the tag !!set is not supported by CloudFormation");
  check_error("a: !!omap [b: 1]\n", "t.yaml:1:4: the tag !!omap is not supported by CloudFormation");
  check_error("a: !!python/none x\n", "t.yaml:1:4: unknown tag !!python/none" + tail);
  check_error("a: !!seq {b: 1}\n", "t.yaml:1:4: the tag !!seq does not fit a map");
  check_error("a: !!map x\n", "t.yaml:1:4: the tag !!map does not fit a scalar");
  check_error("a: !!int [1]\n", "t.yaml:1:4: the tag !!int is for scalars, not a list");
  check_error("a: !!int 1.5\n", "t.yaml:1:4: '1.5' is not an integer");
  check_error("a: !!bool maybe\n", "t.yaml:1:4: 'maybe' is not a boolean (yes, no, true, false, on, off)");
  check_error("a: !<tag:example.com,2000:x> 1\n", "t.yaml:1:4: unknown tag !<tag:example.com,2000:x>" + tail);
}

TEST_CASE("map keys must be strings", "[parse][errors]") {
  check_error("[a, b]: 1\n", "t.yaml:1:1: a map key must be a string, not a list");
  check_error("? {a: 1}\n: b\n", "t.yaml:1:3: a map key must be a string, not a map");
  check_error("!Ref a: b\n", "t.yaml:1:1: a map key must be a string, not a Ref");
  // CloudFormation: "map keys must be strings; received numeric [1] instead". YAML 1.1 types plain keys.
  const std::string hint = " (CloudFormation: \"map keys must be strings\"); quote it";
  check_error("? \n: 2\n", "t.yaml:1:2: a map key must be a string, and YAML 1.1 reads '' as null" + hint);
  check_error("a: 1\n: 2\n",
              "t.yaml:2:1: did not find expected key (while parsing a block mapping at line 1, column 1)");
  check_error("80: a\n", "t.yaml:1:1: a map key must be a string, and YAML 1.1 reads '80' as a number" + hint);
  check_error("a:\n  NO: Norway\n",
              "t.yaml:2:3: a map key must be a string, and YAML 1.1 reads 'NO' as the boolean false" + hint);
  check_error("~: d\n", "t.yaml:1:1: a map key must be a string, and YAML 1.1 reads '~' as null" + hint);
  check_error("0755: x\n", "t.yaml:1:1: a map key must be a string, and YAML 1.1 reads '0755' as a number" + hint);
  check_error("!!int '1': x\n", "t.yaml:1:1: a map key must be a string, and YAML 1.1 reads '1' as a number" + hint);
  // Quoted, tagged !!str and untyped plain keys are strings as written.
  const cfn::Map m =
      cfn::parse_document("'80': a\n\"true\": b\n!!str null: c\n1e3: d\n2010-09-09: e\n", "t.yaml").root.as_map();
  for (const char* k : {"80", "true", "null", "1e3", "2010-09-09"}) CHECK(m.contains(k));
}

TEST_CASE("text that is not UTF-8 or holds control characters is rejected with its line", "[parse][errors]") {
  check_error(std::string("a: b\nc: d\0e\n", 12),
              "t.yaml:2:5: a NUL byte is not allowed in a template (is this a binary file?)");
  check_error("a: b\nc: caf\xe9\n", "t.yaml:2:7: invalid UTF-8 (byte 0xE9); a template must be UTF-8 text");
  check_error("a: \xed\xa0\x80\n", "t.yaml:1:4: invalid UTF-8 (byte 0xED); a template must be UTF-8 text");
  check_error("a: b\x01\n",
              "t.yaml:1:5: the control character U+0001 is not allowed in a template (is this a binary file?)");
  check_error("a: \x7f\n",
              "t.yaml:1:4: the control character U+007F is not allowed in a template (is this a binary file?)");
  check_error("a: \xc2\x9b\n",
              "t.yaml:1:4: the control character U+009B is not allowed in a template (is this a binary file?)");
  check_error("a: \xef\xbf\xbe\n",
              "t.yaml:1:4: the character U+FFFE is not allowed in a template (is this a binary file?)");
  check_error(std::string("\xff\xfe"
                          "a\0:\0 \0b\0",
                          10),
              "t.yaml:1:1: the text is UTF-16 (little-endian); a template must be UTF-8");
  // UTF-32 is not UTF-16 though its little-endian BOM starts like one (issue 11 row 10); without a BOM too.
  check_error(std::string("\xff\xfe\0\0a\0\0\0:\0\0\0", 12),
              "t.yaml:1:1: the text is UTF-32 (little-endian); a template must be UTF-8");
  check_error(std::string("\0\0\xfe\xff\0\0\0a", 8),
              "t.yaml:1:1: the text is UTF-32 (big-endian); a template must be UTF-8");
  check_error(std::string("a\0\0\0:\0\0\0", 8),
              "t.yaml:1:1: the text is UTF-32 (little-endian); a template must be UTF-8");
  check_error(std::string("\0\0\0a\0\0\0:", 8),
              "t.yaml:1:1: the text is UTF-32 (big-endian); a template must be UTF-8");
  check_error(std::string("\xfe\xff\0a\0:", 6),
              "t.yaml:1:1: the text is UTF-16 (big-endian); a template must be UTF-8");
  check_error(std::string("a\0:\0 \0b\0", 8),
              "t.yaml:1:1: the text is UTF-16 (little-endian); a template must be UTF-8");
  check_error(std::string("\0a\0:", 4), "t.yaml:1:1: the text is UTF-16 (big-endian); a template must be UTF-8");
  check_error("{\"a\": \"\x01\"}",
              "t.yaml:1:8: the control character U+0001 is not allowed in a template (is this a binary file?)");
  // JSON strings may hold DEL and the C1 controls; YAML may hold NEL.
  CHECK(cfn::parse_document("{\"a\": \"\x7f\xc2\x9b\"}", "t.json").root.as_map().at("a") == cfn::Value("\x7f\xc2\x9b"));
  CHECK(cfn::parse_document("a: \"x\\Ny\"\n", "t.yaml").root.as_map().at("a") == cfn::Value("x\xc2\x85y"));
  // A raw NEL is a line break in YAML 1.1, folded to a space inside a quoted scalar.
  CHECK(cfn::parse_document("a: \"x\xc2\x85y\"\n", "t.yaml").root.as_map().at("a") == cfn::Value("x y"));
}

TEST_CASE("binary garbage is rejected cleanly", "[parse][errors]") {
  const std::string elf(
      "\x7f"
      "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0",
      20);
  CHECK(failure(elf).reason == "the control character U+007F is not allowed in a template (is this a binary file?)");
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  CHECK(failure(png).reason == "invalid UTF-8 (byte 0x89); a template must be UTF-8 text");
  std::string gzip("\x1f\x8b\x08\0", 4);
  CHECK(failure(gzip).reason == "the control character U+001F is not allowed in a template (is this a binary file?)");
  // Every byte value at the start of a line of otherwise valid YAML.
  for (int b = 0; b < 256; ++b) {
    std::string text = "a: 1\n";
    text += static_cast<char>(b);
    text += "b: 2\n";
    try {
      (void)cfn::parse_document(text, "t.yaml");
    } catch (const cfn::ParseError&) {
    }
  }
}

TEST_CASE("tabs as indentation: libyaml's message with the position and a hint", "[parse][errors]") {
  check_error("a:\n\tb: 1\n",
              "t.yaml:2:1: found character that cannot start any token (while scanning for the next token at line 2, "
              "column 1) (this line is indented with a tab; YAML allows only spaces)");
  check_error("a: b\n\tc: 1\n",
              "t.yaml:2:1: found a tab character that violates indentation (while scanning a plain scalar at line 1, "
              "column 4) (this line is indented with a tab; YAML allows only spaces)");
}

TEST_CASE("YAML syntax errors carry libyaml's message and position", "[parse][errors]") {
  check_error("a: [1, 2\n",
              "t.yaml:2:1: did not find expected ',' or ']' (while parsing a flow sequence at line 1, column 4)");
  check_error("a: b\n c: d\n", "t.yaml:2:3: mapping values are not allowed in this context");
  check_error("a: \"\\ud83d\"\n",
              "t.yaml:1:7: found invalid Unicode character escape code (while parsing a quoted scalar at line 1, "
              "column 4)");
  check_error("a: 'x",
              "t.yaml:1:6: found unexpected end of stream (while scanning a quoted scalar at line 1, column 4)");
  check_error("%YAML 2.0\n---\na: 1\n",
              "t.yaml:1:1: a %YAML directive for a version other than 1.1 or 1.2; CloudFormation reads YAML 1.1");
  // Columns count bytes, after a two-byte character too.
  check_error("\xc3\xa9\xc3\xa9: !Foo x\n",
              "t.yaml:1:7: unknown tag !Foo; CloudFormation knows only its functions' tags "
              "(!Ref, !GetAtt, !Sub, !If, ...)");
}

TEST_CASE("JSON syntax errors name what was expected after YAML is tried too", "[parse][errors]") {
  check_error("{\"a\": 1,, }", "t.yaml:1:9: expected a string key, found ','");
  check_error("{\"a\": [1, 2}", "t.yaml:1:12: expected ',' or ']', found '}'");
  check_error("{\"a\": \"x\\q\"}",
              "t.yaml:1:10: expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX), found 'q'");
  check_error("{\"a\": \"\\ud83d\"}", "t.yaml:1:10: a \\u escape is a high surrogate without a low one");
  check_error("{\"a\": \"\\ude00\"}", "t.yaml:1:10: a \\u escape is a low surrogate without a high one");
  check_error("{\"a\": 1} x", "t.yaml:1:10: unexpected text after the end of the JSON document");
  check_error("{\"a\": \"x", "t.yaml:1:9: unterminated JSON string");
  check_error("{\"a\":\n  \"x\n\", ]}",
              "t.yaml:2:5: unterminated JSON string (a line break inside a string must be written \\n)");
  // ...valid YAML though: a flow scalar may span lines.
  CHECK(cfn::parse_document("{\"a\":\n  \"x\n\"}", "t.json").root.as_map().at("a") == cfn::Value("x "));
  check_error("{\"a\": -, ]}", "t.yaml:1:7: expected a value, found '-'");
  check_error("{\"a\": 1., ]}", "t.yaml:1:9: expected a digit after the decimal point, found ','");
  check_error("{\"a\": 1e, ]}", "t.yaml:1:9: expected a digit in the exponent, found ','");
  check_error("{\"a\": tru, ]}", "t.yaml:1:7: expected a value, found 't'");
  // Each of those is JSON that YAML reads (`{"a": 1.}` is a float there): accepted as YAML.
  CHECK(cfn::parse_document("{\"a\": 1.}", "t.json").format == cfn::Format::Yaml);
  check_error("{", "t.yaml:1:2: unexpected end of the JSON document; expected a string key");
}

TEST_CASE("a parsed key too long for a YAML implicit key once quoted is an emit error", "[parse][errors]") {
  // tests/fuzz/parse_fuzzer found a key of 1000 bytes that escaping takes past 1024.
  const std::string key = "a\n" + std::string(600, '"');
  std::string text = "{\"a\\n";
  for (int i = 0; i < 600; ++i) text += "\\\"";
  text += "\": 1}";
  const cfn::Document doc = cfn::parse_document(text, "t.json");
  CHECK(doc.root.as_map().contains(key));
  CHECK_THROWS_WITH(cfn::to_yaml(doc.root), Catch::Contains("longer than 1024 characters"));
  CHECK(cfn::parse_document(cfn::to_json(doc.root), "t.json").root == doc.root);
}

TEST_CASE("nesting deeper than 256 levels is rejected", "[parse][errors]") {
  check_error("a: " + std::string(300, '[') + std::string(300, ']') + "\n",
              "t.yaml:1:259: maps and lists nested more than 256 levels deep");  // the root map is a level
  check_error("{\"a\": " + std::string(300, '[') + std::string(300, ']') + "}",
              "t.yaml:1:262: maps and lists nested more than 256 levels deep");
  std::string block;
  for (int i = 0; i < 300; ++i) block += std::string(static_cast<std::size_t>(i) * 2, ' ') + "k:\n";
  CHECK(failure(block).reason == "maps and lists nested more than 256 levels deep");
  // 255 levels below the root are fine.
  const std::string ok = "a: " + std::string(255, '[') + std::string(255, ']') + "\n";
  CHECK(cfn::parse_document(ok, "t.yaml").root.as_map().at("a").is_list());
}
