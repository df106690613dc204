// The names a template value refers to, and rewriting them: Ref, literal
// Fn::GetAtt, the variables of Fn::Sub (but those its own map declares),
// conditions (Fn::If, Condition) and mappings (Fn::FindInMap).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "cfn/value.hpp"

namespace cfn::detail::split {

/// What a Fn::Sub variable becomes: its new name, and, when the Sub must
/// declare it (a value the text cannot name), that value.
struct SubRename {
  std::string name;
  std::optional<Value> definition;
};

/// Callbacks for visit_references; any may be empty.
struct ReferenceVisitor {
  /// Ref `target` (attribute "") or Fn::GetAtt target.attribute: the node to
  /// put in its place, or nullopt to keep it.
  std::function<std::optional<Value>(std::string_view target, std::string_view attribute)> node;
  /// ${target} or ${target.attribute} in a Fn::Sub text: its new name, or nullopt.
  std::function<std::optional<SubRename>(std::string_view target, std::string_view attribute)> sub_variable;
  /// Fn::GetAtt of `target` whose attribute is computed (no output can carry it).
  std::function<void(std::string_view target)> computed_get_att;
  std::function<void(std::string_view name)> condition;
  /// Fn::FindInMap of `name`; "" when the map's name is computed.
  std::function<void(std::string_view name)> mapping;
};

/// A visitor that only reads: `use` hears every Ref, literal Fn::GetAtt and
/// Sub variable (target, attribute); nothing is replaced.
[[nodiscard]] ReferenceVisitor reading_visitor(
    const std::function<void(std::string_view target, std::string_view attribute)>& use);

/// Walks `value`, calling the visitor for every reference and replacing what it says.
void visit_references(Value& value, const ReferenceVisitor& visitor);

}  // namespace cfn::detail::split
