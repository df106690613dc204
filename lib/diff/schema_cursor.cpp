#include "diff/schema_cursor.hpp"

#include <algorithm>

namespace cfn::diff_detail {
namespace {

int severity(schema::UpdateType u) {
  switch (u) {
    case schema::UpdateType::Mutable:
      return 0;
    case schema::UpdateType::Conditional:
      return 1;
    case schema::UpdateType::Immutable:
      return 2;
  }
  return 0;
}

std::string_view update_name(schema::UpdateType u) {
  switch (u) {
    case schema::UpdateType::Mutable:
      return "Mutable";
    case schema::UpdateType::Conditional:
      return "Conditional";
    case schema::UpdateType::Immutable:
      return "Immutable";
  }
  return "?";
}

// "AWS::EC2::Instance.Ebs" -> "Ebs"; "Tag" -> "Tag".
std::string_view short_type_name(std::string_view property_type) {
  const std::size_t dot = property_type.rfind('.');
  return dot == std::string_view::npos ? property_type : property_type.substr(dot + 1);
}

bool has_shape(const std::vector<schema::TypeRef>& shapes, schema::Shape shape) {
  return std::any_of(shapes.begin(), shapes.end(), [&](const schema::TypeRef& t) { return t.shape == shape; });
}

// The shape of the items of a list or map type.
schema::TypeRef item_of(const schema::TypeRef& container) {
  return schema::TypeRef{container.item, container.item, container.object};
}

}  // namespace

SchemaCursor SchemaCursor::untyped(Comparison comparison) {
  SchemaCursor c;
  c.comparison_ = comparison;
  return c;
}

SchemaCursor SchemaCursor::properties_of(std::string_view resource_type) {
  SchemaCursor c;
  c.at_ = At::Properties;
  c.resource_type_ = std::string(resource_type);
  c.custom_ = schema::is_custom_resource_type(resource_type);
  c.known_type_ = schema::find_resource_type(resource_type).has_value();
  c.whole_properties_ = true;
  return c;
}

void SchemaCursor::set_shapes(const schema::PropertyInfo& info) {
  shapes_.clear();
  const auto alternatives = info.alternatives();
  if (alternatives.empty()) {
    shapes_.push_back(info.type());
  } else {
    shapes_.assign(alternatives.begin(), alternatives.end());
  }
  if (has_shape(shapes_, schema::Shape::Json)) comparison_ = Comparison::Json;
}

void SchemaCursor::enter_property(std::string_view owner, const schema::PropertyInfo& info) {
  const schema::UpdateType u = info.update();
  if (!worst_ || severity(u) >= severity(*worst_)) {  // the deepest of the most severe: the most specific
    worst_ = u;
    worst_at_ = owner.empty() ? std::string(info.name()) : std::string(owner) + "." + std::string(info.name());
  }
  set_shapes(info);
  at_ = At::Value;
}

SchemaCursor SchemaCursor::key(std::string_view key) const {
  SchemaCursor next = *this;
  next.whole_properties_ = false;
  switch (at_) {
    case At::Untyped:
    case At::Opaque:
    case At::IfArguments:  // a map where Fn::If's list belongs: not a real If
      if (at_ == At::IfArguments) next.at_ = At::Opaque;
      return next;
    case At::Properties: {
      next.override_ = find_update_override(resource_type_, key);
      if (custom_ || !known_type_) {
        next.at_ = At::Untyped;
        return next;
      }
      const auto info = schema::find_resource_type(resource_type_)->find_property(key);
      if (!info) {
        next.at_ = At::Untyped;
        next.unknown_ = std::string(key) + " is not a property of " + resource_type_ + " in the specification";
        return next;
      }
      next.enter_property({}, *info);
      return next;
    }
    case At::Value: {
      if (comparison_ == Comparison::Json && !has_shape(shapes_, schema::Shape::Object) &&
          !has_shape(shapes_, schema::Shape::Map)) {
        next.at_ = At::Opaque;  // inside a JSON document
        return next;
      }
      for (const schema::TypeRef& t : shapes_) {
        if (t.shape == schema::Shape::Object && t.object != schema::kNoObject) {
          const schema::PropertyTypeInfo type = schema::property_type(t.object);
          const auto info = type.find_property(key);
          if (!info) {
            next.at_ = At::Untyped;
            next.unknown_ =
                std::string(key) + " is not a property of " + std::string(type.name()) + " in the specification";
            return next;
          }
          next.enter_property(short_type_name(type.name()), *info);
          return next;
        }
      }
      for (const schema::TypeRef& t : shapes_) {
        if (t.shape == schema::Shape::Map) {
          next.shapes_ = {item_of(t)};
          return next;
        }
      }
      next.at_ = At::Opaque;
      return next;
    }
  }
  return next;
}

SchemaCursor SchemaCursor::index(std::size_t i) const {
  SchemaCursor next = *this;
  next.whole_properties_ = false;
  switch (at_) {
    case At::IfArguments:
      // Fn::If [condition, when true, when false]: the branches stand where the If stands.
      next.at_ = i == 0 ? At::Opaque : At::Value;
      return next;
    case At::Value:
      for (const schema::TypeRef& t : shapes_) {
        if (t.shape == schema::Shape::List) {
          next.shapes_ = {item_of(t)};
          return next;
        }
      }
      next.at_ = At::Opaque;
      return next;
    case At::Properties:
      next.at_ = At::Opaque;
      return next;
    default:
      return next;
  }
}

SchemaCursor SchemaCursor::function(FnKind kind) const {
  SchemaCursor next = *this;
  next.whole_properties_ = false;
  if (at_ == At::Value && kind == FnKind::If) {
    next.at_ = At::IfArguments;
  } else if (at_ != At::Untyped) {
    next.at_ = At::Opaque;
  }
  return next;
}

SchemaCursor::Assessment SchemaCursor::assess() const {
  if (override_ != nullptr) return {override_->impact, std::string(override_->reason)};
  if (at_ == At::Untyped && resource_type_.empty()) return {Impact::None, {}};
  if (custom_)
    return {Impact::Update,
            "custom resource: its provider gets an Update request (and replaces the resource if it "
            "returns a new physical id)"};
  if (!known_type_) return {Impact::Unknown, resource_type_ + " is not in the specification"};
  if (whole_properties_) return {Impact::Unknown, "the Properties changed as a whole"};
  if (worst_ && *worst_ == schema::UpdateType::Immutable) return {Impact::Replace, worst_at_ + " is Immutable"};
  if (!unknown_.empty()) return {Impact::Unknown, unknown_};
  if (!worst_) return {Impact::Unknown, "the specification does not say"};
  const std::string reason = worst_at_ + " is " + std::string(update_name(*worst_));
  return {*worst_ == schema::UpdateType::Conditional ? Impact::MayReplace : Impact::Update, reason};
}

}  // namespace cfn::diff_detail
