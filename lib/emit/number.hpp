// Number formatting shared by the YAML and JSON emitters.
#pragma once

#include <string>

namespace cfn::detail::emitter {

/// Shortest text that reads back as the same double, always with a '.' in the
/// mantissa ("1.0", "0.1", "1.0e+21") so every YAML 1.1 reader sees a float.
std::string format_double(double d);

}  // namespace cfn::detail::emitter
