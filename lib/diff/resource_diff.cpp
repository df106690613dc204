// One resource in both templates. What changing each resource attribute
// does is cfn::knowledge::resource_attributes(); the properties are judged
// through the specification (schema_cursor.hpp).
#include "diff/resource_diff.hpp"

#include "cfn/knowledge.hpp"
#include "diff/entry_order.hpp"
#include "diff/stateful.hpp"
#include "diff/value_diff.hpp"

namespace cfn::detail::diff {
namespace {

int severity(Impact i) { return static_cast<int>(i); }

Impact impact_of(knowledge::AttributeChange change) {
  switch (change) {
    case knowledge::AttributeChange::Rejected:
      return Impact::Rejected;
    case knowledge::AttributeChange::MayCreateOrDelete:
      return Impact::Unknown;
    case knowledge::AttributeChange::None:
      return Impact::None;
    case knowledge::AttributeChange::BySpecification:
      break;
  }
  return Impact::Unknown;
}

void diff_attribute(const std::string& name, const Value* old_value, const Value* new_value,
                    std::vector<ValueChange>& out) {
  const std::size_t first = out.size();
  Path path{name};
  const Comparison comparison = name == "Metadata" ? Comparison::Json : Comparison::AsString;
  diff_values(old_value, new_value, path, SchemaCursor::untyped(comparison), out);
  const knowledge::ResourceAttribute* attribute = knowledge::find_resource_attribute(name);
  for (std::size_t i = first; i < out.size(); ++i) {
    if (attribute != nullptr) {
      out[i].impact = impact_of(attribute->change);
      out[i].reason = std::string(attribute->why);
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
          diff_values(e.old_value, e.new_value, path, SchemaCursor::untyped(Comparison::AsString), rc.changes);
          const knowledge::ResourceAttribute& type = *knowledge::find_resource_attribute("Type");
          for (std::size_t i = first; i < rc.changes.size(); ++i) {
            rc.changes[i].impact = impact_of(type.change);
            rc.changes[i].reason = std::string(type.why);
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

}  // namespace cfn::detail::diff
