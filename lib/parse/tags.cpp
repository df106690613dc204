#include "parse/tags.hpp"

#include <algorithm>

#include "cfn/intrinsics.hpp"

namespace cfn::detail::parser {

std::optional<TagFunction> function_for_tag(std::string_view tag) {
  if (const auto kind = fn_from_tag(tag)) return TagFunction{kind, {}};
  const auto unmodelled = unmodelled_function_names();
  std::string long_name = long_form_of_tag(tag);
  if (std::find(unmodelled.begin(), unmodelled.end(), long_name) != unmodelled.end())
    return TagFunction{std::nullopt, std::move(long_name)};
  return std::nullopt;
}

TagFunction unknown_function(std::string_view tag) { return TagFunction{std::nullopt, long_form_of_tag(tag)}; }

Value apply_function(const TagFunction& function, Value argument, Mark mark) {
  Value result;
  if (function.kind) {
    result = Value(Fn(*function.kind, std::move(argument)));
  } else {
    Map map;
    map.append(Member{function.long_name, std::move(argument), mark});
    result = Value(std::move(map));
  }
  result.set_mark(mark);
  return result;
}

Value apply_function_to_text(const TagFunction& function, const std::string& text, Mark mark) {
  Value argument;
  if (function.kind == FnKind::GetAtt) {
    List parts;
    if (const auto split = split_get_att(text)) {
      parts.emplace_back(split->first);
      parts.emplace_back(split->second);
    } else {
      parts.emplace_back(text);
    }
    for (Value& p : parts) p.set_mark(mark);
    argument = Value(std::move(parts));
  } else {
    argument = Value(text);
  }
  argument.set_mark(mark);
  return apply_function(function, std::move(argument), mark);
}

}  // namespace cfn::detail::parser
