// cfn::stack_set: the Autoheal stack wrapped in a service-managed StackSet.
#include "cfn/stack_set.hpp"

#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "cfn/build.hpp"
#include "cfn/canonical.hpp"
#include "cfn/parse.hpp"
#include "cfn/patterns/autoheal.hpp"

using cfn::Value;

TEST_CASE("stack_set: the stack goes to the target OUs and regions with its parameters", "[patterns][stack_set]") {
  const cfn::Template stack = cfn::patterns::autoheal();
  const cfn::Template wrapper = cfn::stack_set(stack);
  const std::vector<cfn::Finding> findings = cfn::check(wrapper);
  for (const cfn::Finding& f : findings) CHECK(f.severity != cfn::Severity::Error);

  const Value document = wrapper.to_value();
  const cfn::Map& parameters = document.as_map().at("Parameters").as_map();
  CHECK(parameters.at("OrganizationalUnitIds").as_map().at("Type") == Value("CommaDelimitedList"));
  CHECK(parameters.at("Regions").as_map().at("Type") == Value("CommaDelimitedList"));
  const cfn::Map& set = document.as_map().at("Resources").as_map().at("StackSet").as_map();
  CHECK(set.at("Type") == Value("AWS::CloudFormation::StackSet"));
  const cfn::Map& properties = set.at("Properties").as_map();
  CHECK(properties.at("PermissionModel") == Value("SERVICE_MANAGED"));

  // Every parameter of the stack is passed, but the SSM ones each region resolves.
  std::set<std::string> passed;
  for (const Value& p : properties.at("Parameters").as_list()) passed.insert(p.as_map().at("ParameterKey").as_string());
  for (const cfn::Member& p : stack.parameters()) {
    CAPTURE(p.key);
    const bool ssm = p.value.as_map().at("Type").as_string().starts_with("AWS::SSM::Parameter::");
    CHECK(passed.contains(p.key) == !ssm);
    CHECK(parameters.contains(p.key) == !ssm);
  }
  CHECK(passed.size() + 1 == stack.parameters().size());  // LatestAmiId stays with the stack

  // The stack itself: inline when it fits the TemplateBody, else from a URL.
  if (const Value* body = properties.find("TemplateBody")) {
    CHECK(cfn::parse_document(body->as_string(), "body.json").root == cfn::canonicalize(stack.to_value()));
  } else {
    CHECK(properties.contains("TemplateURL"));
    CHECK(parameters.contains("TemplateURL"));
  }
}
