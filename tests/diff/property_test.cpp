// For random templates x: diff(x, parse(fmt(x))) is empty, in YAML and JSON,
// and diff(x, x) is empty; the diff never throws on odd shapes.
#include <catch2/catch.hpp>

#include "cfn/canonical.hpp"
#include "cfn/diff.hpp"
#include "cfn/emit.hpp"
#include "cfn/parse.hpp"
#include "support/random_value.hpp"

namespace {

// A random template: random sections, and a Resources map of random
// resources whose Type is sometimes a real one.
cfn::Value random_template(cfn::test::RandomValues& random, std::uint32_t seed) {
  cfn::Value doc = random.document(3);
  cfn::Map resources;
  static const char* const kTypes[] = {"AWS::EC2::Volume",         "AWS::EC2::Subnet", "AWS::DynamoDB::Table",
                                       "AWS::EC2::LaunchTemplate", "Custom::Thing",    "AWS::Nope::Nope"};
  for (std::uint32_t i = 0; i < seed % 4; ++i) {
    cfn::Map r;
    r.append({"Type", cfn::Value(kTypes[(seed + i) % 6]), {}});
    r.append({"Properties", random.document(3), {}});
    if (i % 2 == 0) r.append({"DeletionPolicy", cfn::Value("Delete"), {}});
    resources.append({"R" + std::to_string(i), cfn::Value(std::move(r)), {}});
  }
  doc.as_map().set("Resources", cfn::Value(std::move(resources)));
  return doc;
}

}  // namespace

TEST_CASE("property: a template and its formatted form have no difference", "[diff][property]") {
  for (std::uint32_t seed = 1; seed <= 300; ++seed) {
    cfn::test::RandomValues random(seed);
    const cfn::Value x = random_template(random, seed);
    CAPTURE(seed);
    CHECK(cfn::diff_templates(x, x).empty());
    for (const auto format : {cfn::Format::Yaml, cfn::Format::Json}) {
      const std::string text = cfn::emit(cfn::canonicalize(x), format);
      const cfn::Document again = cfn::parse_document(text, "formatted");
      const cfn::TemplateDiff d = cfn::diff_templates(x, again.root);
      INFO(text);
      CHECK(d.empty());
    }
  }
}

TEST_CASE("property: diffs of unrelated random templates never throw and are deterministic", "[diff][property]") {
  for (std::uint32_t seed = 1; seed <= 200; ++seed) {
    cfn::test::RandomValues random(seed);
    const cfn::Value a = random_template(random, seed);
    const cfn::Value b = random_template(random, seed * 7 + 1);
    CAPTURE(seed);
    const cfn::TemplateDiff d = cfn::diff_templates(a, b);
    for (const auto format : {cfn::DiffFormat::Text, cfn::DiffFormat::Markdown, cfn::DiffFormat::Json})
      CHECK(cfn::format_diff(d, format) == cfn::format_diff(cfn::diff_templates(a, b), format));
    // Swapping the sides swaps added and removed.
    const cfn::TemplateDiff back = cfn::diff_templates(b, a);
    CHECK(back.summary().added == d.summary().removed);
    CHECK(back.summary().removed == d.summary().added);
  }
}
