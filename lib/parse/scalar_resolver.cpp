#include "parse/scalar_resolver.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <vector>

namespace cfn::detail::parser {
namespace {

constexpr std::array<std::string_view, 9> kTrue{"yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"};
constexpr std::array<std::string_view, 9> kFalse{"no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"};
constexpr std::array<std::string_view, 5> kNull{"", "~", "null", "Null", "NULL"};

// Integer texts longer than this (in digits of their base) are refused rather
// than converted to decimal, which takes time quadratic in their length.
constexpr std::size_t kMaxConvertedDigits = 20'000;

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& words, std::string_view s) noexcept {
  return std::find(words.begin(), words.end(), s) != words.end();
}

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
bool is_hex(char c) noexcept { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// A cursor over a scalar for the hand-written forms of the 1.1 patterns.
class Cursor {
 public:
  explicit Cursor(std::string_view s) noexcept : s_(s) {}
  [[nodiscard]] bool done() const noexcept { return i_ == s_.size(); }
  [[nodiscard]] bool peek(char c) const noexcept { return i_ < s_.size() && s_[i_] == c; }
  bool eat(char c) noexcept { return peek(c) ? (++i_, true) : false; }
  bool eat_sign() noexcept { return eat('-') || eat('+'); }
  bool eat_word(std::string_view w) noexcept {
    if (s_.substr(i_, w.size()) != w) return false;
    i_ += w.size();
    return true;
  }
  // The longest run of characters satisfying `pred`; its length.
  template <class Pred>
  std::size_t run(Pred pred) noexcept {
    const std::size_t from = i_;
    while (i_ < s_.size() && pred(s_[i_])) ++i_;
    return i_ - from;
  }
  // One digit that satisfies pred.
  template <class Pred>
  bool one(Pred pred) noexcept {
    return i_ < s_.size() && pred(s_[i_]) ? (++i_, true) : false;
  }
  // ([eE][-+][0-9]+)?
  bool optional_exponent() noexcept {
    if (!(peek('e') || peek('E'))) return true;
    ++i_;
    if (!eat_sign()) return false;
    return run(is_digit) > 0;
  }
  // (:[0-5]?[0-9])+
  bool base60_parts() noexcept {
    std::size_t parts = 0;
    while (eat(':')) {
      const bool first = one([](char c) { return c >= '0' && c <= '5'; });
      if (!one(is_digit) && !first) return false;  // [0-5]?[0-9]: at least one digit
      ++parts;
    }
    return parts > 0;
  }

 private:
  std::string_view s_;
  std::size_t i_ = 0;
};

const auto is_digit_or_underscore = [](char c) { return is_digit(c) || c == '_'; };

bool is_float(std::string_view s) noexcept {
  {  // [-+]?[0-9][0-9_]*\.[0-9_]*([eE][-+][0-9]+)?
    Cursor c(s);
    c.eat_sign();
    if (c.one(is_digit) && (c.run(is_digit_or_underscore), c.eat('.')) && (c.run(is_digit_or_underscore), true) &&
        c.optional_exponent() && c.done())
      return true;
  }
  {  // \.[0-9][0-9_]*([eE][-+][0-9]+)?
    Cursor c(s);
    if (c.eat('.') && c.one(is_digit) && (c.run(is_digit_or_underscore), c.optional_exponent()) && c.done())
      return true;
  }
  {  // [-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*
    Cursor c(s);
    c.eat_sign();
    if (c.one(is_digit) && (c.run(is_digit_or_underscore), c.base60_parts()) && c.eat('.') &&
        (c.run(is_digit_or_underscore), c.done()))
      return true;
  }
  {  // [-+]?\.(inf|Inf|INF)
    Cursor c(s);
    c.eat_sign();
    if (c.eat('.') && (c.eat_word("inf") || c.eat_word("Inf") || c.eat_word("INF")) && c.done()) return true;
  }
  return s == ".nan" || s == ".NaN" || s == ".NAN";
}

bool is_int(std::string_view s) noexcept {
  const auto attempt = [s](auto&& body) {
    Cursor c(s);
    c.eat_sign();
    return body(c) && c.done();
  };
  const auto is_binary = [](char c) { return c == '0' || c == '1' || c == '_'; };
  const auto is_octal = [](char c) { return (c >= '0' && c <= '7') || c == '_'; };
  const auto is_hex_or_underscore = [](char c) { return is_hex(c) || c == '_'; };
  const auto is_nonzero = [](char c) { return c >= '1' && c <= '9'; };
  return attempt([&](Cursor& c) { return c.eat_word("0b") && c.run(is_binary) > 0; }) ||
         attempt([&](Cursor& c) { return c.eat('0') && c.run(is_octal) > 0; }) || attempt([&](Cursor& c) {
           return c.eat('0') || (c.one(is_nonzero) && (c.run(is_digit_or_underscore), true));
         }) ||
         attempt([&](Cursor& c) { return c.eat_word("0x") && c.run(is_hex_or_underscore) > 0; }) ||
         attempt([&](Cursor& c) { return c.one(is_nonzero) && (c.run(is_digit_or_underscore), c.base60_parts()); });
}

std::string without_underscores(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s)
    if (c != '_') out += c;
  return out;
}

// A non-negative integer in base 1e9 limbs, least significant first: enough
// to turn octal, hexadecimal, binary and base-60 digits beyond 64 bits into decimal.
class BigUnsigned {
 public:
  void multiply_add(std::uint32_t factor, std::uint32_t addend) {
    std::uint64_t carry = addend;
    for (std::uint32_t& limb : limbs_) {
      const std::uint64_t v = std::uint64_t{limb} * factor + carry;
      limb = static_cast<std::uint32_t>(v % kBase);
      carry = v / kBase;
    }
    while (carry > 0) {
      limbs_.push_back(static_cast<std::uint32_t>(carry % kBase));
      carry /= kBase;
    }
  }
  [[nodiscard]] std::string decimal() const {
    if (limbs_.empty()) return "0";
    std::string out = std::to_string(limbs_.back());
    for (auto it = limbs_.rbegin() + 1; it != limbs_.rend(); ++it) {
      const std::string part = std::to_string(*it);
      out.append(9 - part.size(), '0');
      out += part;
    }
    return out;
  }

 private:
  static constexpr std::uint64_t kBase = 1'000'000'000;
  std::vector<std::uint32_t> limbs_;
};

unsigned digit_value(char c) noexcept {
  if (is_digit(c)) return static_cast<unsigned>(c - '0');
  return static_cast<unsigned>((c | 0x20) - 'a' + 10);
}

// sign * digits: an Int when it fits 64 bits, else the decimal Numeral.
Value integer_value(bool negative, const std::string& decimal_digits) {
  std::string text = negative && decimal_digits != "0" ? "-" + decimal_digits : decimal_digits;
  std::int64_t i = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), i);
  if (ec == std::errc() && end == text.data() + text.size()) return Value(i);
  return Value(Numeral(std::move(text)));
}

// Digits of `base` (validated by the caller), without a sign or a prefix, as decimal.
std::string to_decimal(std::string_view digits, unsigned base) {
  if (base == 10) {
    const std::size_t first = digits.find_first_not_of('0');
    return first == std::string_view::npos ? "0" : std::string(digits.substr(first));
  }
  if (digits.size() > kMaxConvertedDigits)
    throw std::invalid_argument("an integer of more than " + std::to_string(kMaxConvertedDigits) + " digits");
  BigUnsigned n;
  for (const char c : digits) n.multiply_add(base, digit_value(c));
  return n.decimal();
}

// The text Python's int() and float() read: they ignore white space around
// the digits (PyYAML hands them the scalar as it is, so `!!float "9\n"` is
// 9.0), white space being what Python's str.isspace() says, in UTF-8.
std::string_view python_strip(std::string_view text) noexcept {
  static constexpr std::array<std::string_view, 29> kSpace{
      "\t",           "\n",           "\v",           "\f",           "\r",
      "\x1c",         "\x1d",         "\x1e",         "\x1f",         " ",
      "\xc2\x85",     "\xc2\xa0",     "\xe1\x9a\x80", "\xe2\x80\x80", "\xe2\x80\x81",
      "\xe2\x80\x82", "\xe2\x80\x83", "\xe2\x80\x84", "\xe2\x80\x85", "\xe2\x80\x86",
      "\xe2\x80\x87", "\xe2\x80\x88", "\xe2\x80\x89", "\xe2\x80\x8a", "\xe2\x80\xa8",
      "\xe2\x80\xa9", "\xe2\x80\xaf", "\xe2\x81\x9f", "\xe3\x80\x80"};
  // White space is ASCII up to ' ' or starts (ends) with a byte past ASCII: most texts have neither at either end.
  const auto plain_ascii = [](char c) { return c > ' ' && static_cast<unsigned char>(c) < 0x80; };
  if (text.empty() || (plain_ascii(text.front()) && plain_ascii(text.back()))) return text;
  const auto strip_one = [&](bool front) {
    for (const std::string_view space : kSpace) {
      if (front ? text.starts_with(space) : text.ends_with(space)) {
        text = front ? text.substr(space.size()) : text.substr(0, text.size() - space.size());
        return true;
      }
    }
    return false;
  };
  while (strip_one(true)) {
  }
  while (strip_one(false)) {
  }
  return text;
}

// PyYAML's construct_yaml_int: underscores dropped, then 0, 0b..., 0x...,
// 0... (octal), a:b:c (base 60) or decimal.
Value construct_int(std::string_view text) {
  // The common case, a short decimal without a leading zero, needs none of what follows.
  if (const std::string_view digits = text.substr(text.starts_with('-') || text.starts_with('+') ? 1 : 0);
      !digits.empty() && digits.size() <= 18 && digits[0] != '0' && std::ranges::all_of(digits, is_digit)) {
    std::int64_t i = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), i);  // 18 digits always fit
    return Value(text[0] == '-' ? -i : i);
  }
  std::string s = without_underscores(text);
  bool negative = false;
  std::string_view v = s;
  if (!v.empty() && (v[0] == '-' || v[0] == '+')) {
    negative = v[0] == '-';
    v.remove_prefix(1);
  }
  const auto all = [](std::string_view d, auto pred) { return !d.empty() && std::all_of(d.begin(), d.end(), pred); };
  const auto invalid = [&] { return std::invalid_argument("'" + std::string(text) + "' is not an integer"); };
  if (v == "0") return Value(0);
  if (v.starts_with("0b")) {
    const std::string_view digits = python_strip(v.substr(2));
    if (!all(digits, [](char c) { return c == '0' || c == '1'; })) throw invalid();
    return integer_value(negative, to_decimal(digits, 2));
  }
  if (v.starts_with("0x")) {
    const std::string_view digits = python_strip(v.substr(2));
    if (!all(digits, is_hex)) throw invalid();
    return integer_value(negative, to_decimal(digits, 16));
  }
  if (v.starts_with('0')) {
    // Python's int(v, 8) also takes a 0o prefix (reachable with an explicit !!int only).
    const std::string_view digits = python_strip(v.starts_with("0o") || v.starts_with("0O") ? v.substr(2) : v);
    if (!all(digits, [](char c) { return c >= '0' && c <= '7'; })) throw invalid();
    return integer_value(negative, to_decimal(digits, 8));
  }
  if (v.find(':') != std::string_view::npos) {
    if (v.size() > kMaxConvertedDigits) throw invalid();
    BigUnsigned n;
    const std::size_t first_colon = v.find(':');
    const std::string_view first = python_strip(v.substr(0, first_colon));
    if (!all(first, is_digit)) throw invalid();
    for (const char c : first) n.multiply_add(10, digit_value(c));
    for (std::size_t start = first_colon + 1;;) {
      const std::size_t colon = v.find(':', start);
      const std::string_view part =
          python_strip(v.substr(start, colon == std::string_view::npos ? colon : colon - start));
      // Each further part is at most 59 in plain scalars; an explicit !!int may write more.
      if (!all(part, is_digit) || part.size() > 9) throw invalid();
      n.multiply_add(60, static_cast<std::uint32_t>(std::stoul(std::string(part))));
      if (colon == std::string_view::npos) break;
      start = colon + 1;
    }
    return integer_value(negative, n.decimal());
  }
  const std::string_view decimal = python_strip(v);
  if (!all(decimal, is_digit)) throw invalid();
  return integer_value(negative, to_decimal(decimal, 10));
}

// Python's float() of a decimal literal (digits, an optional '.', an
// optional exponent; validated by the caller): the nearest double, infinity
// when it overflows, zero when it underflows.
struct PythonFloat {
  double value = 0;
  bool out_of_range = false;  // overflowed to infinity or underflowed to zero from a non-zero text
};

PythonFloat python_float(std::string_view literal) {
  PythonFloat f;
  const auto [end, ec] = std::from_chars(literal.data(), literal.data() + literal.size(), f.value);
  if (ec != std::errc::result_out_of_range) return f;
  // Out of range: from_chars leaves the value; overflow when the leading digit is at a positive power of ten.
  f.out_of_range = true;
  const std::size_t exponent_at = std::min(literal.find_first_of("eE"), literal.size());
  const std::string_view mantissa = literal.substr(0, exponent_at);
  const std::size_t first = mantissa.find_first_not_of("0.");
  const std::size_t dot = std::min(mantissa.find('.'), mantissa.size());
  long long magnitude = first < dot ? static_cast<long long>(dot - first) : -static_cast<long long>(first - dot - 1);
  if (exponent_at < literal.size()) {
    std::string_view e = literal.substr(exponent_at + 1);
    const bool negative = e.starts_with('-');
    if (e.starts_with('-') || e.starts_with('+')) e.remove_prefix(1);
    long long exponent = 0;
    for (const char c : e)
      if (exponent < 1'000'000'000'000LL) exponent = exponent * 10 + (c - '0');
    magnitude += negative ? -exponent : exponent;
  }
  f.value = magnitude > 0 ? std::numeric_limits<double>::infinity() : 0.0;
  return f;
}

// A decimal literal as a JSON number: leading zeros dropped, a digit on both sides of the '.'.
std::string json_float_text(std::string_view literal, bool negative) {
  const std::size_t exponent_at = std::min(literal.find_first_of("eE"), literal.size());
  std::string_view mantissa = literal.substr(0, exponent_at);
  const std::size_t dot = std::min(mantissa.find('.'), mantissa.size());
  std::string_view int_part = mantissa.substr(0, dot);
  while (int_part.size() > 1 && int_part.front() == '0') int_part.remove_prefix(1);
  std::string text = negative ? "-" : "";
  text += int_part.empty() ? "0" : std::string(int_part);
  if (dot < mantissa.size()) {
    const std::string_view fraction = mantissa.substr(dot + 1);
    text += '.';
    text += fraction.empty() ? "0" : std::string(fraction);
  }
  text += literal.substr(exponent_at);
  return text;
}

// sign * float(literal): a double, or the text as a Numeral when no double holds it.
Value decimal_float(std::string_view literal, bool negative) {
  const PythonFloat f = python_float(literal);
  if (!f.out_of_range) return Value(negative ? -f.value : f.value);
  return Value(Numeral(json_float_text(literal, negative)));
}

// 1.0 * 60^k as Python computes it (the integer 60^k converted to the
// nearest double): exact for k up to 16, then by repeated multiplication.
double power_of_60(std::size_t k) {
  if (k <= 16) {
    std::uint64_t fifteen_power = 1;
    for (std::size_t i = 0; i < k; ++i) fifteen_power *= 15;
    return std::ldexp(static_cast<double>(fifteen_power), static_cast<int>(2 * k));
  }
  double base = power_of_60(16);
  for (std::size_t i = 16; i < k; ++i) base *= 60;
  return base;
}

// A decimal float literal as Python's float() reads it: (digits[.digits?]|.digits)([eE][-+]?digits)?
bool is_decimal_literal(std::string_view s) noexcept {
  Cursor c(s);
  const std::size_t int_digits = c.run(is_digit);
  std::size_t frac_digits = 0;
  if (c.eat('.')) frac_digits = c.run(is_digit);
  if (int_digits + frac_digits == 0) return false;
  if (c.peek('e') || c.peek('E')) {
    c.eat('e') || c.eat('E');
    c.eat_sign();
    if (c.run(is_digit) == 0) return false;
  }
  return c.done();
}

// PyYAML's construct_yaml_float: underscores dropped, lower case, then
// .inf, .nan, a:b:c.d (base 60) or Python's float(), which ignores white
// space around the number (PyYAML's own .inf and .nan must be exact).
Value construct_float(std::string_view text) {
  std::string s = without_underscores(text);
  std::transform(s.begin(), s.end(), s.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; });
  std::string_view v = python_strip(s);
  const bool exact = v.size() == s.size();
  bool negative = false;
  if (!v.empty() && (v[0] == '-' || v[0] == '+')) {
    negative = v[0] == '-';
    v.remove_prefix(1);
  }
  if ((exact && v == ".inf") || v == "inf" || v == "infinity") return Value(Numeral(negative ? "-.inf" : ".inf"));
  if ((exact && v == ".nan") || v == "nan") return Value(Numeral(".nan"));
  if (v.find(':') != std::string_view::npos) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t colon; (colon = v.find(':', start)) != std::string_view::npos; start = colon + 1)
      parts.push_back(v.substr(start, colon - start));
    parts.push_back(v.substr(start));
    double sum = 0.0;
    for (std::size_t k = 0; k < parts.size(); ++k) {
      const std::string_view part = python_strip(parts[parts.size() - 1 - k]);
      if (!is_decimal_literal(part)) throw std::invalid_argument("'" + std::string(text) + "' is not a number");
      const double term = python_float(part).value * power_of_60(k);
      sum += term;
    }
    if (!std::isfinite(sum)) return Value(Numeral(negative ? "-.inf" : ".inf"));
    return Value(negative ? -sum : sum);
  }
  if (!is_decimal_literal(v)) throw std::invalid_argument("'" + std::string(text) + "' is not a number");
  return decimal_float(v, negative);
}

}  // namespace

ScalarType plain_scalar_type(std::string_view text) noexcept {
  if (text.empty()) return ScalarType::Null;
  // PyYAML consults each pattern only for the characters its values can start with.
  switch (text.front()) {
    case 'y':
    case 'Y':
    case 'n':
    case 'N':
    case 't':
    case 'T':
    case 'f':
    case 'F':
    case 'o':
    case 'O':
      if (text.size() <= 5 && (one_of(kTrue, text) || one_of(kFalse, text))) return ScalarType::Bool;
      if (text == "null" || text == "Null" || text == "NULL") return ScalarType::Null;
      return ScalarType::String;
    case '~':
      return text.size() == 1 ? ScalarType::Null : ScalarType::String;
    case '<':
      return text == "<<" ? ScalarType::Merge : ScalarType::String;
    case '!':
    case '&':
    case '*':
      return text.size() == 1 ? ScalarType::YamlSyntax : ScalarType::String;
    case '-':
    case '+':
    case '.':
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
      if (is_float(text)) return ScalarType::Float;
      if (text.front() != '.' && is_int(text)) return ScalarType::Int;
      return ScalarType::String;
    default:
      return ScalarType::String;
  }
}

std::optional<CoreTag> core_scalar_tag(std::string_view tag_name) noexcept {
  if (tag_name == "str") return CoreTag::Str;
  if (tag_name == "int") return CoreTag::Int;
  if (tag_name == "float") return CoreTag::Float;
  if (tag_name == "bool") return CoreTag::Bool;
  if (tag_name == "null") return CoreTag::Null;
  return std::nullopt;
}

Value resolve_plain_scalar(std::string_view text) {
  switch (plain_scalar_type(text)) {
    case ScalarType::Null:
      return Value(nullptr);
    case ScalarType::Bool:
      return Value(one_of(kTrue, text));
    case ScalarType::Int:
      return construct_int(text);
    case ScalarType::Float:
      return construct_float(text);
    case ScalarType::Merge:
      throw std::invalid_argument("'<<' is YAML's merge key, which CloudFormation does not support; quote it");
    case ScalarType::YamlSyntax:
      throw std::invalid_argument("'" + std::string(text) +
                                  "' under the tag '!' is YAML 1.1's 'yaml' type, which YAML readers (PyYAML, "
                                  "cfn-lint) refuse; write it without the tag");
    case ScalarType::String:
      break;
  }
  return Value(std::string(text));
}

Value resolve_plain_scalar_1_2(std::string_view text) {
  if (one_of(kNull, text)) return Value(nullptr);
  if (text == "true" || text == "True" || text == "TRUE") return Value(true);
  if (text == "false" || text == "False" || text == "FALSE") return Value(false);
  if (text == ".nan" || text == ".NaN" || text == ".NAN") return Value(Numeral(".nan"));
  if (text.size() > 2 && text[0] == '0' && (text[1] == 'o' || text[1] == 'x')) {
    const std::string_view digits = text.substr(2);
    const unsigned base = text[1] == 'o' ? 8 : 16;
    const bool valid = std::all_of(digits.begin(), digits.end(),
                                   [base](char c) { return base == 8 ? c >= '0' && c <= '7' : is_hex(c); });
    if (valid && digits.size() <= kMaxConvertedDigits) return integer_value(false, to_decimal(digits, base));
    return Value(std::string(text));
  }
  std::string_view v = text;
  const bool negative = v.starts_with('-');
  if (negative || v.starts_with('+')) v.remove_prefix(1);
  if (v == ".inf" || v == ".Inf" || v == ".INF") return Value(Numeral(negative ? "-.inf" : ".inf"));
  if (!v.empty() && std::all_of(v.begin(), v.end(), is_digit)) return integer_value(negative, to_decimal(v, 10));
  if (is_decimal_literal(v)) return decimal_float(v, negative);
  return Value(std::string(text));
}

Value resolve_tagged_scalar(CoreTag tag, std::string_view text) {
  switch (tag) {
    case CoreTag::Str:
      break;
    case CoreTag::Null:
      return Value(nullptr);
    case CoreTag::Int:
      return construct_int(text);
    case CoreTag::Float:
      return construct_float(text);
    case CoreTag::Bool: {
      std::string lower(text);
      std::transform(lower.begin(), lower.end(), lower.begin(),
                     [](char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; });
      if (one_of(kTrue, lower)) return Value(true);
      if (one_of(kFalse, lower)) return Value(false);
      throw std::invalid_argument("'" + std::string(text) + "' is not a boolean (yes, no, true, false, on, off)");
    }
  }
  return Value(std::string(text));
}

Value json_number(std::string_view text) {
  const bool negative = text.starts_with('-');
  const std::string_view digits = negative ? text.substr(1) : text;
  if (digits.find_first_of(".eE") == std::string_view::npos) return integer_value(negative, std::string(digits));
  const Value v = decimal_float(digits, negative);
  if (v.is_numeral()) return Value(Numeral(std::string(text)));  // JSON text is kept as written
  return v;
}

}  // namespace cfn::detail::parser
