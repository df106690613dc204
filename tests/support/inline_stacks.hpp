// The oracle of the split tests: a split stack put back together, written
// apart from lib/split. Each nested stack's parameters are replaced by what
// the parent passes them, followed back to the output of the stack that
// produces it (Ref X, Fn::GetAtt X.A, Fn::Join of a list attribute); the
// DependsOn that the split moved between stacks (recorded in each child's
// Metadata cfnpp::Split) go back to their resources; the parent's outputs
// get their references back. The result must mean what the input meant.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "cfn/intrinsics.hpp"
#include "cfn/split.hpp"
#include "cfn/value.hpp"

namespace cfn::test {

namespace inline_detail {

inline const Map& section_of(const Value& document, std::string_view name) {
  static const Map kEmpty;
  const Value* v = document.find(name);
  return v != nullptr && v->is_map() ? v->as_map() : kEmpty;
}

/// The reference an output value carries: Ref X, GetAtt X.A (a Join of one
/// carries a list).
inline Value carried(const Value& output_value) {
  if (output_value.is_fn(FnKind::Join)) return output_value.as_fn().argument().as_list()[1];
  return output_value;
}

/// "X" for Ref X, "X.A" for GetAtt X.A: the Sub spelling.
inline std::string sub_name(const Value& reference) {
  if (reference.is_fn(FnKind::Ref)) return reference.as_fn().argument().as_string();
  const GetAttView g(reference.as_fn().argument());
  return std::string(g.resource()) + "." + std::string(g.attribute());
}

class Inliner {
 public:
  /// `children`: the nested stacks of `parent` (one level of a split).
  Inliner(const Value& parent, std::vector<const NestedStack*> children, const SplitResult& split)
      : parent_(parent), children_(std::move(children)), split_(split) {
    for (const NestedStack* child : children_)
      for (const Member& o : section_of(child->document, "Outputs"))
        outputs_[child->logical_id + "." + o.key] = {carried(o.value.as_map().at("Value")),
                                                     o.value.as_map().at("Value").is_fn(FnKind::Join)};
  }

  /// What the parent passes, followed back: !GetAtt S.Outputs.W, maybe in
  /// !If [C, it, !Ref AWS::NoValue]; nullopt for a template parameter.
  [[nodiscard]] std::optional<Value> origin(const Value& passed, bool parameter = true) const {
    if (parameter && passed.is_fn(FnKind::If)) return origin(passed.as_fn().argument().as_list()[1]);
    // A list attribute arrives in the parent as !Split [",", the joined output].
    const bool split = passed.is_fn(FnKind::Split);
    const Value& node = split ? passed.as_fn().argument().as_list()[1] : passed;
    if (!node.is_fn(FnKind::GetAtt)) return std::nullopt;
    const GetAttView g(node.as_fn().argument());
    const std::string attribute(g.attribute());
    if (!attribute.starts_with("Outputs.")) return std::nullopt;
    const auto it = outputs_.find(std::string(g.resource()) + "." + attribute.substr(8));
    // A child's CommaDelimitedList parameter takes the joined text as it is.
    if (it == outputs_.end() || (!parameter && it->second.second != split)) return std::nullopt;
    return it->second.first;
  }

  /// Replaces names by references in `v`: Ref N and ${N} for each wire N.
  static void restore(Value& v, const std::map<std::string, Value>& wires) {
    switch (v.kind()) {
      case Value::Kind::Fn: {
        Fn& fn = v.as_fn();
        if (fn.kind() == FnKind::Ref && fn.argument().is_string()) {
          if (const auto it = wires.find(fn.argument().as_string()); it != wires.end()) v = it->second;
          return;
        }
        if (fn.kind() == FnKind::Sub) {
          Value& text = fn.argument().is_list() ? fn.argument().as_list()[0] : fn.argument();
          if (text.is_string()) text = Value(restore_sub(text.as_string(), wires));
        }
        restore(fn.argument(), wires);
        return;
      }
      case Value::Kind::List:
        for (Value& item : v.as_list()) restore(item, wires);
        return;
      case Value::Kind::Map:
        for (Member& m : v.as_map()) restore(m.value, wires);
        return;
      default:
        return;
    }
  }

  static std::string restore_sub(const std::string& text, const std::map<std::string, Value>& wires) {
    std::string out;
    std::size_t copied = 0;
    for (const SubPart& part : parse_sub(text)) {
      if (part.kind != SubPart::Kind::Variable) continue;
      const auto it = wires.find(std::string(part.text));
      if (it == wires.end()) continue;
      out.append(text, copied, part.offset + 2 - copied);
      out += sub_name(it->second);
      copied = part.offset + 2 + part.text.size();
    }
    return out + text.substr(copied);
  }

  [[nodiscard]] Value run() const {
    const Value& parent = parent_;
    Map document;
    for (const std::string_view key : {"AWSTemplateFormatVersion", "Description", "Metadata"})
      if (const Value* v = parent.find(key)) document.set(key, *v);
    Map parameters = section_of(parent, "Parameters");
    parameters.erase(split_.bucket_parameter);
    parameters.erase(split_.prefix_parameter);
    if (!parameters.empty()) document.set("Parameters", Value(parameters));
    if (const Value* rules = parent.find("Rules")) document.set("Rules", *rules);
    Map mappings = section_of(parent, "Mappings");
    Map conditions = section_of(parent, "Conditions");
    Map resources;
    for (const NestedStack* child_stack : children_) {
      const NestedStack& child = *child_stack;
      const Value& stack = section_of(parent, "Resources").at(child.logical_id);
      std::map<std::string, Value> wires;
      if (const Value* passed = stack.as_map().at("Properties").find("Parameters"))
        for (const Member& p : passed->as_map())
          if (std::optional<Value> reference = origin(p.value)) wires.emplace(p.key, std::move(*reference));
      for (const Member& m : section_of(child.document, "Mappings")) mappings.set(m.key, m.value);
      for (const Member& c : section_of(child.document, "Conditions")) conditions.set(c.key, c.value);
      for (const Member& r : section_of(child.document, "Resources")) {
        Value body = r.value;
        restore(body, wires);
        resources.set(r.key, std::move(body));
      }
      if (const Value* record = child.document.find("Metadata"))
        for (const Member& moved : record->as_map().at("cfnpp::Split").as_map().at("DependsOn").as_map()) {
          Map& body = resources.at(moved.key).as_map();
          List depends_on;
          if (const Value* d = body.find("DependsOn")) {
            if (d->is_list())
              depends_on = d->as_list();
            else
              depends_on.push_back(*d);
          }
          for (const Value& name : moved.value.as_list()) depends_on.push_back(name);
          body.set("DependsOn", Value(std::move(depends_on)));
        }
    }
    if (!mappings.empty()) document.set("Mappings", Value(std::move(mappings)));
    if (!conditions.empty()) document.set("Conditions", Value(std::move(conditions)));
    document.set("Resources", Value(std::move(resources)));
    if (const Value* outputs = parent.find("Outputs")) {
      Value restored = *outputs;
      restore_outputs(restored);
      document.set("Outputs", std::move(restored));
    }
    return Value(std::move(document));
  }

 private:
  // In the parent's outputs: !GetAtt S.Outputs.W back to the reference, and
  // Sub variables the split declared back into the text.
  void restore_outputs(Value& v) const {
    switch (v.kind()) {
      case Value::Kind::Fn: {
        if (std::optional<Value> reference = origin(v, false)) {
          v = std::move(*reference);
          return;
        }
        Fn& fn = v.as_fn();
        if (fn.kind() == FnKind::Sub && fn.argument().is_list() && fn.argument().as_list().size() == 2 &&
            fn.argument().as_list()[1].is_map()) {
          List& parts = fn.argument().as_list();
          std::map<std::string, Value> wires;
          Map kept;
          for (const Member& var : parts[1].as_map()) {
            if (std::optional<Value> reference = origin(var.value, false))
              wires.emplace(var.key, std::move(*reference));
            else
              kept.set(var.key, var.value);
          }
          if (!wires.empty()) {
            parts[0] = Value(restore_sub(parts[0].as_string(), wires));
            parts[1] = Value(std::move(kept));
          }
        }
        if (fn.kind() == FnKind::Sub) {
          // ${S.Outputs.W} written in the text: a level below the top, where
          // the level above put the reference back.
          Value& text = fn.argument().is_list() ? fn.argument().as_list()[0] : fn.argument();
          if (text.is_string()) {
            std::map<std::string, Value> wires;
            for (const SubPart& part : parse_sub(text.as_string())) {
              const std::size_t dot = part.text.find(".Outputs.");
              if (part.kind != SubPart::Kind::Variable || dot == std::string_view::npos) continue;
              if (std::optional<Value> reference =
                      origin(Value(get_att(part.text.substr(0, dot), part.text.substr(dot + 1))), false))
                wires.emplace(std::string(part.text), std::move(*reference));
            }
            if (!wires.empty()) text = Value(restore_sub(text.as_string(), wires));
          }
        }
        restore_outputs(fn.argument());
        return;
      }
      case Value::Kind::List:
        for (Value& item : v.as_list()) restore_outputs(item);
        return;
      case Value::Kind::Map:
        for (Member& m : v.as_map()) restore_outputs(m.value);
        return;
      default:
        return;
    }
  }

  const Value& parent_;
  std::vector<const NestedStack*> children_;
  const SplitResult& split_;
  // "Stack.Output" -> the reference it carries, and whether it is a list joined by commas
  std::map<std::string, std::pair<Value, bool>> outputs_;
};

}  // namespace inline_detail

/// The split stack as one template again: the parent's nested stacks inlined
/// into it, then theirs (a split of two or three levels), until none is left.
inline Value inline_stacks(const SplitResult& split) {
  Value document = split.parent;
  for (std::size_t level = 0; level <= split.children.size(); ++level) {
    std::vector<const NestedStack*> children;
    for (const NestedStack& child : split.children)
      if (inline_detail::section_of(document, "Resources").contains(child.logical_id)) children.push_back(&child);
    if (children.empty()) return document;
    document = inline_detail::Inliner(document, std::move(children), split).run();
  }
  return document;
}

}  // namespace cfn::test
