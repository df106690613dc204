#include "cfn/template.hpp"

#include <cmath>

#include "cfn/canonical.hpp"

namespace cfn {
namespace {

Value number(double d) {
  if (std::trunc(d) == d && std::fabs(d) < 9.0e15) return static_cast<std::int64_t>(d);
  return d;
}

}  // namespace

std::string_view to_string(DeletionPolicy policy) noexcept {
  switch (policy) {
    case DeletionPolicy::Delete:
      return "Delete";
    case DeletionPolicy::Retain:
      return "Retain";
    case DeletionPolicy::RetainExceptOnCreate:
      return "RetainExceptOnCreate";
    case DeletionPolicy::Snapshot:
      return "Snapshot";
  }
  return "Delete";
}

Fn if_(const ConditionRef& condition, Value if_true, Value if_false) {
  return if_(condition.name(), std::move(if_true), std::move(if_false));
}

Template& Template::description(std::string text) {
  description_ = std::move(text);  // E1003 judges its length
  return *this;
}

Template& Template::metadata(std::string_view key, Value value) {
  metadata_.set(key, std::move(value));
  return *this;
}

Template& Template::transform(std::string_view macro) {
  transforms_.emplace_back(macro);  // E1001 judges the names
  return *this;
}

Template& Template::omit_format_version() {
  format_version_ = false;
  return *this;
}

bool Template::claim_name(std::string_view name, const Map& section, std::string_view section_name,
                          std::string_view what) {
  // The name's syntax, and a parameter and a resource of one name, are lint's (E3011..., E3007).
  if (!section.contains(name)) return true;
  findings_.push_back(
      Finding{Severity::Error,
              "E0000",
              Path{section_name, name},
              {},
              std::string(what) + " '" + std::string(name) + "' is added twice; the first definition is kept"});
  return false;
}

ParameterRef Template::add_parameter(std::string_view name, Parameter p) {
  if (!claim_name(name, parameters_, "Parameters", "parameter")) return ParameterRef(std::string(name));
  Map m;
  m.set("Type", p.type.name());
  if (p.description) m.set("Description", *p.description);
  if (p.default_value) m.set("Default", *p.default_value);
  if (!p.allowed_values.empty()) m.set("AllowedValues", p.allowed_values);
  if (p.allowed_pattern) m.set("AllowedPattern", *p.allowed_pattern);
  if (p.constraint_description) m.set("ConstraintDescription", *p.constraint_description);
  if (p.min_length) m.set("MinLength", *p.min_length);
  if (p.max_length) m.set("MaxLength", *p.max_length);
  if (p.min_value) m.set("MinValue", number(*p.min_value));
  if (p.max_value) m.set("MaxValue", number(*p.max_value));
  if (p.no_echo) m.set("NoEcho", true);
  parameters_.set(name, std::move(m));
  return ParameterRef(std::string(name));
}

void Template::add_mapping(std::string_view name, Map mapping) {
  if (!claim_name(name, mappings_, "Mappings", "mapping")) return;
  mappings_.set(name, std::move(mapping));
}

ConditionRef Template::add_condition(std::string_view name, Value expression) {
  if (!claim_name(name, conditions_, "Conditions", "condition")) return ConditionRef(std::string(name));
  conditions_.set(name, std::move(expression));
  return ConditionRef(std::string(name));
}

void Template::add_rule(std::string_view name, Value rule) {
  if (!claim_name(name, rules_, "Rules", "rule")) return;
  rules_.set(name, std::move(rule));
}

ResourceRef Template::add_resource(std::string_view logical_id, std::string_view type, Map properties,
                                   ResourceOptions options) {
  if (!claim_name(logical_id, resources_, "Resources", "resource"))
    return ResourceRef(std::string(logical_id), std::string(type));
  Map r;
  r.set("Type", type);
  if (options.condition) r.set("Condition", options.condition->name());
  if (options.depends_on.size() == 1) r.set("DependsOn", options.depends_on.front().logical_id());
  if (options.depends_on.size() > 1) {
    List deps;
    for (const ResourceRef& d : options.depends_on) deps.emplace_back(d.logical_id());
    r.set("DependsOn", std::move(deps));
  }
  if (!properties.empty()) r.set("Properties", std::move(properties));
  if (options.creation_policy) r.set("CreationPolicy", std::move(*options.creation_policy));
  if (options.update_policy) r.set("UpdatePolicy", std::move(*options.update_policy));
  if (options.deletion_policy) r.set("DeletionPolicy", to_string(*options.deletion_policy));
  if (options.update_replace_policy)  // E3036 judges the value
    r.set("UpdateReplacePolicy", to_string(*options.update_replace_policy));
  if (options.metadata) r.set("Metadata", std::move(*options.metadata));
  resources_.set(logical_id, std::move(r));
  return ResourceRef(std::string(logical_id), std::string(type));
}

void Template::add_output(std::string_view name, Output o) {
  if (!claim_name(name, outputs_, "Outputs", "output")) return;
  Map m;
  if (o.description) m.set("Description", *o.description);
  m.set("Value", std::move(o.value));
  if (o.export_name) m.set("Export", Map{{"Name", std::move(*o.export_name)}});
  if (o.condition) m.set("Condition", o.condition->name());
  outputs_.set(name, std::move(m));
}

Value Template::to_value() const {
  Map doc;
  if (format_version_) doc.set("AWSTemplateFormatVersion", "2010-09-09");
  if (description_) doc.set("Description", *description_);
  if (!metadata_.empty()) doc.set("Metadata", metadata_);
  if (transforms_.size() == 1) doc.set("Transform", transforms_.front());
  if (transforms_.size() > 1) doc.set("Transform", transforms_);
  if (!parameters_.empty()) doc.set("Parameters", parameters_);
  if (!rules_.empty()) doc.set("Rules", rules_);
  if (!mappings_.empty()) doc.set("Mappings", mappings_);
  if (!conditions_.empty()) doc.set("Conditions", conditions_);
  doc.set("Resources", resources_);
  if (!outputs_.empty()) doc.set("Outputs", outputs_);
  return canonicalize(std::move(doc));
}

}  // namespace cfn
