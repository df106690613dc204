#include "split/references.hpp"

#include <utility>
#include <vector>

#include "cfn/intrinsics.hpp"

namespace cfn::detail::split {
namespace {

void visit_sub(Value& argument, const ReferenceVisitor& visitor) {
  const SubView view(argument);
  if (!view.well_formed()) {
    if (argument.is_list())
      for (Value& item : argument.as_list()) visit_references(item, visitor);
    return;
  }
  const std::string_view text = view.text();            // the argument's string: unchanged until the end
  std::vector<std::pair<std::string, Value>> declared;  // variables the Sub must now declare
  std::string rewritten;
  std::size_t copied = 0;
  bool changed = false;
  if (visitor.sub_variable) {
    for (const SubPart& part : view.parts()) {
      if (part.kind != SubPart::Kind::Variable || view.declares(part.text)) continue;
      // ${Queue.Arn} names Queue's attribute Arn, as !GetAtt Queue.Arn does.
      const auto dotted = split_get_att(part.text);
      const auto [target, attribute] = dotted ? *dotted : std::pair<std::string_view, std::string_view>{part.text, {}};
      std::optional<SubRename> rename = visitor.sub_variable(target, attribute);
      if (!rename) continue;
      const std::size_t name_at = part.offset + 2;
      rewritten += text.substr(copied, name_at - copied);
      rewritten += rename->name;
      copied = name_at + part.text.size();
      changed = true;
      if (rename->definition) declared.emplace_back(rename->name, std::move(*rename->definition));
    }
  }
  if (argument.is_list()) visit_references(argument.as_list()[1], visitor);
  if (!changed) return;
  rewritten += text.substr(copied);
  if (declared.empty()) {
    (argument.is_list() ? argument.as_list()[0] : argument) = Value(std::move(rewritten));
    return;
  }
  Map variables = argument.is_list() ? argument.as_list()[1].as_map() : Map{};
  for (auto& [name, definition] : declared) variables.set(name, std::move(definition));
  argument = Value(List{Value(std::move(rewritten)), Value(std::move(variables))});
}

// The condition Fn::If or Condition names, the mapping Fn::FindInMap names.
void visit_names(const Fn& fn, const ReferenceVisitor& visitor) {
  const Value& argument = fn.argument();
  const Value* first = argument.is_list() && !argument.as_list().empty() ? &argument.as_list().front() : nullptr;
  if (fn.kind() == FnKind::Condition && argument.is_string() && visitor.condition) {
    visitor.condition(argument.as_string());
  } else if (fn.kind() == FnKind::If && first != nullptr && first->is_string() && visitor.condition) {
    visitor.condition(first->as_string());
  } else if (fn.kind() == FnKind::FindInMap && first != nullptr && visitor.mapping) {
    visitor.mapping(first->is_string() ? std::string_view(first->as_string()) : std::string_view());
  }
}

void visit_fn(Value& value, const ReferenceVisitor& visitor) {
  Fn& fn = value.as_fn();
  Value& argument = fn.argument();
  if (fn.kind() == FnKind::Ref) {
    const RefView ref(argument);
    if (!ref.well_formed() || !visitor.node) return;
    if (std::optional<Value> replacement = visitor.node(ref.name(), "")) value = std::move(*replacement);
    return;
  }
  if (fn.kind() == FnKind::Sub) {
    visit_sub(argument, visitor);
    return;
  }
  if (fn.kind() == FnKind::GetAtt) {
    const GetAttView get_att(argument);
    if (get_att.literal_resource() && get_att.literal_attribute()) {
      if (!visitor.node) return;
      if (std::optional<Value> replacement = visitor.node(get_att.resource(), get_att.attribute()))
        value = std::move(*replacement);
      return;
    }
    if (get_att.literal_resource() && visitor.computed_get_att) visitor.computed_get_att(get_att.resource());
  } else {
    visit_names(fn, visitor);
  }
  visit_references(argument, visitor);
}

}  // namespace

ReferenceVisitor reading_visitor(const std::function<void(std::string_view, std::string_view)>& use) {
  ReferenceVisitor visitor;
  visitor.node = [use](std::string_view target, std::string_view attribute) -> std::optional<Value> {
    use(target, attribute);
    return std::nullopt;
  };
  visitor.sub_variable = [use](std::string_view target, std::string_view attribute) -> std::optional<SubRename> {
    use(target, attribute);
    return std::nullopt;
  };
  return visitor;
}

void visit_references(Value& value, const ReferenceVisitor& visitor) {
  switch (value.kind()) {
    case Value::Kind::Fn:
      visit_fn(value, visitor);
      return;
    case Value::Kind::List:
      for (Value& item : value.as_list()) visit_references(item, visitor);
      return;
    case Value::Kind::Map:
      for (Member& member : value.as_map()) visit_references(member.value, visitor);
      return;
    default:
      return;
  }
}

}  // namespace cfn::detail::split
