#include "text/position.hpp"

#include <algorithm>

namespace cfn::detail::strings {

Position position_at(std::string_view text, std::size_t offset) noexcept {
  const std::string_view before = text.substr(0, std::min(offset, text.size()));
  const auto newlines = static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
  const std::size_t last = before.rfind('\n');
  const std::size_t line_start = last == std::string_view::npos ? 0 : last + 1;
  return {newlines + 1, before.size() - line_start + 1};
}

}  // namespace cfn::detail::strings
