// Random values survive emit -> parse, in YAML and in JSON.
#include <catch2/catch.hpp>

#include "cfn/emit.hpp"
#include "cfn/parse.hpp"
#include "support/first_difference.hpp"
#include "support/random_value.hpp"

namespace {

void check_round_trip(const cfn::Value& value, cfn::Format format) {
  const std::string text = cfn::emit(value, format);
  INFO((format == cfn::Format::Json ? "JSON" : "YAML") << ":\n" << text);
  cfn::Document doc;
  try {
    doc = cfn::parse_document(text, "emitted");
  } catch (const cfn::ParseError& e) {
    FAIL(e.what());
  }
  const auto d = cfn::test::first_difference(value, doc.root);
  INFO((d ? *d : std::string("equal")));
  CHECK(doc.root == value);
  CHECK(doc.format == (text == "{}\n" ? cfn::Format::Json : format));  // an empty map is JSON too
  CHECK(doc.duplicate_keys.empty());
  CHECK_FALSE(doc.has_comments);
  CHECK(cfn::emit(doc.root, format) == text);
}

}  // namespace

TEST_CASE("property: random values round-trip through YAML", "[parse][property]") {
  cfn::test::RandomValues random(20261121);
  for (int n = 0; n < 1500; ++n) check_round_trip(random.document(), cfn::Format::Yaml);
}

TEST_CASE("property: random values round-trip through JSON", "[parse][property]") {
  cfn::test::RandomValues random(11212026);
  for (int n = 0; n < 1500; ++n) check_round_trip(random.document(), cfn::Format::Json);
}

TEST_CASE("property: every tricky string as a key and a value and a function argument", "[parse][property]") {
  for (const std::string& s : cfn::test::tricky_strings()) {
    cfn::Map m;
    m.append(cfn::Member{"value", s, {}});
    m.append(cfn::Member{"list", cfn::List{s, s}, {}});
    m.append(cfn::Member{"sub", cfn::Fn(cfn::FnKind::Sub, s), {}});
    m.append(cfn::Member{"getatt", cfn::Fn(cfn::FnKind::GetAtt, s), {}});
    if (!cfn::fn_from_name(s) && s != "value") m.append(cfn::Member{s, 1, {}});
    check_round_trip(cfn::Value(m), cfn::Format::Yaml);
    check_round_trip(cfn::Value(m), cfn::Format::Json);
  }
}
