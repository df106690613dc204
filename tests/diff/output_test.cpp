// The three output formats: golden files for the rich pair (text without
// color, markdown, json), colors, and the no-change output.
// The golden files are rewritten only by the target update-snapshots
// (tests/diff/update_golden.cpp), never by this test.
#include <catch2/catch.hpp>

#include "support/diff_golden.hpp"

namespace {

std::string golden_output(const std::string& name) {
  for (auto& [file, text] : cfn::test::diff_golden_outputs())
    if (file == name) return text;
  FAIL("no golden output " << name);
  return {};
}

void check_golden(const std::string& name, const std::string& actual) {
  CHECK(actual == cfn::read_file(cfn::test::kDiffGoldenDir + name));
  CHECK(actual == golden_output(name));  // the updater writes what the test compares
}

cfn::DiffOutputOptions names() {
  cfn::DiffOutputOptions o;
  o.old_name = "rich_old.yaml";
  o.new_name = "rich_new.yaml";
  return o;
}

}  // namespace

TEST_CASE("output: the rich pair as text matches its golden file", "[diff][output][golden]") {
  check_golden("rich.txt", cfn::format_diff(cfn::test::diff_pair("rich_old.yaml", "rich_new.yaml"),
                                            cfn::DiffFormat::Text, names()));
}

TEST_CASE("output: the rich pair as markdown matches its golden file", "[diff][output][golden]") {
  check_golden("rich.md", cfn::format_diff(cfn::test::diff_pair("rich_old.yaml", "rich_new.yaml"),
                                           cfn::DiffFormat::Markdown, names()));
}

TEST_CASE("output: the rich pair as json matches its golden file", "[diff][output][golden]") {
  const std::string json =
      cfn::format_diff(cfn::test::diff_pair("rich_old.yaml", "rich_new.yaml"), cfn::DiffFormat::Json, names());
  check_golden("rich.json", json);
  // It is JSON (the parser reads it as such) with the documented top-level keys.
  const cfn::Document doc = cfn::parse_document(json, "rich.json");
  CHECK(doc.format == cfn::Format::Json);
  for (const char* key : {"schema", "old", "new", "changed", "summary", "resources", "entries"})
    CHECK(doc.root.find(key) != nullptr);
  CHECK(doc.root.as_map().at("schema") == cfn::Value("cfnpp-diff/1"));
}

TEST_CASE("output: the same diff gives the same bytes", "[diff][output]") {
  for (const auto format : {cfn::DiffFormat::Text, cfn::DiffFormat::Markdown, cfn::DiffFormat::Json}) {
    const std::string a = cfn::format_diff(cfn::test::diff_pair("rich_old.yaml", "rich_new.yaml"), format);
    const std::string b = cfn::format_diff(cfn::test::diff_pair("rich_old.yaml", "rich_new.yaml"), format);
    CHECK(a == b);
  }
}

TEST_CASE("output: colors only when asked, replacements in bold red", "[diff][output]") {
  const auto d = cfn::test::diff_pair("subnet_cidr_old.yaml", "subnet_cidr_new.yaml");
  cfn::DiffOutputOptions options;
  const std::string plain = cfn::format_diff(d, cfn::DiffFormat::Text, options);
  CHECK(plain.find('\x1b') == std::string::npos);
  options.color = true;
  const std::string colored = cfn::format_diff(d, cfn::DiffFormat::Text, options);
  CHECK(colored.find("\x1b[1;31mREPLACE\x1b[0m") != std::string::npos);
  CHECK(colored.find("\x1b[31m- 10.0.0.0/24\x1b[0m") != std::string::npos);
  CHECK(colored.find("\x1b[32m+ 10.0.1.0/24\x1b[0m") != std::string::npos);
  // Markdown and JSON never carry escape codes.
  CHECK(cfn::format_diff(d, cfn::DiffFormat::Markdown, options).find('\x1b') == std::string::npos);
  CHECK(cfn::format_diff(d, cfn::DiffFormat::Json, options).find('\x1b') == std::string::npos);
}

TEST_CASE("output: no change says so", "[diff][output]") {
  const auto d = cfn::test::diff_pair("reorder_old.yaml", "reorder_new.json");
  REQUIRE(d.empty());
  cfn::DiffOutputOptions o;
  o.old_name = "a.yaml";
  o.new_name = "b.json";
  CHECK(cfn::format_diff(d, cfn::DiffFormat::Text, o) == "No changes: a.yaml and b.json mean the same template.\n");
  CHECK(cfn::format_diff(d, cfn::DiffFormat::Json, o) ==
        "{\n  \"schema\": \"cfnpp-diff/1\",\n  \"old\": \"a.yaml\",\n  \"new\": \"b.json\",\n  \"changed\": false,\n"
        "  \"summary\": {\"added\": 0, \"removed\": 0, \"modified\": 0, \"spread\": 0, \"replace\": 0, "
        "\"may_replace\": 0, "
        "\"rejected\": 0, \"unknown\": 0, \"update\": 0, \"data_loss\": 0, \"entries\": 0},\n"
        "  \"resources\": [],\n  \"entries\": [],\n  \"deployment\": null\n}\n");
}

TEST_CASE("output: paths quote keys that are not plain names", "[diff][output]") {
  CHECK(cfn::to_string(cfn::Path{"Properties", "Tags", 0, "Value"}) == "Properties.Tags[0].Value");
  CHECK(cfn::to_string(cfn::Path{"Metadata", "a.b", ""}) == "Metadata[\"a.b\"][\"\"]");
  CHECK(cfn::to_string(cfn::Path{}).empty());
}

// Regression: the diff printed {"Fn::GetAtt": ["A.b", "c"]} as `!GetAtt A.b.c`, which CloudFormation
// (and cfnpp) read as the attribute "b.c" of resource A. Each value shown must read back as itself.
TEST_CASE("output: a GetAtt whose resource part holds a dot is shown as a list", "[diff][output][regression]") {
  const auto d = cfn::test::diff_text(cfn::test::one_resource("AWS::SQS::Queue", "      QueueName: !GetAtt [A.b, c]\n"),
                                      cfn::test::one_resource("AWS::SQS::Queue", "      QueueName: !GetAtt A.b.c\n"));
  const std::string text = cfn::format_diff(d, cfn::DiffFormat::Text);
  INFO(text);
  CHECK(text.find("- !GetAtt [A.b, c]\n") != std::string::npos);
  CHECK(text.find("+ !GetAtt A.b.c\n") != std::string::npos);
  for (const auto& [marker, expected] :
       {std::pair{std::string("- "), cfn::List{"A.b", "c"}}, std::pair{std::string("+ "), cfn::List{"A", "b.c"}}}) {
    const std::size_t at = text.find(marker + "!GetAtt");
    REQUIRE(at != std::string::npos);
    const std::string shown = text.substr(at + 2, text.find('\n', at) - at - 2);
    const cfn::Value read = cfn::parse_document("v: " + shown + "\n", "shown").root.as_map().at("v");
    CHECK(read == cfn::Value(cfn::Fn(cfn::FnKind::GetAtt, expected)));
  }
}
