// Resource attributes and what changing them does (AWS CloudFormation user
// guide, "Resource attribute reference"):
//  - Type: CloudFormation refuses to change it: the change set fails with
//    "Update of resource type is not permitted" (aws/aws-sam-cli issue #6786,
//    panther-labs/panther issue #1895). Replace by giving a new logical id.
//  - Properties: the specification decides (schema_cursor.hpp).
//  - DependsOn, Metadata, DeletionPolicy, UpdateReplacePolicy, UpdatePolicy,
//    CreationPolicy: change how CloudFormation treats the resource, not the
//    resource itself.
//  - Condition: decides whether the resource exists; changing it may create
//    or delete the resource, depending on the conditions' values.
#include "diff/resource_diff.hpp"

#include <algorithm>
#include <array>

#include "diff/entry_order.hpp"
#include "diff/stateful.hpp"
#include "diff/value_diff.hpp"

namespace cfn::diff_detail {
namespace {

int severity(Impact i) { return static_cast<int>(i); }

struct AttributeRule {
  std::string_view name;
  Impact impact;
  std::string_view reason;
};

constexpr std::array<AttributeRule, 7> kAttributes{{
    {"Condition", Impact::Unknown, "the resource exists only when its condition holds: it may be created or deleted"},
    {"CreationPolicy", Impact::None, "a policy: it applies to later operations"},
    {"DeletionPolicy", Impact::None, "a policy: it applies to later operations"},
    {"DependsOn", Impact::None, "the order of operations only"},
    {"Metadata", Impact::None, "metadata only: the resource itself is not changed"},
    {"UpdatePolicy", Impact::None, "a policy: it applies to later operations"},
    {"UpdateReplacePolicy", Impact::None, "a policy: it applies to later operations"},
}};

void diff_attribute(const std::string& name, const Value* old_value, const Value* new_value,
                    std::vector<ValueChange>& out) {
  const std::size_t first = out.size();
  Path path{name};
  const Comparison comparison = name == "Metadata" ? Comparison::Json : Comparison::Text;
  diff_values(old_value, new_value, path, SchemaCursor::untyped(comparison), out);
  const auto rule =
      std::find_if(kAttributes.begin(), kAttributes.end(), [&](const AttributeRule& r) { return r.name == name; });
  for (std::size_t i = first; i < out.size(); ++i) {
    if (rule != kAttributes.end()) {
      out[i].impact = rule->impact;
      out[i].reason = std::string(rule->reason);
    } else {
      out[i].impact = Impact::Unknown;
      out[i].reason = name + " is not a resource attribute CloudFormation documents";
    }
  }
}

}  // namespace

std::string resource_type(const Value& resource) {
  const Value* t = resource.find("Type");
  return t != nullptr && t->is_string() ? t->as_string() : std::string();
}

ResourceChange diff_resource(const std::string& logical_id, const Value& old_resource, const Value& new_resource) {
  ResourceChange rc;
  rc.logical_id = logical_id;
  rc.kind = ChangeKind::Modified;
  rc.old_type = resource_type(old_resource);
  rc.new_type = resource_type(new_resource);

  if (!old_resource.is_map() || !new_resource.is_map()) {  // not a resource CloudFormation would accept
    Path path;
    diff_values(&old_resource, &new_resource, path, SchemaCursor::properties_of(rc.new_type), rc.changes);
    for (ValueChange& c : rc.changes) {
      c.impact = Impact::Unknown;
      c.reason = "not a resource definition (a map with Type)";
    }
  } else {
    const Map& a = old_resource.as_map();
    const Map& b = new_resource.as_map();
    for (const OrderedEntry& e : merged_entries(&a, &b)) {
      if (e.key == "Type") {
        if (rc.old_type != rc.new_type || rc.old_type.empty()) {
          Path path{"Type"};
          const std::size_t first = rc.changes.size();
          diff_values(e.old_value, e.new_value, path, SchemaCursor::untyped(Comparison::Text), rc.changes);
          for (std::size_t i = first; i < rc.changes.size(); ++i) {
            rc.changes[i].impact = Impact::Rejected;
            rc.changes[i].reason = "CloudFormation refuses: \"Update of resource type is not permitted\"";
          }
        }
      } else if (e.key == "Properties") {
        static const Value kNone{Map()};
        const Value* old_props = e.old_value != nullptr && !e.old_value->is_null() ? e.old_value : &kNone;
        const Value* new_props = e.new_value != nullptr && !e.new_value->is_null() ? e.new_value : &kNone;
        Path path{"Properties"};
        diff_values(old_props, new_props, path, SchemaCursor::properties_of(rc.new_type), rc.changes);
      } else {
        diff_attribute(e.key, e.old_value, e.new_value, rc.changes);
      }
    }
  }

  rc.impact = Impact::None;
  for (const ValueChange& c : rc.changes)
    if (severity(c.impact) > severity(rc.impact)) rc.impact = c.impact;
  if (rc.impact == Impact::Rejected && rc.old_type != rc.new_type)
    rc.reason =
        "the type changed: CloudFormation rejects the update; to replace the resource, give it a new logical id";
  if ((rc.impact == Impact::Replace || rc.impact == Impact::MayReplace) && old_resource.is_map() &&
      new_resource.is_map())
    rc.data = replacement_risk(old_resource, new_resource, rc.impact == Impact::Replace);
  return rc;
}

}  // namespace cfn::diff_detail
