#include <algorithm>

#include "cfn/schema.hpp"

namespace cfn::schema {
namespace {

/// The shape of the items of a list or map shape.
TypeRef item_of(const TypeRef& container) { return TypeRef{container.item, Shape::Json, container.object}; }

/// Every key of `map` is a property of the property type `object` names.
bool covers(const TypeRef& object, const Map& map) {
  const PropertyTypeInfo type = property_type(object.object);
  return std::all_of(map.begin(), map.end(), [&](const Member& m) { return type.find_property(m.key).has_value(); });
}

bool is_object(const TypeRef& t) { return t.shape == Shape::Object && t.object != kNoObject; }

}  // namespace

Cursor Cursor::properties_of(std::string_view resource_type) {
  if (is_custom_resource_type(resource_type)) return {};
  const auto type = find_resource_type(resource_type);
  return type ? properties_of(*type) : Cursor();
}

Cursor Cursor::properties_of(const ResourceTypeInfo& resource_type) noexcept {
  Cursor c;
  c.at_ = At::Properties;
  c.resource_ = resource_type;
  c.owner_ = resource_type.name();
  return c;
}

std::span<const TypeRef> Cursor::shapes() const noexcept {
  if (at_ != At::Value && at_ != At::IfArguments) return {};
  return alternatives_.empty() ? std::span<const TypeRef>(&shape_, 1) : alternatives_;
}

std::optional<PropertyTypeInfo> Cursor::object() const noexcept {
  if (at_ != At::Value) return std::nullopt;
  const TypeRef* only = nullptr;
  for (const TypeRef& t : shapes()) {
    if (!is_object(t)) continue;
    if (only != nullptr) return std::nullopt;  // several: resolve() first
    only = &t;
  }
  if (only == nullptr) return std::nullopt;
  return property_type(only->object);
}

void Cursor::enter(const PropertyInfo& property, std::string_view owner) noexcept {
  at_ = At::Value;
  property_ = property;
  owner_ = owner;
  shape_ = property.type();
  alternatives_ = property.alternatives();
  unknown_property_ = false;
  for (const TypeRef& t : shapes())
    if (t.shape == Shape::Json) in_json_ = true;
}

Cursor Cursor::untyped() const noexcept {
  Cursor next = *this;
  next.at_ = At::Untyped;
  next.alternatives_ = {};
  next.unknown_property_ = false;
  return next;
}

Cursor Cursor::with_shape(const TypeRef& shape) const noexcept {
  Cursor next = *this;
  next.at_ = At::Value;
  next.shape_ = shape;
  next.alternatives_ = {};
  next.unknown_property_ = false;
  if (shape.shape == Shape::Json) next.in_json_ = true;
  return next;
}

Cursor Cursor::key(std::string_view key) const {
  switch (at_) {
    case At::Properties: {
      Cursor next = *this;
      if (const auto p = resource_->find_property(key)) {
        next.enter(*p, resource_->name());
      } else {
        next.at_ = At::Untyped;
        next.unknown_property_ = true;
      }
      return next;
    }
    case At::Value: {
      if (const auto type = object()) {
        Cursor next = *this;
        if (const auto p = type->find_property(key)) {
          next.enter(*p, type->name());
        } else {
          next = untyped();
          next.owner_ = type->name();
          next.unknown_property_ = true;
        }
        return next;
      }
      for (const TypeRef& t : shapes())
        if (t.shape == Shape::Map) return with_shape(item_of(t));
      return untyped();
    }
    default:
      return untyped();
  }
}

Cursor Cursor::index(std::size_t i) const {
  switch (at_) {
    case At::IfArguments: {
      if (i == 0) return untyped();  // the condition's name
      Cursor next = *this;
      next.at_ = At::Value;
      return next;
    }
    case At::Value:
      for (const TypeRef& t : shapes())
        if (t.shape == Shape::List) return with_shape(item_of(t));
      return untyped();
    default:
      return untyped();
  }
}

Cursor Cursor::function(FnKind kind) const {
  if (at_ == At::Value && kind == FnKind::If) {
    Cursor next = *this;
    next.at_ = At::IfArguments;
    return next;
  }
  return untyped();
}

Cursor Cursor::resolve(const Value& value) const {
  if (at_ != At::Value || alternatives_.empty()) return *this;
  if (value.is_list()) {
    for (const TypeRef& t : alternatives_)
      if (t.shape == Shape::List) return with_shape(t);
    return *this;
  }
  if (!value.is_map()) return *this;
  const TypeRef* only_object = nullptr;
  std::size_t objects = 0;
  for (const TypeRef& t : alternatives_) {
    if (!is_object(t)) continue;
    if (covers(t, value.as_map())) return with_shape(t);
    ++objects;
    only_object = &t;
  }
  if (objects == 1) return with_shape(*only_object);
  for (const TypeRef& t : alternatives_)
    if (t.shape == Shape::Map) return with_shape(t);
  return *this;
}

}  // namespace cfn::schema
