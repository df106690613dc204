// Line and column of an offset in a text, for error messages.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace cfn::detail::strings {

struct Position {
  std::size_t line;    // 1-based
  std::size_t column;  // 1-based, in bytes
};

Position position_at(std::string_view text, std::size_t offset) noexcept;

}  // namespace cfn::detail::strings
