// Reading emitted YAML back with yaml-cpp, an independent parser.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>

#include "emit/scalar_style.hpp"

namespace cfn::test {

/// True when `node` is a scalar yaml-cpp reads as exactly `expected`, and,
/// if it was written plain, one that no YAML reader would type as non-string.
inline bool reads_back_as_string(const YAML::Node& node, const std::string& expected) {
  if (!node.IsScalar() || node.Scalar() != expected) return false;
  return node.Tag() != "?" || !detail::emitter::is_implicitly_typed(expected);
}

}  // namespace cfn::test
