#include "cfn/path.hpp"

#include <catch2/catch.hpp>

#include "cfn/parse.hpp"

using cfn::Path;

TEST_CASE("a path pushes and pops steps and compares step by step", "[model][path]") {
  Path p{"Resources", "Vol"};
  p.push("Properties").push(0);
  REQUIRE(p.size() == 4);
  CHECK(p[2].key() == "Properties");
  CHECK(p.back().is_index());
  CHECK(p.back().index() == 0);
  p.pop();
  CHECK(p == Path{"Resources", "Vol", "Properties"});
  CHECK(p / "Tags" / 3 == Path{"Resources", "Vol", "Properties", "Tags", 3});
  CHECK(p != Path{"Resources", "Vol", 0});
  CHECK((p / "X").starts_with(p));
  CHECK_FALSE(p.starts_with(p / "X"));
  {
    const Path::Scope scope(p, "Inner");
    CHECK(p.back().key() == "Inner");
  }
  CHECK(p.back().key() == "Properties");
  const Path copy = p;
  p.pop();
  CHECK(copy.back().key() == "Properties");  // copies own their keys
}

TEST_CASE("to_string writes plain keys dotted and the others quoted as JSON", "[model][path]") {
  CHECK(cfn::to_string(Path{}).empty());
  CHECK(cfn::to_string(Path{"Resources", "Vol", "Properties", "Tags", 0, "Value"}) ==
        "Resources.Vol.Properties.Tags[0].Value");
  CHECK(cfn::to_string(Path{"Properties", "UserData", "Fn::Base64", "Fn::Sub"}) ==
        "Properties.UserData.Fn::Base64.Fn::Sub");
  CHECK(cfn::to_string(Path{"Metadata", "a.b", ""}) == R"(Metadata["a.b"][""])");
  CHECK(cfn::to_string(Path{"R", "a b", "x[1]", "q\"", "back\\slash", "tab\t", "nl\n"}) ==
        R"(R["a b"]["x[1]"]["q\""]["back\\slash"]["tab\t"]["nl\n"])");
  CHECK(cfn::to_string(Path{0, "k"}) == "[0].k");
}

// Each bracketed key is a JSON string that reads back as the key (here through cfnpp's JSON reader).
TEST_CASE("a quoted key in a path is valid JSON that reads back as the key", "[model][path][regression]") {
  for (const std::string key : {"a.b\"c", "x\\y", "\x01\x1f", "[", "]", " "}) {
    INFO(key);
    const std::string text = cfn::to_string(Path{key});
    REQUIRE(text.size() >= 4);
    REQUIRE(text.front() == '[');
    REQUIRE(text.back() == ']');
    const cfn::Document doc = cfn::parse_document("{\"k\": " + text.substr(1, text.size() - 2) + "}", "path.json");
    CHECK(doc.format == cfn::Format::Json);
    CHECK(doc.root.as_map().at("k") == cfn::Value(key));
  }
}

TEST_CASE("to_value gives the steps as strings and integers", "[model][path]") {
  CHECK(cfn::to_value(Path{"Tags", 2, "a.b\"c"}) == cfn::Value(cfn::List{"Tags", 2, "a.b\"c"}));
  CHECK(cfn::to_value(Path{}) == cfn::Value(cfn::List{}));
}
