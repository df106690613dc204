#include "parse/tags.hpp"

#include <algorithm>
#include <array>

namespace cfn::parser {
namespace {

// Documented CloudFormation functions with a short form that cfn::FnKind does not model.
constexpr std::array<std::string_view, 7> kUnmodelled{
    "Fn::Contains", "Fn::EachMemberEquals", "Fn::EachMemberIn",   "Fn::RefAll",
    "Fn::ValueOf",  "Fn::ValueOfAll",       "Fn::GetStackOutput",
};

}  // namespace

std::optional<TagFunction> function_for_tag(std::string_view tag) noexcept {
  if (const auto kind = fn_from_tag(tag)) return TagFunction{kind, {}};
  const auto it = std::find_if(kUnmodelled.begin(), kUnmodelled.end(),
                               [&](std::string_view name) { return name.substr(4) == tag; });
  if (it != kUnmodelled.end()) return TagFunction{std::nullopt, *it};
  return std::nullopt;
}

Value apply_function(const TagFunction& function, Value argument, Mark mark) {
  Value result;
  if (function.kind) {
    result = Value(Fn(*function.kind, std::move(argument)));
  } else {
    Map map;
    map.append(Member{std::string(function.long_name), std::move(argument), mark});
    result = Value(std::move(map));
  }
  result.set_mark(mark);
  return result;
}

Value apply_function_to_text(const TagFunction& function, const std::string& text, Mark mark) {
  Value argument;
  if (function.kind == FnKind::GetAtt) {
    const std::size_t dot = text.find('.');
    List parts;
    parts.emplace_back(text.substr(0, dot));
    if (dot != std::string::npos) parts.emplace_back(text.substr(dot + 1));
    for (Value& p : parts) p.set_mark(mark);
    argument = Value(std::move(parts));
  } else {
    argument = Value(text);
  }
  argument.set_mark(mark);
  return apply_function(function, std::move(argument), mark);
}

}  // namespace cfn::parser
