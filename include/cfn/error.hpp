/// @file
/// The one exception type cfnpp throws: a message that already carries its
/// context (logical id, property path, file and line).
#pragma once

#include <stdexcept>
#include <string>

namespace cfn {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace cfn
