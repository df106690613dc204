#include "diff/equivalence.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "emit/number.hpp"

namespace cfn::detail::diff {

std::string scalar_text(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null:
      return "null";
    case Value::Kind::Bool:
      return v.as_bool() ? "true" : "false";
    case Value::Kind::Int:
      return std::to_string(v.as_int());
    case Value::Kind::Double:
      return detail::emitter::format_double(v.as_double());
    case Value::Kind::Numeral:
      return v.as_numeral().text();
    case Value::Kind::String:
      return v.as_string();
    default:
      return {};
  }
}

namespace {

bool scalars_equivalent(const Value& a, const Value& b, Comparison how) {
  if (how == Comparison::Json || a.is_null() || b.is_null()) return a == b;
  if (a.is_number() && b.is_number()) return a == b;
  if (a.kind() == b.kind()) return a == b;
  return scalar_text(a) == scalar_text(b);
}

}  // namespace

bool equivalent(const Value& a, const Value& b, Comparison how) {
  if (a.is_scalar() && b.is_scalar()) return scalars_equivalent(a, b, how);
  return same_children(a, b, [how](const Value& x, const Value& y, const auto&) { return equivalent(x, y, how); });
}

namespace {

std::size_t mix(std::size_t seed, std::size_t h) noexcept {
  return seed ^ (h + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

std::size_t text_hash_of(std::string_view tag, std::string_view text) {
  return mix(std::hash<std::string_view>{}(tag), std::hash<std::string_view>{}(text));
}

// Numbers hash by the double nearest to them (80 and 80.0 alike, -0.0 as 0.0):
// an integer equals the double it rounds to, and a string equals a number
// whose text it is.
std::size_t number_hash(double d) { return text_hash_of("n", detail::emitter::format_double(d + 0.0)); }

// Every text that reads as a number hashes as that number, so that a string
// hashes like any Int, Double or Numeral whose text it is. Past a double's
// range (a Numeral's 1e400, and the strings of such numerals) only the sign
// counts: equal numerals (1e400, 10e399) then hash alike.
std::size_t string_hash(std::string_view s) {
  const char* const end = s.data() + s.size();
  double d = 0;
  const auto [p, ec] = std::from_chars(s.data(), end, d);
  if (p == end && !s.empty()) {
    if (ec == std::errc() && std::isfinite(d)) return number_hash(d);
    if (ec == std::errc::result_out_of_range) return text_hash_of("range", s.front() == '-' ? "-" : "+");
  }
  return text_hash_of("s", s);
}

}  // namespace

std::size_t text_hash(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null:
      return text_hash_of("z", "");
    case Value::Kind::Bool:  // like the strings "true" and "false"
      return text_hash_of("s", v.as_bool() ? "true" : "false");
    case Value::Kind::Int:
      return number_hash(static_cast<double>(v.as_int()));
    case Value::Kind::Double:
      return std::isfinite(v.as_double()) ? number_hash(v.as_double()) : string_hash(scalar_text(v));
    case Value::Kind::Numeral:  // equals an equal Numeral or the string of its text
      return string_hash(v.as_numeral().text());
    case Value::Kind::String:
      return string_hash(v.as_string());
    case Value::Kind::List: {
      std::size_t h = text_hash_of("l", "");
      for (const Value& item : v.as_list()) h = mix(h, text_hash(item));
      return h;
    }
    case Value::Kind::Map:
      return text_hash(v.as_map());
    case Value::Kind::Fn:
      return mix(text_hash_of("f", fn_name(v.as_fn().kind())), text_hash(v.as_fn().argument()));
  }
  return 0;
}

std::size_t text_hash(const Map& m) {
  // A sum, so that key order does not count.
  std::size_t sum = 0;
  for (const Member& member : m) sum += mix(std::hash<std::string_view>{}(member.key), text_hash(member.value));
  return mix(text_hash_of("m", ""), sum);
}

}  // namespace cfn::detail::diff
