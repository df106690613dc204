// The fate of a stateful resource's data (the types and their facts:
// cfn::knowledge::stateful_types(), with sources). Policies (user guide,
// aws-attribute-deletionpolicy.md and aws-attribute-updatereplacepolicy.md):
//  - DeletionPolicy applies when a resource is removed from the template (the
//    deployed resource's policy, so OLD's); UpdateReplacePolicy when a
//    property change replaces it (cfnpp takes NEW's: the template being
//    deployed). Both default to Delete, except DeletionPolicy where the type
//    says it defaults to Snapshot.
//  - Retain and RetainExceptOnCreate keep the resource (outside the stack).
//  - Deletion protection makes the deletion fail.
#include "diff/stateful.hpp"

#include <string>

#include "cfn/knowledge.hpp"
#include "diff/resource_diff.hpp"

namespace cfn::detail::diff {
namespace {

const Value* properties_of(const Value& resource) { return resource.find("Properties"); }

DataRisk judge(const knowledge::StatefulType& type, const Value& deployed, const Value* policy,
               std::string_view policy_name, bool snapshot_by_default, std::string_view what_happens) {
  DataRisk risk;
  risk.policy = std::string(policy_name);
  std::string value;
  if (policy == nullptr) {
    risk.by_default = true;
    value = snapshot_by_default ? "Snapshot" : "Delete";
  } else if (policy->is_string()) {
    value = policy->as_string();
  }
  risk.value = value;
  const std::string stated =
      risk.policy + " " + (value.empty() ? "is computed" : value) + (risk.by_default ? " (the default)" : "");

  if (knowledge::deletion_protected(type, properties_of(deployed))) {
    risk.fate = DataFate::Protected;
    risk.message = "deletion protection is on: the deletion fails and the resource stays";
    return risk;
  }
  if (value.empty()) {
    risk.fate = DataFate::Unknown;
    risk.message = stated + ": check which policy applies; without Retain or Snapshot " + std::string(what_happens) +
                   " deletes it and its data";
  } else if (value == "Retain" || value == "RetainExceptOnCreate") {
    risk.fate = DataFate::Retained;
    risk.message = stated + ": the resource and its data are kept, outside the stack";
  } else if (value == "Snapshot" && type.snapshot) {
    risk.fate = DataFate::Snapshot;
    risk.message = stated + ": a snapshot is taken, then " + std::string(what_happens) + " deletes it";
  } else if (value == "Snapshot" || value == "Delete") {
    if (type.deletes_only_when_empty) {
      risk.fate = DataFate::DeletedIfEmpty;
      risk.message = stated + ": " + std::string(what_happens) +
                     " deletes it only if it is empty (the deletion fails while it holds data)";
    } else {
      risk.fate = DataFate::Deleted;
      risk.message = stated + (value == "Snapshot" ? " (not supported by " + std::string(type.type) + ")" : "") + ": " +
                     std::string(what_happens) + " deletes it and its data";
    }
  } else {
    risk.fate = DataFate::Unknown;
    risk.message = stated + ": not a policy CloudFormation knows";
  }
  return risk;
}

}  // namespace

std::optional<DataRisk> removal_risk(const Value& old_resource) {
  const knowledge::StatefulType* type =
      knowledge::data_holder(resource_type(old_resource), properties_of(old_resource));
  if (type == nullptr) return std::nullopt;
  return judge(*type, old_resource, old_resource.find("DeletionPolicy"), "DeletionPolicy", type->snapshot_by_default,
               "removing the resource");
}

std::optional<DataRisk> replacement_risk(const Value& old_resource, const Value& new_resource, bool surely) {
  const knowledge::StatefulType* type =
      knowledge::data_holder(resource_type(old_resource), properties_of(old_resource));
  if (type == nullptr) return std::nullopt;
  DataRisk risk = judge(*type, old_resource, new_resource.find("UpdateReplacePolicy"), "UpdateReplacePolicy", false,
                        "the replacement");
  risk.if_replaced = !surely;
  return risk;
}

}  // namespace cfn::detail::diff
