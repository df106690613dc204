#include "parse/scalar_resolver.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>

namespace cfn::detail::parser {
namespace {

constexpr std::array<std::string_view, 5> kNull{"", "~", "null", "Null", "NULL"};
constexpr std::array<std::string_view, 9> kTrue{"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"};
constexpr std::array<std::string_view, 9> kFalse{"false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"};

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& words, std::string_view s) noexcept {
  return std::find(words.begin(), words.end(), s) != words.end();
}

std::size_t count_digits(std::string_view s, std::size_t i) noexcept {
  std::size_t n = 0;
  while (i + n < s.size() && is_digit(s[i + n])) ++n;
  return n;
}

// [-+]?(0|[1-9][0-9]*)
bool is_decimal_integer(std::string_view s) noexcept {
  const std::size_t start = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
  const std::size_t digits = count_digits(s, start);
  if (digits == 0 || start + digits != s.size()) return false;
  return digits == 1 || s[start] != '0';
}

// [-+]?([0-9]+\.[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?  |  [-+]?[0-9]+[eE][-+]?[0-9]+
bool is_decimal_float(std::string_view s) noexcept {
  std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
  const std::size_t int_digits = count_digits(s, i);
  i += int_digits;
  bool has_dot = false;
  std::size_t frac_digits = 0;
  if (i < s.size() && s[i] == '.') {
    has_dot = true;
    frac_digits = count_digits(s, i + 1);
    i += 1 + frac_digits;
  }
  if (int_digits + frac_digits == 0) return false;
  bool has_exponent = false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    const std::size_t exp_digits = count_digits(s, i);
    if (exp_digits == 0) return false;
    i += exp_digits;
    has_exponent = true;
  }
  return i == s.size() && (has_dot || (has_exponent && int_digits > 0));
}

bool has_nonzero_digit(std::string_view s) noexcept {
  for (char c : s) {
    if (c == 'e' || c == 'E') return false;
    if (c >= '1' && c <= '9') return true;
  }
  return false;
}

}  // namespace

Value resolve_plain_scalar(std::string_view text) {
  if (text.size() <= 5) {
    if (one_of(kNull, text)) return Value(nullptr);
    if (one_of(kTrue, text)) return Value(true);
    if (one_of(kFalse, text)) return Value(false);
  }
  if (text.empty()) return Value(nullptr);
  const char first = text.front();
  if (!is_digit(first) && first != '-' && first != '+' && first != '.') return Value(std::string(text));

  if (is_decimal_integer(text)) {
    const std::size_t start = first == '+' ? 1 : 0;  // from_chars takes no '+'
    std::int64_t i = 0;
    const auto [end, ec] = std::from_chars(text.data() + start, text.data() + text.size(), i);
    if (ec == std::errc() && end == text.data() + text.size()) return Value(i);
    return Value(std::string(text));  // too large: keep every digit
  }
  if (is_decimal_float(text)) {
    const std::size_t start = first == '+' ? 1 : 0;
    double d = 0;
    const auto [end, ec] = std::from_chars(text.data() + start, text.data() + text.size(), d);
    // Overflow to infinity, or a non-zero number that underflows to zero, would lose the text.
    if (ec == std::errc() && end == text.data() + text.size() && std::isfinite(d) &&
        !(d == 0 && has_nonzero_digit(text)))
      return Value(d);
    return Value(std::string(text));
  }
  return Value(std::string(text));
}

}  // namespace cfn::detail::parser
