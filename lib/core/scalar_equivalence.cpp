#include "cfn/scalar_equivalence.hpp"

#include <bit>
#include <cstdint>

#include "core/decimal.hpp"
#include "emit/number.hpp"

namespace cfn {
namespace {

// An integer and a double of exactly the same value (no rounding of either).
bool same_number(std::int64_t i, double d) {
  constexpr double kTwoTo63 = 9223372036854775808.0;
  if (!(d >= -kTwoTo63 && d < kTwoTo63)) return false;
  return static_cast<double>(static_cast<std::int64_t>(d)) == d && static_cast<std::int64_t>(d) == i;
}

bool json_equal(const Value& a, const Value& b) {
  if (a.is_int() && b.is_double()) return same_number(a.as_int(), b.as_double());
  if (a.is_double() && b.is_int()) return same_number(b.as_int(), a.as_double());
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case Value::Kind::Double:
      return a.as_double() == b.as_double();  // 0.0 == -0.0 in JSON
    default:
      return a == b;
  }
}

// One spelling per number, so that numerals equal as numbers give one
// string: an integer's digits; otherwise d.ddd with a signed exponent, the
// form cfnpp writes doubles in (1e400, 10e399 and 1.0e+400 are 1.0e+400).
std::string numeral_string(const Numeral& n) {
  if (!n.is_finite()) return n.text();
  const detail::Decimal d = detail::decimal_of(n.text());
  std::string out = d.negative ? "-" : "";
  if (d.digits.empty()) return out + (n.is_integer() ? "0" : "0.0");
  if (n.is_integer()) return out + d.digits + std::string(static_cast<std::size_t>(d.exponent), '0');
  const long long exponent = d.exponent + static_cast<long long>(d.digits.size()) - 1;
  out += d.digits[0];
  out += '.';
  out += d.digits.size() > 1 ? d.digits.substr(1) : "0";
  out += exponent < 0 ? "e-" : "e+";
  out += std::to_string(exponent < 0 ? -exponent : exponent);
  return out;
}

bool exact_equal(const Value& a, const Value& b) {
  if (a.kind() != b.kind()) return false;
  if (a.is_double()) return std::bit_cast<std::uint64_t>(a.as_double()) == std::bit_cast<std::uint64_t>(b.as_double());
  return a == b;
}

}  // namespace

std::optional<std::string> cloudformation_string(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Bool:
      return v.as_bool() ? "true" : "false";
    case Value::Kind::Int:
      return std::to_string(v.as_int());
    case Value::Kind::Double:
      return detail::emitter::format_double(v.as_double());
    case Value::Kind::Numeral:
      return numeral_string(v.as_numeral());
    case Value::Kind::String:
      return v.as_string();
    default:
      return std::nullopt;
  }
}

bool equivalent_scalars(const Value& a, const Value& b, ScalarEquality how) {
  if (!a.is_scalar() || !b.is_scalar()) return false;
  switch (how) {
    case ScalarEquality::Exact:
      return exact_equal(a, b);
    case ScalarEquality::Json:
      return json_equal(a, b);
    case ScalarEquality::AsString:
      if (a.is_null() || b.is_null()) return a.is_null() && b.is_null();
      return cloudformation_string(a) == cloudformation_string(b);
  }
  return false;
}

}  // namespace cfn
