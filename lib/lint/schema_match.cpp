#include "lint/schema_match.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

#include "cfn/intrinsics.hpp"
#include "cfn/scalar_equivalence.hpp"
#include "lint/constraint_walk.hpp"
#include "text/shortened_list.hpp"
#include "text/utf8.hpp"

namespace cfn::detail::checks {
namespace {

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

std::optional<double> parse_number(std::string_view s) {
  if (s.empty()) return std::nullopt;
  const std::string text(s);
  char* end = nullptr;
  const double d = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size()) return std::nullopt;
  return d;
}

/// Both verdicts hold: NoMatch wins, then Unknown.
Verdict both(Verdict a, Verdict b) {
  if (a == Verdict::NoMatch || b == Verdict::NoMatch) return Verdict::NoMatch;
  return a == Verdict::Unknown || b == Verdict::Unknown ? Verdict::Unknown : Verdict::Match;
}

Verdict holds(bool ok) { return ok ? Verdict::Match : Verdict::NoMatch; }

/// The JSON types a literal passes for: CloudFormation passes scalars to
/// resources as strings, so "80" is also a number and an integer, "true" a
/// boolean, and every number or boolean a string.
bool has_type(const Value& v, const registry::Constraints& node) {
  using registry::JsonType;
  if (!node.typed()) return true;
  if (v.is_map()) return node.allows(JsonType::Object);
  if (v.is_list()) return node.allows(JsonType::Array);
  if (v.is_null()) return node.allows(JsonType::Null);
  if (node.allows(JsonType::String)) return true;
  if (v.is_bool()) return node.allows(JsonType::Boolean);
  if (v.is_string() && (v.as_string() == "true" || v.as_string() == "false") && node.allows(JsonType::Boolean))
    return true;
  const std::optional<double> n = number_value(v);
  if (!n) return false;
  return node.allows(JsonType::Number) || (node.allows(JsonType::Integer) && std::floor(*n) == *n);
}

Verdict scalar(const Value& v, const registry::Constraints& node) {
  const std::optional<std::string> text = cloudformation_string(v);
  if (!text) return Verdict::Match;
  Verdict out = Verdict::Match;
  if (const std::vector<std::string_view> allowed = node.enum_values(); !allowed.empty())
    out = both(out, holds(std::any_of(allowed.begin(), allowed.end(), [&](std::string_view a) {
                 return enum_value_equal(*text, a, node.enum_case_insensitive());
               })));
  if (v.is_string()) {
    out = both(out, holds(node.matches_pattern(*text).value_or(true) && node.matches_format(*text).value_or(true)));
    const std::size_t n = strings::code_points(*text);
    out = both(out, holds(n >= node.min_length().value_or(0) && n <= node.max_length().value_or(n)));
  }
  if (const std::optional<double> n = number_value(v)) {
    if (const auto least = node.minimum())
      out = both(out, holds(node.exclusive_minimum() ? *n > *least : *n >= *least));
    if (const auto most = node.maximum()) out = both(out, holds(node.exclusive_maximum() ? *n < *most : *n <= *most));
  }
  return out;
}

Verdict list(const List& items, const registry::Constraints& node) {
  Verdict out = Verdict::Match;
  const bool counted =
      std::none_of(items.begin(), items.end(), [](const Value& i) { return i.is_fn(FnKind::If) || is_no_value(i); });
  if (!counted && (node.min_items() || node.max_items())) out = Verdict::Unknown;
  if (counted)
    out =
        holds(items.size() >= node.min_items().value_or(0) && items.size() <= node.max_items().value_or(items.size()));
  if (const std::optional<registry::Constraints> each = node.items())
    for (const Value& item : items) out = both(out, match(item, *each));
  return out;
}

Verdict object(const Map& map, const registry::Constraints& node) {
  Verdict out = Verdict::Match;
  const auto set = [&](std::string_view name) { return is_set(map, name); };
  for (const std::string_view name : node.required()) {
    const std::optional<bool> s = set(name);
    out = both(out, s ? holds(*s) : Verdict::Unknown);
  }
  if (const std::vector<std::string_view> xor_names = node.required_xor(); !xor_names.empty()) {
    const SetCount count = count_set(map, xor_names);
    out = both(out, count.set > 1 ? Verdict::NoMatch : count.unknown > 0 ? Verdict::Unknown : holds(count.set == 1));
  }
  for (const registry::Dependency& d : node.dependencies()) {
    const std::optional<bool> trigger = set(d.name);
    if (trigger == false) continue;
    for (const std::string_view name : d.names) {
      const std::optional<bool> s = set(name);
      out = both(out, !trigger || !s ? Verdict::Unknown : holds(*s != d.excluded));
    }
  }
  for (const Member& m : map)
    if (const std::optional<registry::Constraints> property = node.property(m.key))
      out = both(out, match(m.value, *property));
  return out;
}

}  // namespace

SetCount count_set(const Map& map, const std::vector<std::string_view>& names) {
  SetCount out;
  for (const std::string_view name : names) {
    const std::optional<bool> s = is_set(map, name);
    if (!s) {
      ++out.unknown;
    } else if (*s) {
      ++out.set;
      out.names.push_back(name);
    }
  }
  return out;
}

std::optional<bool> is_set(const Map& map, std::string_view name) {
  const Value* v = map.find(name);
  if (v == nullptr || is_no_value(*v)) return false;
  if (v->is_fn(FnKind::If)) {
    const Value& arg = v->as_fn().argument();
    if (arg.is_list() &&
        std::any_of(arg.as_list().begin(), arg.as_list().end(), [](const Value& b) { return is_no_value(b); }))
      return std::nullopt;
  }
  return true;
}

Verdict match(const Value& value, const registry::Constraints& node) {
  if (value.is_fn() || is_dynamic_reference(value)) return Verdict::Unknown;
  if (!has_type(value, node)) return Verdict::NoMatch;
  Verdict out = value.is_map()    ? object(value.as_map(), node)
                : value.is_list() ? list(value.as_list(), node)
                                  : scalar(value, node);
  for (const registry::Constraints& all : node.all_of()) out = both(out, match(value, all));
  if (const std::vector<registry::Constraints> any = node.any_of(); !any.empty()) {
    Verdict some = Verdict::NoMatch;
    for (const registry::Constraints& b : any) {
      const Verdict v = match(value, b);
      if (v == Verdict::Match) some = Verdict::Match;
      if (v == Verdict::Unknown && some == Verdict::NoMatch) some = Verdict::Unknown;
    }
    out = both(out, some);
  }
  if (const std::vector<registry::Constraints> one = node.one_of(); !one.empty()) {
    std::size_t matched = 0, unknown = 0;
    for (const registry::Constraints& b : one) {
      const Verdict v = match(value, b);
      matched += v == Verdict::Match;
      unknown += v == Verdict::Unknown;
    }
    out = both(out, matched > 1 || (matched + unknown == 0) ? Verdict::NoMatch
                    : unknown > 0                           ? Verdict::Unknown
                                                            : Verdict::Match);
  }
  return out == Verdict::Match && value.is_map() && node.closed() ? Verdict::Unknown : out;
}

bool enum_value_equal(std::string_view value, std::string_view allowed, bool ignore_case) {
  if (value == allowed || (ignore_case && equal_ignoring_case(value, allowed))) return true;
  const auto a = parse_number(value);
  const auto b = parse_number(allowed);
  return a && b && *a == *b;
}

std::optional<double> number_value(const Value& v) {
  if (v.is_int()) return static_cast<double>(v.as_int());
  if (v.is_double()) return v.as_double();
  if (!v.is_string()) return std::nullopt;
  return parse_number(v.as_string());
}

std::string describe(const registry::Constraints& branch) {
  if (const auto format = branch.format()) return std::string(*format);
  if (const std::vector<std::string_view> required = branch.required(); !required.empty())
    return "with " + strings::shortened_list(required, 6, "properties");
  if (const auto pattern = branch.pattern()) return "matching '" + std::string(*pattern) + "'";
  if (const std::vector<std::string_view> allowed = branch.enum_values(); !allowed.empty())
    return "one of " + strings::shortened_list(allowed, 6, "values");
  using registry::JsonType;
  for (const auto& [type, name] : {std::pair{JsonType::Object, "an object"},
                                   {JsonType::Array, "a list"},
                                   {JsonType::String, "a string"},
                                   {JsonType::Integer, "an integer"},
                                   {JsonType::Number, "a number"},
                                   {JsonType::Boolean, "a boolean"}})
    if (branch.typed() && branch.allows(type)) return name;
  return "a schema";
}

std::string describe_value(const Value& v) {
  if (const std::optional<std::string> text = cloudformation_string(v)) return quote_value(*text);
  return v.is_list() ? "the list" : "the object";
}

std::string describe(const std::vector<registry::Constraints>& branches) {
  std::string out;
  for (const registry::Constraints& b : branches) out += (out.empty() ? "" : " | ") + describe(b);
  return out;
}

}  // namespace cfn::detail::checks
