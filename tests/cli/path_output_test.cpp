// Regression: a key such as a.b"c is written the same way, and as valid
// JSON where JSON is promised, in every output that names a path: lint's
// text and JSON, the diff's text, markdown and JSON, emit errors and fmt's
// meaning check. (cfnpp lint --format json used to print it unescaped.)
#include <catch2/catch.hpp>
#include <fstream>

#include "cfn/diff.hpp"
#include "cfn/emit.hpp"
#include "cfn/lint.hpp"
#include "cfn/parse.hpp"
#include "cli/fmt.hpp"
#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace {

const std::string kKey = "a.b\"c";
const std::string kQuoted = R"(["a.b\"c"])";

std::string queue(int value) {
  return "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      'a.b\"c': " + std::to_string(value) +
         "\n";
}

/// A JSON document that is not a map, read through a wrapping map.
cfn::Value read_json(const std::string& json) {
  const cfn::Document doc = cfn::parse_document("{\"value\": " + json + "}", "output.json");
  REQUIRE(doc.format == cfn::Format::Json);
  return doc.root.as_map().at("value");
}

}  // namespace

TEST_CASE("a.b\"c: lint text and JSON name the path the same way", "[cli][path][regression]") {
  const cfn::test::TempDir dir;
  const auto file = dir / "t.yaml";
  std::ofstream(file) << queue(1);

  const auto json = cfn::test::run_cli({"lint", "--format", "json", file.string()});
  CHECK(json.code == 1);
  const cfn::Value findings = read_json(json.out);
  REQUIRE(findings.as_list().size() == 1);
  CHECK(findings.as_list()[0].as_map().at("code") == cfn::Value("E3002"));
  CHECK(findings.as_list()[0].as_map().at("path") == cfn::Value("Resources.Q.Properties" + kQuoted));

  // Built in code: no position, so the text names the path.
  const cfn::Value built = cfn::Map{
      {"Resources", cfn::Map{{"Q", cfn::Map{{"Type", "AWS::SQS::Queue"}, {"Properties", cfn::Map{{kKey, 1}}}}}}}};
  const auto built_findings = cfn::lint(built);
  REQUIRE(built_findings.size() == 1);
  CHECK(built_findings[0].path == cfn::Path{"Resources", "Q", "Properties", kKey});
  CHECK_THAT(cfn::format_finding(built_findings[0], "built"),
             Catch::StartsWith("built: error E3002: Resources.Q.Properties" + kQuoted + ": "));
}

TEST_CASE("a.b\"c: the diff's text, markdown and JSON name the path the same way", "[cli][path][regression]") {
  const cfn::TemplateDiff d =
      cfn::diff_templates(cfn::parse_document(queue(1), "old").root, cfn::parse_document(queue(2), "new").root);
  REQUIRE(d.resources.size() == 1);
  REQUIRE(d.resources[0].changes.size() == 1);
  CHECK(d.resources[0].changes[0].path == cfn::Path{"Properties", kKey});

  CHECK(cfn::format_diff(d, cfn::DiffFormat::Text).find("[~] Properties" + kQuoted + ":") != std::string::npos);
  CHECK(cfn::format_diff(d, cfn::DiffFormat::Markdown).find("`Properties" + kQuoted + "`") != std::string::npos);
  const cfn::Value json = read_json(cfn::format_diff(d, cfn::DiffFormat::Json));
  const cfn::Value& change = json.as_map().at("resources").as_list()[0].as_map().at("changes").as_list()[0];
  CHECK(change.as_map().at("path") == cfn::Value(cfn::List{"Properties", kKey}));
  CHECK(change.as_map().at("path_text") == cfn::Value("Properties" + kQuoted));
}

TEST_CASE("a.b\"c: emit errors and fmt's meaning check name the path the same way", "[cli][path][regression]") {
  const cfn::Value bad = cfn::Map{{kKey, cfn::List{std::string("\xff")}}};
  for (const auto format : {cfn::Format::Yaml, cfn::Format::Json}) {
    try {
      (void)cfn::emit(bad, format);
      FAIL("no error");
    } catch (const cfn::EmitError& e) {
      CHECK(e.path() == cfn::Path{kKey, 0});
      CHECK(std::string(e.what()) == kQuoted + "[0]: string is not valid UTF-8 (byte 0)");
    }
  }
  const cfn::Value original = cfn::Map{{kKey, 1}};
  CHECK(cfn::detail::cli::meaning_change(original, R"({"a.b\"c": 2})", cfn::Format::Json) ==
        std::optional<std::string>(kQuoted + ": 1 became 2"));
}
