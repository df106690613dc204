/// @file
/// Bases of the generated classes: a property type or resource type is a
/// typed bag of properties with one setter per property (see <cfn/aws/...>).
#pragma once

#include <string_view>
#include <utility>

#include "cfn/intrinsics.hpp"
#include "cfn/tags.hpp"
#include "cfn/template.hpp"
#include "cfn/typed_values.hpp"
#include "cfn/value.hpp"

namespace cfn {

namespace detail {
/// Throws cfn::Error: `type`.`property` was given a null value (a null `const char*`).
[[noreturn]] void null_property(std::string_view type, std::string_view property);
}  // namespace detail

/// What every generated class holds: the properties set so far. Not a
/// template, so that what the setters call is compiled once, in the library,
/// not once per generated class in every file that includes a service header.
class PropertyBag {
 public:
  /// The properties set so far, in the order they were set.
  [[nodiscard]] const Map& properties() const noexcept { return properties_; }
  /// properties() as a value (what a setter taking this type stores).
  [[nodiscard]] Value to_value() const;

 protected:
  /// Every setter ends here; a null value (from a null `const char*`) is
  /// refused with the type's and the property's name.
  void put(std::string_view type, std::string_view name, Value value);

 private:
  Map properties_;
};

/// Base of every generated class (property types and, through ResourceObject,
/// resource types): a PropertyBag whose setters return `Derived&`, so they chain.
template <class Derived>
class PropertyObject : public PropertyBag {
 public:
  /// A property this version of the specification does not know. The
  /// generated setters are the checked way; this one is checked only when the
  /// template is emitted.
  Derived& set_property(std::string_view name, Json value) {
    put(Derived::type_name, name, std::move(value).value());
    return static_cast<Derived&>(*this);
  }
};

/// Base of every generated resource class: a PropertyObject with a resource
/// type, which Template::add takes.
template <class Derived>
class ResourceObject : public PropertyObject<Derived> {
 public:
  /// The resource type, "AWS::EC2::VPC".
  [[nodiscard]] std::string_view type() const noexcept { return Derived::type_name; }
};

}  // namespace cfn
