// cfnpp diff for one deployment (--parameters, cfn::diff_deployment): which
// resources exist and which changes are real for it. The expectations follow
// from the CloudFormation rules (a resource whose condition is false is not
// created; Fn::If passes one branch; a parameter without a value takes its
// Default), worked out by hand for each template pair.
#include <catch2/catch.hpp>
#include <string>

#include "cfn/diff.hpp"
#include "cfn/file.hpp"
#include "support/diff_helpers.hpp"
#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

using cfn::ChangeKind;
using cfn::Impact;
using cfn::test::run_cli;

namespace {

/// A template whose prod deployment has an alarm topic and a longer queue timeout.
std::string stack(std::string_view env_default, std::string_view prod_timeout, std::string_view alarm_condition,
                  std::string_view size) {
  return "Parameters:\n"
         "  Env: {Type: String, Default: " +
         std::string(env_default) +
         "}\n"
         "Mappings:\n"
         "  Sizes: {prod: {Instance: m5.large}, dev: {Instance: t3.micro}}\n"
         "Conditions:\n"
         "  IsProd: !Equals [!Ref Env, prod]\n"
         "  IsDev: !Not [!Condition IsProd]\n"
         "Resources:\n"
         "  Queue:\n"
         "    Type: AWS::SQS::Queue\n"
         "    Properties:\n"
         "      VisibilityTimeout: !If [IsProd, " +
         std::string(prod_timeout) +
         ", 30]\n"
         "  Alarm:\n"
         "    Type: AWS::SNS::Topic\n"
         "    Condition: " +
         std::string(alarm_condition) +
         "\n"
         "  Instance:\n"
         "    Type: AWS::EC2::Instance\n"
         "    Properties:\n"
         "      ImageId: ami-0123456789abcdef0\n"
         "      InstanceType: " +
         std::string(size) + "\n";
}

const std::string kOldStack = stack("dev", "120", "IsProd", "!FindInMap [Sizes, !Ref Env, Instance]");

cfn::TemplateDiff for_env(const std::string& a, const std::string& b, std::string_view env) {
  cfn::DeploymentParameters p;
  if (!env.empty()) p.values.emplace_back("Env", env);
  return cfn::diff_deployment(cfn::parse_document(a, "old").root, cfn::parse_document(b, "new").root, p);
}

}  // namespace

TEST_CASE("diff for a deployment: only the changes its branch and conditions reach", "[diff][deployment]") {
  const std::string timeout = stack("dev", "300", "IsProd", "!FindInMap [Sizes, !Ref Env, Instance]");
  // For every deployment at once: the Fn::If branch changed.
  auto d = cfn::test::diff_text(kOldStack, timeout);
  REQUIRE(d.resources.size() == 1);
  CHECK(cfn::to_string(d.resources[0].changes.at(0).path) == "Properties.VisibilityTimeout.Fn::If[1]");
  CHECK_FALSE(d.deployment);
  // dev takes the other branch: nothing changes for it.
  d = for_env(kOldStack, timeout, "dev");
  CHECK(d.empty());
  REQUIRE(d.deployment);
  CHECK(cfn::format_diff(d, cfn::DiffFormat::Text) ==
        "No changes: OLD and NEW mean the same template for the deployment with Env=dev.\n");
  // prod: the timeout itself changes, 120 -> 300.
  d = for_env(kOldStack, timeout, "prod");
  REQUIRE(d.resources.size() == 1);
  const cfn::ValueChange& c = d.resources[0].changes.at(0);
  CHECK(cfn::to_string(c.path) == "Properties.VisibilityTimeout");
  CHECK(c.old_value == cfn::Value(120));
  CHECK(c.new_value == cfn::Value(300));
  CHECK(c.impact == Impact::Update);
}

TEST_CASE("diff for a deployment: which resources exist", "[diff][deployment]") {
  const std::string dev_alarm = stack("dev", "120", "IsDev", "!FindInMap [Sizes, !Ref Env, Instance]");
  // For every deployment: the Condition attribute changed, and what that does depends on the condition.
  auto d = cfn::test::diff_text(kOldStack, dev_alarm);
  REQUIRE(d.resources.size() == 1);
  CHECK(d.resources[0].changes.at(0).impact == Impact::Unknown);
  CHECK(d.resources[0].changes.at(0).reason ==
        "the resource exists only when its condition holds: it may be created or deleted");
  // dev: the alarm is created; prod: deleted.
  d = for_env(kOldStack, dev_alarm, "dev");
  REQUIRE(d.resources.size() == 1);
  CHECK(d.resources[0].logical_id == "Alarm");
  CHECK(d.resources[0].kind == ChangeKind::Added);
  d = for_env(kOldStack, dev_alarm, "prod");
  REQUIRE(d.resources.size() == 1);
  CHECK(d.resources[0].kind == ChangeKind::Removed);
  // The conditions, in the output too.
  const std::string text = cfn::format_diff(d, cfn::DiffFormat::Text);
  CHECK(text.find("\nFor the deployment with Env=prod\nConditions: IsProd true, IsDev false\n") != std::string::npos);
  CHECK(cfn::format_diff(d, cfn::DiffFormat::Markdown).find("- Conditions: IsProd true, IsDev false\n") !=
        std::string::npos);
  CHECK(cfn::format_diff(d, cfn::DiffFormat::Json)
            .find("\"deployment\": {\"parameters\": {\"Env\": \"prod\"}, \"conditions\": [{\"name\": \"IsProd\", "
                  "\"old\": \"true\", \"new\": \"true\"}, {\"name\": \"IsDev\", \"old\": \"false\", \"new\": "
                  "\"false\"}]}") != std::string::npos);
  CHECK(cfn::format_diff(cfn::test::diff_text(kOldStack, dev_alarm), cfn::DiffFormat::Json)
            .find("\"deployment\": null\n") != std::string::npos);
}

TEST_CASE("diff for a deployment: defaults, mappings and parameter values", "[diff][deployment]") {
  // The default moves to prod: without a value given, the stack becomes a prod one.
  const std::string prod_default = stack("prod", "120", "IsProd", "!FindInMap [Sizes, !Ref Env, Instance]");
  auto d = for_env(kOldStack, prod_default, "");
  REQUIRE(d.deployment);
  CHECK(d.deployment->conditions.at(0).old_value == cfn::Truth::False);
  CHECK(d.deployment->conditions.at(0).new_value == cfn::Truth::True);
  bool alarm_added = false;
  for (const cfn::ResourceChange& r : d.resources)
    alarm_added = alarm_added || (r.logical_id == "Alarm" && r.kind == ChangeKind::Added);
  CHECK(alarm_added);
  CHECK(cfn::format_diff(d, cfn::DiffFormat::Text).find("Conditions: IsProd false → true, IsDev true → false\n") !=
        std::string::npos);
  // Given a value, the default does not matter for the resources (the Parameters section still changed).
  d = for_env(kOldStack, prod_default, "dev");
  CHECK(d.resources.empty());
  // The mapping's entry for dev is t3.micro: writing it out is no change for dev, a change for prod.
  const std::string literal = stack("dev", "120", "IsProd", "t3.micro");
  CHECK(for_env(kOldStack, literal, "dev").empty());
  d = for_env(kOldStack, literal, "prod");
  REQUIRE(d.resources.size() == 1);
  CHECK(d.resources[0].changes.at(0).old_value == cfn::Value("m5.large"));
}

TEST_CASE("cfnpp diff --parameters: the forms aws cloudformation takes", "[diff][deployment][cli]") {
  const cfn::test::TempDir dir;
  const std::string a = (dir / "old.yaml").string();
  const std::string b = (dir / "new.yaml").string();
  cfn::write_file_atomically(a, kOldStack);
  cfn::write_file_atomically(b, stack("dev", "300", "IsProd", "!FindInMap [Sizes, !Ref Env, Instance]"));
  const auto file = [&](const std::string& name, const std::string& text) {
    cfn::write_file_atomically(dir / name, text);
    return (dir / name).string();
  };
  // prod: one change; dev: none (exit 0).
  for (const std::string& prod :
       {file("list.json", R"([{"ParameterKey": "Env", "ParameterValue": "prod"}])"),
        file("object.json", R"({"Parameters": {"Env": "prod"}})"), file("plain.json", R"({"Env": "prod"})"),
        file("list-in-object.json", R"({"Parameters": [{"ParameterKey": "Env", "ParameterValue": "prod"}]})"),
        file("params.yaml", "Env: prod\n"), "file://" + (dir / "plain.json").string(), std::string("Env=prod"),
        std::string("ParameterKey=Env,ParameterValue=prod")}) {
    INFO(prod);
    const auto r = run_cli({"diff", "--parameters", prod, a, b});
    CHECK(r.code == 1);
    CHECK(r.err.empty());
    CHECK(r.out.find("For the deployment with Env=prod\n") != std::string::npos);
    CHECK(r.out.find("[~] Properties.VisibilityTimeout: update\n") != std::string::npos);
  }
  auto r = run_cli({"diff", "--parameters", "Env=prod", "--parameters", "Env=dev", a, b});  // the later wins
  CHECK(r.code == 0);
  CHECK(r.out == "No changes: " + a + " and " + b + " mean the same template for the deployment with Env=dev.\n");
  // Values with commas stay whole (a list parameter's value).
  r = run_cli({"diff", "--parameters", "Env=a,b", a, b});
  CHECK(r.out.find(" for the deployment with Env=a,b.\n") != std::string::npos);
  CHECK(run_cli({"diff", "--help"}).out.find("--parameters") != std::string::npos);
}

TEST_CASE("cfnpp diff --parameters: bad input is FILE:LINE:COL, exit 2", "[diff][deployment][cli]") {
  const cfn::test::TempDir dir;
  const std::string a = (dir / "old.yaml").string();
  cfn::write_file_atomically(a, kOldStack);
  const auto run = [&](const std::string& name, const std::string& text) {
    cfn::write_file_atomically(dir / name, text);
    return run_cli({"diff", "--parameters", (dir / name).string(), a, a});
  };
  const std::string p = (dir / "p.json").string();
  auto r = run("p.json", "[{\"ParameterKey\": \"Env\",\n  \"ParameterValue\": \"prod\"\n");
  CHECK(r.code == 2);
  CHECK(r.err.starts_with("cfnpp: " + p + ":3:1: "));
  r = run("p.json", "[{\"ParameterKey\": \"Env\",\n  \"ParameterValue\": {\"a\": 1}}]");
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: " + p + ":2:21: the value of Env must be a string\n");
  r = run("p.json", "[{\"ParameterKey\": \"Env\", \"UsePreviousValue\": true}]");
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: " + p +
                     ":1:46: UsePreviousValue: cfnpp does not know the stack's previous value; give ParameterValue\n");
  r = run("p.json", "[\"Env=prod\"]");
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: " + p + ":1:2: each parameter is an object with ParameterKey and ParameterValue\n");
  r = run("p.json", "\"prod\"");
  CHECK(r.code == 2);
  CHECK(r.err.starts_with("cfnpp: " + p + ":1:1: parameters are a list of {ParameterKey, ParameterValue}"));
  r = run("p.json", "{\"Bad-Name\": 1}");
  CHECK(r.code == 2);
  CHECK(r.err.starts_with("cfnpp: " + p + ":1:2: a parameter key must be a parameter's name"));
  r = run_cli({"diff", "--parameters", (dir / "missing.json").string(), a, a});
  CHECK(r.code == 2);
  CHECK(r.err.starts_with("cfnpp: " + (dir / "missing.json").string() + ": "));
  r = run_cli({"diff", "--parameters", "Region=eu-west-1", a, a});  // not a parameter of either template
  CHECK(r.code == 2);
  CHECK(r.err.find("Region is not a parameter of") != std::string::npos);
  r = run_cli({"diff", "--parameters", "ParameterKey=Env", a, a});
  CHECK(r.code == 2);
  CHECK(r.out.empty());
}
