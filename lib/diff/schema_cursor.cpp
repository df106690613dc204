#include "diff/schema_cursor.hpp"

#include "cfn/knowledge.hpp"

namespace cfn::detail::diff {
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

}  // namespace

SchemaCursor SchemaCursor::untyped(Comparison comparison) {
  SchemaCursor c;
  c.base_ = comparison;
  return c;
}

SchemaCursor SchemaCursor::properties_of(std::string_view resource_type) {
  SchemaCursor c;
  c.at_ = schema::Cursor::properties_of(resource_type);
  c.resource_type_ = std::string(resource_type);
  c.custom_ = schema::is_custom_resource_type(resource_type);
  c.known_type_ = schema::find_resource_type(resource_type).has_value();
  c.whole_properties_ = true;
  if (knowledge::is_sam_type(resource_type)) {
    c.sam_ = Sam::Top;
    c.generated_ = knowledge::sam_generated_type(resource_type);
  }
  return c;
}

void SchemaCursor::record(const schema::Cursor& before, const schema::Cursor& after, std::string_view key) {
  if (after.unknown_property()) {
    unknown_ = std::string(key) + " is not a property of " + std::string(after.owner()) + " in the specification";
    return;
  }
  const auto property = after.property();
  if (after.at() != schema::Cursor::At::Value || !property || property == before.property()) return;
  const schema::UpdateType u = property->update();
  if (!worst_ || severity(u) >= severity(*worst_)) {  // the deepest of the most severe: the most specific
    worst_ = u;
    const std::string_view owner =
        before.at() == schema::Cursor::At::Properties ? std::string_view() : short_type_name(after.owner());
    worst_at_ =
        owner.empty() ? std::string(property->name()) : std::string(owner) + "." + std::string(property->name());
  }
}

SchemaCursor SchemaCursor::key(std::string_view key) const {
  SchemaCursor next = *this;
  next.whole_properties_ = false;
  next.at_ = at_.key(key);
  if (whole_properties_) next.override_ = find_update_override(resource_type_, key);  // a top-level property
  switch (sam_) {
    case Sam::No:
      next.record(at_, next.at_, key);
      break;
    case Sam::Top:
      if (key == "Events") {
        next.sam_ = Sam::Events;
      } else if (!generated_.empty()) {
        const schema::Cursor top = schema::Cursor::properties_of(generated_);
        next.judge_ = top.key(key);
        next.sam_ = next.judge_.at() == schema::Cursor::At::Value ? Sam::Passed : Sam::Unmapped;
        if (next.sam_ == Sam::Passed) next.record(top, next.judge_, key);
      } else {
        next.sam_ = Sam::Unmapped;
      }
      break;
    case Sam::Events:
      next.sam_ = Sam::Event;
      next.generated_ = {};  // resolve() reads the event's Type
      break;
    case Sam::Event:
      if (key == "Properties" && !generated_.empty()) {
        next.sam_ = Sam::EventProperties;
        next.judge_ = schema::Cursor::properties_of(generated_);
      } else {
        next.sam_ = Sam::Unmapped;
      }
      break;
    case Sam::EventProperties:  // what SAM passes on: the properties the generated type has
      next.judge_ = judge_.key(key);
      next.sam_ = next.judge_.at() == schema::Cursor::At::Value ? Sam::Passed : Sam::Unmapped;
      if (next.sam_ == Sam::Passed) next.record(judge_, next.judge_, key);
      break;
    case Sam::Passed:
      next.judge_ = judge_.key(key);
      next.record(judge_, next.judge_, key);
      break;
    case Sam::Unmapped:
      break;
  }
  return next;
}

SchemaCursor SchemaCursor::index(std::size_t i) const {
  SchemaCursor next = *this;
  next.whole_properties_ = false;
  next.at_ = at_.index(i);
  next.judge_ = judge_.index(i);
  return next;
}

SchemaCursor SchemaCursor::function(FnKind kind) const {
  SchemaCursor next = *this;
  next.whole_properties_ = false;
  next.at_ = at_.function(kind);
  next.judge_ = judge_.function(kind);
  return next;
}

SchemaCursor SchemaCursor::resolve(const Value& value) const {
  SchemaCursor next = *this;
  next.at_ = at_.resolve(value);
  next.judge_ = judge_.resolve(value);
  if (sam_ == Sam::Event)
    if (const Value* type = value.find("Type"); type != nullptr && type->is_string())
      next.generated_ = knowledge::sam_event_generated_type(type->as_string());
  return next;
}

SchemaCursor::Assessment SchemaCursor::assess() const {
  if (override_ != nullptr) return {override_->impact, std::string(override_->reason)};
  if (resource_type_.empty()) return {Impact::None, {}};
  if (custom_)
    return {Impact::Update,
            "custom resource: its provider gets an Update request (and replaces the resource if it "
            "returns a new physical id)"};
  if (!known_type_) return {Impact::Unknown, resource_type_ + " is not in the specification"};
  if (whole_properties_) return {Impact::Unknown, "the Properties changed as a whole"};
  // What judges the change, for the reasons: the resource's own specification, or the resource SAM generates.
  const std::string in = sam_ == Sam::No ? std::string() : " in the " + std::string(generated_) + " SAM generates";
  if (sam_ != Sam::No && sam_ != Sam::Passed)
    return {Impact::Unknown, "the SAM transform turns " + resource_type_ +
                                 " into other resources; the specification's update types for SAM properties do not "
                                 "say what this change does to them"};
  if (worst_ && *worst_ == schema::UpdateType::Immutable) return {Impact::Replace, worst_at_ + " is Immutable" + in};
  if (!unknown_.empty()) return {Impact::Unknown, unknown_};
  if (!worst_) return {Impact::Unknown, "the specification does not say"};
  const std::string reason = worst_at_ + " is " + std::string(update_name(*worst_)) + in;
  return {*worst_ == schema::UpdateType::Conditional ? Impact::MayReplace : Impact::Update, reason};
}

}  // namespace cfn::detail::diff
