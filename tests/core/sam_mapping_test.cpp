// The SAM mapping (cfn/sam_mapping.hpp) against its two sources: the AWS SAM
// developer guide's "CloudFormation compatibility" lines
// (../shared/schemas/sam-docs.json) and the resource specification. Each row
// must be what the guide says, name a property the specification has, and
// every property the guide passes on (on the pages the table covers) must
// have its row.
#include "cfn/sam_mapping.hpp"

#include <catch2/catch.hpp>
#include <cctype>
#include <filesystem>
#include <set>
#include <string>
#include <tuple>

#include "cfn/parse.hpp"
#include "cfn/schema.hpp"

namespace knowledge = cfn::knowledge;

namespace {

const cfn::Value& guide() {
  static const cfn::Document doc =
      cfn::parse_file(std::filesystem::path(CFNPP_SHARED_DIR) / "schemas" / "sam-docs.json");
  return *doc.root.find("properties");
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

/// The guide's page of a row: sam-resource-function, sam-property-function-sqs.
std::string page_of(std::string_view sam_type, std::string_view event) {
  const std::string_view name = sam_type.substr(sam_type.rfind(':') + 1);
  return event.empty() ? "sam-resource-" + lower(name) : "sam-property-" + lower(name) + "-" + lower(event);
}

/// The CloudFormation reference page of a type: AWS::IAM::Role -> "aws-resource-iam-role.html".
std::string type_page(std::string_view type) {
  std::string name(type.substr(5));  // after "AWS::"
  for (std::size_t at = name.find("::"); at != std::string::npos; at = name.find("::")) name.replace(at, 2, "-");
  return "aws-resource-" + lower(name) + ".html";
}

/// The guide's "CloudFormation compatibility" sentence of a property, without
/// its Markdown escapes; "" when the guide has none.
std::string compatibility(const cfn::Value& text) {
  std::string s;
  for (char c : text.as_string())
    if (c != '\\') s += c;
  const std::size_t at = s.find("CloudFormation compatibility*: ");
  return at == std::string::npos ? std::string() : s.substr(at + 31);
}

bool passes_on(const std::string& sentence) {
  return sentence.find("passed directly to") != std::string::npos || sentence.find("similar to") != std::string::npos ||
         sentence.find("SAM flattens") != std::string::npos;
}

// Rows whose CloudFormation property is not the one the guide's sentence
// names, with why (lib/core/sam_mapping.cpp says the same): the target of a
// rule or schedule holds them, or the bucket's notifications do.
const std::set<std::tuple<std::string_view, std::string_view>> kRelocated{
    {"CloudWatchEvent", "Input"},
    {"CloudWatchEvent", "InputPath"},
    {"EventBridgeRule", "Input"},
    {"EventBridgeRule", "InputPath"},
    {"EventBridgeRule", "InputTransformer"},
    {"EventBridgeRule", "RetryPolicy"},
    {"EventBridgeRule", "DeadLetterConfig"},
    {"Schedule", "Input"},
    {"Schedule", "RetryPolicy"},
    {"Schedule", "DeadLetterConfig"},
    {"ScheduleV2", "Input"},
    {"ScheduleV2", "RetryPolicy"},
    {"ScheduleV2", "DeadLetterConfig"},
    {"ScheduleV2", "RoleArn"},
    {"S3", "Events"},
    {"S3", "Filter"},
    // the guide names the structure AmazonManagedKafkaConfiguration / SelfManagedKafkaConfiguration
    {"MSK", "ConsumerGroupId"},
    {"SelfManagedKafka", "ConsumerGroupId"}};

}  // namespace

TEST_CASE("SAM mapping: every row is what the SAM developer guide says", "[core][sam][corpus]") {
  for (const knowledge::SamProperty& row : knowledge::sam_properties()) {
    INFO(row.sam_type << " " << row.event << " " << row.property);
    const cfn::Value* page = guide().find(page_of(row.sam_type, row.event));
    REQUIRE(page != nullptr);
    const cfn::Value* text = page->find(row.property);
    REQUIRE(text != nullptr);
    const std::string sentence = compatibility(*text);
    CHECK(passes_on(sentence));
    // The guide names the generated type, "an `AWS::Lambda::Function` resource" (or "... Target`"), or
    // links to its page (Function Policies: "an `AWS::https://...`", the link to aws-resource-iam-role).
    CHECK((sentence.find("`" + std::string(row.generated_type)) != std::string::npos ||
           sentence.find(type_page(row.generated_type)) != std::string::npos));
    const bool relocated = kRelocated.count({row.event, row.property}) != 0;
    // ... and the property: the last step of the path, or (nested in the guide's sense) the first.
    const std::string_view path = row.generated_path;
    const std::string last(path.substr(path.rfind('.') == std::string_view::npos ? 0 : path.rfind('.') + 1));
    const std::string first(path.substr(0, path.find('.')));
    if (!relocated)
      CHECK((sentence.find("`" + last + "`") != std::string::npos ||
             sentence.find("[" + last + "]") != std::string::npos ||
             sentence.find("[ " + last + "]") != std::string::npos ||
             sentence.find("-" + lower(last) + ")") != std::string::npos ||
             sentence.find("-" + lower(last) + ".html") != std::string::npos ||
             sentence.find("`" + first + "`") != std::string::npos));
    // "passed directly" is Directly, unless the value moves into a structure SAM builds.
    // (The first verb counts: "similar to the X property ... It is passed directly to an extension".)
    const bool directly = sentence.find("passed directly to") < sentence.find("similar to");
    if (!relocated && path.find('.') == std::string_view::npos)
      CHECK((row.passing == knowledge::SamPassing::Directly) == directly);
    if (!directly) CHECK(row.passing == knowledge::SamPassing::Reshaped);
  }
}

TEST_CASE("SAM mapping: every row names a property of the specification", "[core][sam]") {
  for (const knowledge::SamProperty& row : knowledge::sam_properties()) {
    INFO(row.sam_type << " " << row.event << " " << row.property << " -> " << row.generated_type << " "
                      << row.generated_path);
    cfn::schema::Cursor at = cfn::schema::Cursor::properties_of(row.generated_type);
    REQUIRE(at.at() == cfn::schema::Cursor::At::Properties);
    std::string_view path = row.generated_path;
    while (!path.empty()) {
      const std::size_t dot = path.find('.');
      at = at.key(path.substr(0, dot));
      CHECK_FALSE(at.unknown_property());
      REQUIRE(at.at() == cfn::schema::Cursor::At::Value);
      path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
      if (!path.empty()) at = at.resolve(cfn::Value(cfn::Map()));
    }
    CHECK(knowledge::find_sam_property(row.sam_type, row.event, row.property) == &row);
  }
}

TEST_CASE("SAM mapping: every property the guide passes on has its row", "[core][sam][corpus]") {
  std::size_t rows = 0;
  for (const knowledge::SamProperty& row : knowledge::sam_properties())
    if (row.event.empty()) ++rows;
  // The pages the table covers: every SAM resource type, every event of a function.
  std::set<std::tuple<std::string, std::string>> pages;
  for (const knowledge::SamProperty& row : knowledge::sam_properties())
    pages.insert({std::string(row.sam_type), std::string(row.event)});
  std::size_t checked = 0;
  for (const auto& [sam_type, event] : pages) {
    const cfn::Value& page = *guide().find(page_of(sam_type, event));
    for (const cfn::Member& m : page.as_map()) {
      const std::string sentence = compatibility(m.value);
      // A property of an AWS:: resource; not a whole resource ("passed directly to the [AWS::AppSync::ApiCache]").
      if (!passes_on(sentence) || sentence.find("property of") == std::string::npos) continue;
      if (event == "S3" && m.key == "Bucket") continue;  // names the bucket SAM configures
      INFO(sam_type << " " << event << " " << m.key << ": " << sentence);
      CHECK(knowledge::find_sam_property(sam_type, event, m.key) != nullptr);
      ++checked;
    }
  }
  CHECK(checked + 1 >= knowledge::sam_properties().size());  // S3 Bucket aside, every row checked from both sides
  CHECK(rows > 100);
}
