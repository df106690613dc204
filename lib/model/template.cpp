#include "cfn/template.hpp"

#include <cmath>

#include "cfn/canonical.hpp"
#include "cfn/limits.hpp"

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
  if (text.size() > limits::kDescriptionBytes)
    throw Error("template description is " + std::to_string(text.size()) + " bytes; the limit is " +
                std::to_string(limits::kDescriptionBytes));
  description_ = std::move(text);
  return *this;
}

Template& Template::metadata(std::string_view key, Value value) {
  metadata_.set(key, std::move(value));
  return *this;
}

Template& Template::transform(std::string_view macro) {
  if (macro.empty()) throw Error("transform macro name must not be empty");
  transforms_.emplace_back(macro);
  return *this;
}

void Template::claim_name(std::string_view name, const Map& section, std::string_view what) const {
  check_logical_id(name, what);
  if (section.contains(name)) throw Error(std::string(what) + " '" + std::string(name) + "' is defined twice");
  // Parameters and resources share one namespace: Ref and ${} cannot tell them apart.
  if (&section == &parameters_ || &section == &resources_) {
    if (parameters_.contains(name) || resources_.contains(name))
      throw Error(std::string(what) + " '" + std::string(name) + "' clashes with a parameter or resource of that name");
  }
}

ParameterRef Template::add_parameter(std::string_view name, Parameter p) {
  claim_name(name, parameters_, "parameter");
  if (p.type.empty()) throw Error("parameter '" + std::string(name) + "' needs a type");
  Map m;
  m.set("Type", p.type);
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
  claim_name(name, mappings_, "mapping");
  mappings_.set(name, std::move(mapping));
}

ConditionRef Template::add_condition(std::string_view name, Value expression) {
  claim_name(name, conditions_, "condition");
  conditions_.set(name, std::move(expression));
  return ConditionRef(std::string(name));
}

void Template::add_rule(std::string_view name, Value rule) {
  claim_name(name, rules_, "rule");
  rules_.set(name, std::move(rule));
}

ResourceRef Template::add_resource(std::string_view logical_id, std::string_view type, Map properties,
                                   ResourceOptions options) {
  claim_name(logical_id, resources_, "resource");
  if (type.empty()) throw Error("resource '" + std::string(logical_id) + "' needs a type");
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
  if (options.update_replace_policy) {
    if (*options.update_replace_policy == DeletionPolicy::RetainExceptOnCreate)
      throw Error("resource '" + std::string(logical_id) +
                  "': UpdateReplacePolicy cannot be RetainExceptOnCreate (only DeletionPolicy can)");
    r.set("UpdateReplacePolicy", to_string(*options.update_replace_policy));
  }
  if (options.metadata) r.set("Metadata", std::move(*options.metadata));
  resources_.set(logical_id, std::move(r));
  return ResourceRef(std::string(logical_id), std::string(type));
}

void Template::add_output(std::string_view name, Output o) {
  claim_name(name, outputs_, "output");
  Map m;
  if (o.description) m.set("Description", *o.description);
  m.set("Value", std::move(o.value));
  if (o.export_name) m.set("Export", Map{{"Name", std::move(*o.export_name)}});
  if (o.condition) m.set("Condition", o.condition->name());
  outputs_.set(name, std::move(m));
}

Value Template::to_value() const {
  Map doc;
  doc.set("AWSTemplateFormatVersion", "2010-09-09");
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
