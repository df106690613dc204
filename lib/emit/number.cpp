#include "emit/number.hpp"

#include <fmt/format.h>

namespace cfn::detail::emitter {

std::string format_double(double d) {
  std::string s = fmt::format("{}", d);
  const std::size_t exponent = s.find_first_of("eE");
  const std::size_t mantissa_end = exponent == std::string::npos ? s.size() : exponent;
  if (s.find('.') == std::string::npos) s.insert(mantissa_end, ".0");
  return s;
}

std::string yaml_numeral(const Numeral& n) {
  std::string s = n.text();
  if (n.is_integer() || !n.is_finite()) return s;
  std::size_t exponent = s.find_first_of("eE");
  if (s.find('.') == std::string::npos) {
    s.insert(exponent == std::string::npos ? s.size() : exponent, ".0");
    if (exponent != std::string::npos) exponent += 2;
  }
  if (exponent == std::string::npos) return s;
  s[exponent] = 'e';  // as YAML reads it back (PyYAML lowercases), so that emitting is idempotent
  if (s[exponent + 1] != '-' && s[exponent + 1] != '+') s.insert(exponent + 1, "+");
  return s;
}

}  // namespace cfn::detail::emitter
