// The run-time half of the typed setters' checks: what the compiler cannot
// see (a `const char*` that is null) is refused with the property's name.
#include "cfn/typed_values.hpp"

#include <string>

#include "cfn/error.hpp"
#include "cfn/resource.hpp"
#include "cfn/tags.hpp"

namespace cfn {
namespace {

constexpr std::string_view kNullAdvice =
    " (a null const char*?); leave the property out, or give it cfn::pseudo::no_value()";

}  // namespace

void detail::null_property(std::string_view type, std::string_view property) {
  throw Error(std::string(type) + "." + std::string(property) + ": null is not a value" + std::string(kNullAdvice));
}

Value PropertyBag::to_value() const { return properties_; }

void PropertyBag::put(std::string_view type, std::string_view name, Value value) {
  if (value.is_null()) detail::null_property(type, name);
  properties_.set(name, std::move(value));
}

void detail::null_item() {
  throw Error("an item of a list or map property is null (a null const char*?); leave it out");
}

Value Tag::to_value() const {
  if (key.value().is_null() || value.value().is_null())
    throw Error(std::string("a tag's ") + (key.value().is_null() ? "key" : "value") + " is null (a null const char*?)");
  return Map{{"Key", key.value()}, {"Value", value.value()}};
}

}  // namespace cfn
