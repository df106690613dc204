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
  if (knowledge::is_sam_type(resource_type)) c.sam_ = Sam::Top;
  return c;
}

void SchemaCursor::enter_sam_property(std::string_view key) {
  sam_property_ = std::string(key);
  sam_row_ = knowledge::find_sam_property(resource_type_, event_, key);
  if (sam_row_ == nullptr) {
    sam_ = Sam::Unmapped;
    return;
  }
  judge_ = schema::Cursor::properties_of(sam_row_->generated_type);
  std::string_view path = sam_row_->generated_path;
  while (!path.empty()) {
    const std::size_t dot = path.find('.');
    const std::string_view step = path.substr(0, dot);
    const schema::Cursor next = judge_.key(step);
    record(judge_, next, step);
    judge_ = next;
    path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
  }
  sam_ = sam_row_->passing == knowledge::SamPassing::Directly ? Sam::Passed : Sam::Reshaped;
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
      if (key == "Events")
        next.sam_ = Sam::Events;
      else
        next.enter_sam_property(key);
      break;
    case Sam::Events:
      next.sam_ = Sam::Event;
      next.event_.clear();  // resolve() reads the event's Type
      break;
    case Sam::Event:
      next.sam_ = key == "Properties" && !event_.empty() ? Sam::EventProperties : Sam::Unmapped;
      break;
    case Sam::EventProperties:
      next.enter_sam_property(key);
      break;
    case Sam::Passed:
      next.judge_ = judge_.key(key);
      next.record(judge_, next.judge_, key);
      break;
    case Sam::Reshaped:  // SAM rewrites the value: the mapped property decides as a whole
    case Sam::Unmapped:
      break;
  }
  return next;
}

SchemaCursor SchemaCursor::index(std::size_t i) const {
  SchemaCursor next = *this;
  next.whole_properties_ = false;
  next.at_ = at_.index(i);
  if (sam_ != Sam::Reshaped) next.judge_ = judge_.index(i);
  return next;
}

SchemaCursor SchemaCursor::function(FnKind kind) const {
  SchemaCursor next = *this;
  next.whole_properties_ = false;
  next.at_ = at_.function(kind);
  if (sam_ != Sam::Reshaped) next.judge_ = judge_.function(kind);
  return next;
}

SchemaCursor SchemaCursor::resolve(const Value& value) const {
  SchemaCursor next = *this;
  next.at_ = at_.resolve(value);
  if (sam_ != Sam::Reshaped) next.judge_ = judge_.resolve(value);
  if (sam_ == Sam::Event)
    if (const Value* type = value.find("Type"); type != nullptr && type->is_string()) next.event_ = type->as_string();
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
  // What judges the change, for the reasons: the resource's own specification, or the SAM mapping.
  std::string in;
  if (sam_ == Sam::Passed || sam_ == Sam::Reshaped) {
    in = " (SAM mapping: " + (event_.empty() ? std::string() : "the " + event_ + " event's ") + sam_property_ +
         " becomes " + std::string(sam_row_->generated_path) + " of an " + std::string(sam_row_->generated_type) +
         (sam_row_->passing == knowledge::SamPassing::Reshaped ? ", reshaped" : "") + ")";
  } else if (sam_ == Sam::Unmapped && !sam_property_.empty()) {
    return {Impact::Unknown, "SAM mapping: " + (event_.empty() ? std::string() : "the " + event_ + " event's ") +
                                 sam_property_ +
                                 " has no CloudFormation property; the SAM transform turns it into other resources, "
                                 "and what this change does to them is not known"};
  } else if (sam_ != Sam::No) {
    return {Impact::Unknown, "the SAM transform turns " + resource_type_ +
                                 " into other resources; the SAM mapping does not say what this change does to them"};
  }
  const bool another = sam_row_ != nullptr && (sam_ == Sam::Passed || sam_ == Sam::Reshaped) &&
                       sam_row_->generated_type != knowledge::sam_primary_type(resource_type_);
  if (worst_ && *worst_ == schema::UpdateType::Immutable)
    return {Impact::Replace, worst_at_ + " is Immutable" + in, another};
  if (!unknown_.empty()) return {Impact::Unknown, unknown_};
  if (!worst_) return {Impact::Unknown, "the specification does not say"};
  const std::string reason = worst_at_ + " is " + std::string(update_name(*worst_)) + in;
  return {*worst_ == schema::UpdateType::Conditional ? Impact::MayReplace : Impact::Update, reason, another};
}

}  // namespace cfn::detail::diff
