// Walks the properties of every resource whose type the specification
// knows, pairing each value with the shapes the specification gives it (a
// schema::Cursor follows the path). The schema rules (unknown properties,
// required properties, shapes) are visitors of this one walk.
#pragma once

#include <span>
#include <string>

#include "cfn/schema.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {

class PropertyVisitor {
 public:
  virtual ~PropertyVisitor() = default;
  /// A map checked against a list of properties: a resource's Properties
  /// (`object` is nullptr when the resource has none; `mark` is then the
  /// resource's) or a value of a property type.
  virtual void object(const Map* /*object*/, Mark /*mark*/, schema::PropertyList /*properties*/,
                      std::string_view /*type_name*/, const Path& /*path*/) {}
  /// A value and the shapes it may have (one or more).
  virtual void value(const Value& /*value*/, std::span<const schema::TypeRef> /*shapes*/, const Path& /*path*/) {}
};

void walk_properties(const Context& context, PropertyVisitor& visitor);

/// The resource types cfnpp checks: in the specification's namespaces (AWS::,
/// Alexa::), not custom resources, not modules.
bool is_checked_type_namespace(std::string_view type) noexcept;

}  // namespace cfn::detail::checks
