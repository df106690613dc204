// Number formatting shared by the YAML and JSON emitters.
#pragma once

#include <string>

#include "cfn/value.hpp"

namespace cfn::detail::emitter {

/// Shortest text that reads back as the same double, always with a '.' in the
/// mantissa ("1.0", "0.1", "1.0e+21") so every YAML 1.1 reader sees a float.
std::string format_double(double d);

/// A numeral as YAML writes it: integers and the infinities and NaN as they
/// are, a float with a '.' in its mantissa and a signed exponent (1e400 is
/// written 1.0e+400), the only floats YAML 1.1 readers take for floats.
std::string yaml_numeral(const Numeral& n);

}  // namespace cfn::detail::emitter
