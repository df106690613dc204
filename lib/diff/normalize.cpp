// The normal form two templates are compared in: spellings CloudFormation
// reads alike become one (see include/cfn/diff.hpp).
#include <algorithm>
#include <utility>

#include "cfn/diff.hpp"
#include "cfn/intrinsics.hpp"

namespace cfn {
namespace {

// `Fn::GetAtt: "A.B.c"` is `[A, "B.c"]`: CloudFormation splits at the first dot.
void normalize_get_att(Value& argument) {
  if (!argument.is_string()) return;
  const auto parts = split_get_att(argument.as_string());
  if (!parts) return;
  List list{Value(parts->first), Value(parts->second)};
  argument = Value(std::move(list));
}

// `!Sub [s, {}]` is `!Sub s`; returns true when the Sub is a plain string
// (nothing to substitute, no "${" to read), which the caller then inlines.
bool normalize_sub(Value& argument) {
  if (const SubView sub(argument); sub.list_form() && sub.well_formed() && sub.variables()->empty()) {
    Value text = std::move(argument.as_list()[0]);
    argument = std::move(text);
  }
  return argument.is_string() && argument.as_string().find("${") == std::string::npos;
}

// `!GetAZs ''` means the stack's region, as `!GetAZs !Ref AWS::Region` does.
void normalize_get_azs(Value& argument) {
  if (argument.is_fn(FnKind::Ref) && RefView(argument.as_fn().argument()).name() == "AWS::Region") argument = Value("");
}

void normalize_value(Value& v) {
  switch (v.kind()) {
    case Value::Kind::List:
      for (Value& item : v.as_list()) normalize_value(item);
      return;
    case Value::Kind::Map:
      for (Member& m : v.as_map()) normalize_value(m.value);
      return;
    case Value::Kind::Fn: {
      Fn& fn = v.as_fn();
      normalize_value(fn.argument());
      switch (fn.kind()) {
        case FnKind::GetAtt:
          normalize_get_att(fn.argument());
          break;
        case FnKind::GetAZs:
          normalize_get_azs(fn.argument());
          break;
        case FnKind::Sub:
          if (normalize_sub(fn.argument())) {
            Value text = std::move(fn.argument());
            v = std::move(text);
          }
          break;
        default:
          break;
      }
      return;
    }
    default:
      return;
  }
}

// A string or a list of strings, as a list (Transform, DependsOn).
void as_list(Value& v) {
  if (v.is_string()) {
    List list{std::move(v)};
    v = Value(std::move(list));
  }
}

}  // namespace

Value normalize_template(Value document) {
  normalize_value(document);
  if (!document.is_map()) return document;
  if (Value* transform = document.find("Transform")) as_list(*transform);
  Value* resources = document.find("Resources");
  if (resources == nullptr || !resources->is_map()) return document;
  for (Member& r : resources->as_map()) {
    Value* depends_on = r.value.find("DependsOn");
    if (depends_on == nullptr) continue;
    as_list(*depends_on);
    if (!depends_on->is_list()) continue;
    List& names = depends_on->as_list();
    if (!std::all_of(names.begin(), names.end(), [](const Value& n) { return n.is_string(); })) continue;
    // The order and repeats of DependsOn mean nothing: sorted, without repeats.
    std::sort(names.begin(), names.end(), [](const Value& a, const Value& b) { return a.as_string() < b.as_string(); });
    names.erase(std::unique(names.begin(), names.end()), names.end());
  }
  return document;
}

}  // namespace cfn
