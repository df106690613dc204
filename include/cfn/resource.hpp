// Bases of the generated classes: a property type or resource type is a
// typed bag of properties with one setter per property (see <cfn/aws/...>).
#pragma once

#include <string_view>
#include <utility>

#include "cfn/intrinsics.hpp"
#include "cfn/tags.hpp"
#include "cfn/template.hpp"
#include "cfn/typed_values.hpp"
#include "cfn/value.hpp"

namespace cfn {

template <class Derived>
class PropertyObject {
 public:
  [[nodiscard]] const Map& properties() const noexcept { return properties_; }
  [[nodiscard]] Value to_value() const { return properties_; }

  /// A property this version of the specification does not know. The
  /// generated setters are the checked way; this one is checked only when the
  /// template is emitted.
  Derived& set_property(std::string_view name, Value value) { return set(name, std::move(value)); }

 protected:
  Derived& set(std::string_view name, Value value) {
    properties_.set(name, std::move(value));
    return static_cast<Derived&>(*this);
  }

 private:
  Map properties_;
};

template <class Derived>
class ResourceObject : public PropertyObject<Derived> {
 public:
  [[nodiscard]] std::string_view type() const noexcept { return Derived::type_name; }
};

}  // namespace cfn
