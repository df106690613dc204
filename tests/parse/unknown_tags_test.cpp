// The two readings of a YAML tag that is not CloudFormation's: the default
// refuses the template (what fmt, diff, split, import and graph parse with);
// UnknownTags::ReadAsLongForm (what cfnpp lint parses with) lists the tag and
// reads `!Name x` as {"Fn::Name": x}, as CloudFormation's short-form rule
// spells every tag and as cfn-lint's reader does (cfn_yaml.multi_constructor:
// scalar, list or map argument, as written).
#include <catch2/catch.hpp>

#include "cfn/intrinsics.hpp"
#include "cfn/parse.hpp"
#include "support/check_same.hpp"
#include "support/first_difference.hpp"

using cfn::test::check_same;

namespace {

using cfn::List;
using cfn::Map;
using cfn::Mark;
using cfn::Value;

const cfn::ParseOptions kReadOn{.unknown_tags = cfn::UnknownTags::ReadAsLongForm};

const std::string kRainReason =
    "unknown tag !Rain::Embed: a rain directive, which `rain pkg` replaces before deploying; CloudFormation knows "
    "only its functions' tags";
const std::string kOtherTail = "; CloudFormation knows only its functions' tags (!Ref, !GetAtt, !Sub, !If, ...)";

cfn::Document read_on(const std::string& text) { return cfn::parse_document(text, "t.yaml", kReadOn); }

std::string refusal(const std::string& text, const cfn::ParseOptions& options = {}) {
  try {
    (void)cfn::parse_document(text, "t.yaml", options);
  } catch (const cfn::ParseError& e) {
    return e.what();
  }
  return "(parsed)";
}

}  // namespace

TEST_CASE("unknown tags: the default reading refuses each kind with FILE:LINE:COL and the reason", "[parse][tags]") {
  CHECK(refusal("a: !Rain::Embed f.txt\n") == "t.yaml:1:4: " + kRainReason);
  CHECK(refusal("a:\n  b: !Foo {c: 1}\n") == "t.yaml:2:6: unknown tag !Foo" + kOtherTail);
  CHECK(refusal("a: !Foo [1]\n") == "t.yaml:1:4: unknown tag !Foo" + kOtherTail);
  // Options left at their default are the default reading.
  CHECK(refusal("a: !Foo [1]\n", cfn::ParseOptions{}) == "t.yaml:1:4: unknown tag !Foo" + kOtherTail);
  CHECK(cfn::parse_document("a: !Sub x\n", "t.yaml").unknown_tags.empty());
}

TEST_CASE("unknown tags read on: a scalar is the one-key map of its text", "[parse][tags]") {
  const cfn::Document doc = read_on("Code:\n  ZipFile: !Rain::Embed handler.py\n");
  const Value& zip = doc.root.as_map().at("Code").as_map().at("ZipFile");
  check_same(zip, Map{{"Fn::Rain::Embed", "handler.py"}});
  CHECK(zip.mark() == Mark{2, 12});
  CHECK(zip.as_map().begin()->key_mark == Mark{2, 12});
  CHECK(zip.as_map().at("Fn::Rain::Embed").mark() == Mark{2, 12});
  REQUIRE(doc.unknown_tags.size() == 1);
  CHECK(doc.unknown_tags[0].tag == "!Rain::Embed");
  CHECK(doc.unknown_tags[0].mark == Mark{2, 12});
  CHECK(doc.unknown_tags[0].reason == kRainReason);
  // A tagged scalar is text, never resolved (cfn-lint: construct_scalar).
  check_same(read_on("a: !Foo 010\n").root.as_map().at("a"), Map{{"Fn::Foo", "010"}});
  check_same(read_on("a: !Foo\n").root.as_map().at("a"), Map{{"Fn::Foo", ""}});
}

TEST_CASE("unknown tags read on: a map and a list are the argument as written", "[parse][tags]") {
  const cfn::Document doc = read_on(
      "Resources:\n"                   // 1
      "  Network:\n"                   // 2
      "    Type: !Rain::Module\n"      // 3
      "      Source: vpc.yml\n"        // 4
      "      Ref: NotAFunctionHere\n"  // 5
      "  Other: !Foo [1, !Ref B]\n");  // 6
  const Map& resources = doc.root.as_map().at("Resources").as_map();
  const Value& type = resources.at("Network").as_map().at("Type");
  check_same(type, Map{{"Fn::Rain::Module", Map{{"Source", "vpc.yml"}, {"Ref", "NotAFunctionHere"}}}});
  CHECK(type.mark() == Mark{3, 11});
  CHECK(type.as_map().at("Fn::Rain::Module").as_map().at("Source").mark() == Mark{4, 15});
  const Value& other = resources.at("Other");
  check_same(other, Map{{"Fn::Foo", List{1, cfn::ref("B")}}});
  CHECK(other.mark() == Mark{6, 10});
  CHECK(other.as_map().at("Fn::Foo").as_list()[1].mark() == Mark{6, 19});
  REQUIRE(doc.unknown_tags.size() == 2);
  CHECK(doc.unknown_tags[0].tag == "!Rain::Module");
  CHECK(doc.unknown_tags[0].mark == Mark{3, 11});
  CHECK(doc.unknown_tags[1].tag == "!Foo");
  CHECK(doc.unknown_tags[1].mark == Mark{6, 10});
  CHECK(doc.unknown_tags[1].reason == "unknown tag !Foo" + kOtherTail);
}

TEST_CASE("unknown tags read on: nested in known functions, and known functions in them", "[parse][tags]") {
  check_same(read_on("a: !Sub [x, {v: !Bar y}]\n").root.as_map().at("a"),
             cfn::sub("x", Map{{"v", Value(Map{{"Fn::Bar", "y"}})}}));
  check_same(read_on("a: !Bar {Ref: X}\n").root.as_map().at("a"), Map{{"Fn::Bar", cfn::ref("X")}});
  // The short forms of known functions are unchanged by the mode.
  check_same(read_on("a: !GetAtt A.b.c\n").root.as_map().at("a"), cfn::get_att("A", "b.c"));
  CHECK(read_on("a: !GetAtt A.b.c\n").unknown_tags.empty());
}

TEST_CASE("unknown tags read on: what is not a `!Name` tag, and what else is wrong, is still refused",
          "[parse][tags]") {
  const std::string tail = kOtherTail;
  CHECK(refusal("a: !!python/none x\n", kReadOn) == "t.yaml:1:4: unknown tag !!python/none" + tail);
  CHECK(refusal("a: !<tag:example.com,2000:x> 1\n", kReadOn) ==
        "t.yaml:1:4: unknown tag !<tag:example.com,2000:x>" + tail);
  CHECK(refusal("a: !!binary eA==\n", kReadOn) == "t.yaml:1:4: the tag !!binary is not supported by CloudFormation");
  CHECK(refusal("a: !Foo &x 1\n", kReadOn) == "t.yaml:1:4: YAML anchors (&x) are not supported by CloudFormation");
  CHECK(refusal("!Foo a: b\n", kReadOn) == "t.yaml:1:1: a map key must be a string, not a map");
}

TEST_CASE("unknown tags read on: a tagged root is a map, whose key the section rules judge", "[parse][tags]") {
  check_same(read_on("!Foo x\n").root, Map{{"Fn::Foo", "x"}});
  CHECK(refusal("!Foo x\n") == "t.yaml:1:1: unknown tag !Foo" + kOtherTail);
}
