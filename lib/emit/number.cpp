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

}  // namespace cfn::detail::emitter
