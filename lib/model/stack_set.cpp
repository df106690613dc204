#include "cfn/stack_set.hpp"

#include <optional>
#include <string>

#include "cfn/build.hpp"
#include "cfn/canonical.hpp"
#include "cfn/emit.hpp"
#include "cfn/limits.hpp"

namespace cfn {
namespace {

std::optional<std::string> string_of(const Map& m, std::string_view key) {
  const Value* v = m.find(key);
  return v != nullptr && v->is_string() ? std::optional<std::string>(v->as_string()) : std::nullopt;
}

std::optional<std::int64_t> int_of(const Map& m, std::string_view key) {
  const Value* v = m.find(key);
  return v != nullptr && v->is_int() ? std::optional<std::int64_t>(v->as_int()) : std::nullopt;
}

std::optional<double> number_of(const Map& m, std::string_view key) {
  const Value* v = m.find(key);
  return v != nullptr && (v->is_int() || v->is_double()) ? std::optional<double>(v->as_double()) : std::nullopt;
}

/// The builder's form of a parameter the stack declared.
Parameter parameter_of(const Map& m) {
  Parameter p;
  const std::string type = string_of(m, "Type").value_or("String");
  const std::optional<ParameterType> known = ParameterType::find(type);
  // check() refused an unknown type already (E2002).
  if (!known) throw Error("parameter Type '" + type + "' is not a CloudFormation parameter type");
  p.type = *known;
  p.description = string_of(m, "Description");
  if (const Value* d = m.find("Default")) p.default_value = *d;
  if (const Value* a = m.find("AllowedValues"); a != nullptr && a->is_list()) p.allowed_values = a->as_list();
  p.allowed_pattern = string_of(m, "AllowedPattern");
  p.constraint_description = string_of(m, "ConstraintDescription");
  p.min_length = int_of(m, "MinLength");
  p.max_length = int_of(m, "MaxLength");
  p.min_value = number_of(m, "MinValue");
  p.max_value = number_of(m, "MaxValue");
  if (const Value* n = m.find("NoEcho"))
    p.no_echo = n->is_bool() ? n->as_bool() : n->is_string() && n->as_string() == "true";
  return p;
}

bool list_type(std::string_view type) { return type.starts_with("List<") || type == "CommaDelimitedList"; }

}  // namespace

Template stack_set(const Template& stack) {
  throw_if_errors(check(stack));
  const std::string body = to_json(canonicalize(stack.to_value()), JsonLayout::Compact);

  Template t;
  t.description(
      "The stack as a StackSet: one stack instance per account of the target organizational units, in "
      "each target region (service-managed permissions, from the management or a delegated "
      "administrator account)");
  const auto units =
      t.add_parameter("OrganizationalUnitIds",
                      {.type = "CommaDelimitedList",
                       .description = "Organizational units (ou-...) or the root (r-...) whose accounts get the stack",
                       .allowed_pattern = "^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})$"});
  const auto regions = t.add_parameter(
      "Regions", {.type = "CommaDelimitedList", .description = "Regions to deploy to in each account, e.g. eu-west-1"});
  List passed;
  for (const Member& p : stack.parameters()) {
    if (!p.value.is_map()) continue;
    const Parameter definition = parameter_of(p.value.as_map());
    // Resolved where each stack instance runs (an AMI id differs per region).
    if (definition.type.name().starts_with("AWS::SSM::Parameter::")) continue;
    const bool list = list_type(definition.type.name());
    const ParameterRef ref = t.add_parameter(p.key, definition);
    passed.push_back(
        Map{{"ParameterKey", p.key}, {"ParameterValue", list ? Value(join(",", ref.ref())) : Value(ref.ref())}});
  }
  Map properties{
      {"StackSetName", pseudo::stack_name()},
      {"Description", "Made by cfn::stack_set"},
      {"PermissionModel", "SERVICE_MANAGED"},
      {"AutoDeployment", Map{{"Enabled", true}, {"RetainStacksOnAccountRemoval", false}}},
      {"Capabilities", List{"CAPABILITY_IAM", "CAPABILITY_NAMED_IAM"}},
      {"ManagedExecution", Map{{"Active", true}}},
      {"OperationPreferences",
       Map{{"FailureToleranceCount", 0}, {"MaxConcurrentPercentage", 25}, {"RegionConcurrencyType", "PARALLEL"}}},
      {"StackInstancesGroup",
       List{Map{{"DeploymentTargets", Map{{"OrganizationalUnitIds", units.ref()}}}, {"Regions", regions.ref()}}}},
  };
  if (!passed.empty()) properties.set("Parameters", std::move(passed));
  if (body.size() <= limits::kInlineBodyBytes) {
    properties.set("TemplateBody", body);
  } else {
    const auto url = t.add_parameter("TemplateURL",
                                     {.description = "S3 URL of the stack's template (" + std::to_string(body.size()) +
                                                     " bytes: more than a StackSet's TemplateBody holds)",
                                      .allowed_pattern = "^https://.+$"});
    properties.set("TemplateURL", url.ref());
  }
  const auto set = t.add_resource("StackSet", "AWS::CloudFormation::StackSet", std::move(properties));
  t.add_output("StackSetId", {.value = set.ref()});
  return t;
}

}  // namespace cfn
