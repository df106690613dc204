// The knowledge tables, and the tools that read them agreeing with each other.
#include "cfn/knowledge.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

#include "cfn/canonical.hpp"
#include "cfn/diff.hpp"
#include "cfn/lint.hpp"
#include "cfn/parse.hpp"

namespace knowledge = cfn::knowledge;

namespace {

std::vector<std::string> w3908(const std::string& yaml) {
  std::vector<std::string> out;
  for (const cfn::Finding& f : cfn::lint(cfn::parse_document(yaml, "t.yaml")))
    if (f.code == "W3908") out.push_back(cfn::to_string(f.path));
  return out;
}

/// What the diff says happens to R's data when R is removed.
std::optional<cfn::DataFate> removal(const std::string& resource) {
  const auto d = cfn::diff_templates(
      cfn::parse_document("Resources:\n  R:\n" + resource + "  K: {Type: AWS::SNS::Topic}\n", "old").root,
      cfn::parse_document("Resources:\n  K: {Type: AWS::SNS::Topic}\n", "new").root);
  REQUIRE(d.resources.size() == 1);
  if (!d.resources[0].data) return std::nullopt;
  return d.resources[0].data->fate;
}

}  // namespace

TEST_CASE("knowledge: sections in canonical order, each once", "[model][knowledge]") {
  std::vector<std::string_view> names;
  for (const auto& s : knowledge::sections()) names.push_back(s.name);
  CHECK(names == std::vector<std::string_view>{"AWSTemplateFormatVersion", "Description", "Metadata", "Transform",
                                               "Parameters", "Rules", "Mappings", "Conditions", "Resources", "Outputs",
                                               "Hooks", "Globals"});
  CHECK(knowledge::find_section("Globals")->sam_only);
  CHECK(knowledge::find_section("Metadata")->json_values);
  CHECK(knowledge::find_section("Nope") == nullptr);
  // canonicalize follows the table, Hooks included.
  const cfn::Value doc = cfn::canonicalize(cfn::Map{
      {"Hooks", cfn::Map{}}, {"Outputs", cfn::Map{}}, {"X", 1}, {"Resources", cfn::Map{}}, {"Transform", "T"}});
  std::vector<std::string> order;
  for (const cfn::Member& m : doc.as_map()) order.push_back(m.key);
  CHECK(order == std::vector<std::string>{"Transform", "Resources", "Outputs", "Hooks", "X"});
}

TEST_CASE("knowledge: resource attributes in canonical order with what changing them does", "[model][knowledge]") {
  std::vector<std::string_view> names;
  for (const auto& a : knowledge::resource_attributes()) names.push_back(a.name);
  CHECK(names == std::vector<std::string_view>{"Type", "Condition", "DependsOn", "Properties", "CreationPolicy",
                                               "UpdatePolicy", "DeletionPolicy", "UpdateReplacePolicy", "Metadata"});
  CHECK(knowledge::find_resource_attribute("Type")->change == knowledge::AttributeChange::Rejected);
  CHECK(knowledge::find_resource_attribute("DependsOn")->literal);
  CHECK_FALSE(knowledge::find_resource_attribute("Metadata")->literal);
}

TEST_CASE("knowledge: the stateful types are sorted and their protections spelled per type", "[model][knowledge]") {
  const auto types = knowledge::stateful_types();
  CHECK(std::is_sorted(types.begin(), types.end(), [](const auto& a, const auto& b) { return a.type < b.type; }));
  CHECK(knowledge::find_stateful_type("AWS::SNS::Topic") == nullptr);
  const auto& pool = *knowledge::find_stateful_type("AWS::Cognito::UserPool");
  const cfn::Value active = cfn::Map{{"DeletionProtection", "ACTIVE"}};
  const cfn::Value inactive = cfn::Map{{"DeletionProtection", "INACTIVE"}};
  const cfn::Value boolean = cfn::Map{{"DeletionProtection", true}};
  CHECK(knowledge::deletion_protected(pool, &active));
  CHECK_FALSE(knowledge::deletion_protected(pool, &inactive));
  CHECK_FALSE(knowledge::deletion_protected(pool, &boolean));  // not a value the pool takes
  const auto& ledger = *knowledge::find_stateful_type("AWS::QLDB::Ledger");
  const cfn::Value off = cfn::Map{{"DeletionProtection", false}};
  CHECK(knowledge::deletion_protected(ledger, nullptr));  // on by default
  CHECK_FALSE(knowledge::deletion_protected(ledger, &off));
  const cfn::Value member = cfn::Map{{"DBClusterIdentifier", "c"}};
  CHECK(knowledge::data_holder("AWS::RDS::DBInstance", &member) == nullptr);
  CHECK(knowledge::data_holder("AWS::RDS::DBInstance", nullptr) != nullptr);
}

// Regression: lint's W3908 knew 16 stateful types and the diff 24, with different spellings
// of "protected": a Cognito pool with DeletionProtection: ACTIVE was "deletes its data" for lint
// and "protected" for the diff, and removing an AWS::Timestream::Table was DATA LOSS in the diff
// and silent in lint. Both now read one table; for every type they agree.
TEST_CASE("knowledge: lint and diff agree on every stateful type", "[model][knowledge][regression]") {
  for (const knowledge::StatefulType& t : knowledge::stateful_types()) {
    INFO(t.type);
    const std::string plain = "    Type: " + std::string(t.type) + "\n";
    const std::vector<std::string> warned{"Resources.R"};
    const bool warns = t.durable && !t.deletes_only_when_empty && !t.protected_by_default;
    CHECK((w3908("Resources:\n  R:\n" + plain) == warned) == warns);
    CHECK(w3908("Resources:\n  R:\n" + plain + "    DeletionPolicy: Retain\n").empty());
    const auto fate = removal(plain);
    REQUIRE(fate);
    if (t.protected_by_default)
      CHECK(*fate == cfn::DataFate::Protected);
    else if (warns)
      CHECK((*fate == cfn::DataFate::Deleted || *fate == cfn::DataFate::Snapshot));
    if (!t.protection_property.empty()) {
      const std::string value = t.protection_on == "true" ? "true" : std::string(t.protection_on);
      const std::string protected_resource =
          plain + "    Properties:\n      " + std::string(t.protection_property) + ": " + value + "\n";
      CHECK(w3908("Resources:\n  R:\n" + protected_resource).empty());
      CHECK(removal(protected_resource) == cfn::DataFate::Protected);
    }
  }
  // The two cases of the report.
  CHECK(w3908("Resources:\n  R:\n    Type: AWS::Cognito::UserPool\n    Properties: {DeletionProtection: ACTIVE}\n")
            .empty());
  CHECK(w3908("Resources:\n  R:\n    Type: AWS::Timestream::Table\n") == std::vector<std::string>{"Resources.R"});
  CHECK(removal("    Type: AWS::Timestream::Table\n") == cfn::DataFate::Deleted);
}
