#include "text/position.hpp"

#include <algorithm>

#include "text/utf8.hpp"

namespace cfn::detail::strings {

Position position_at(std::string_view text, std::size_t offset) noexcept {
  const std::string_view before = text.substr(0, std::min(offset, text.size()));
  const auto newlines = static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
  const std::size_t last = before.rfind('\n');
  const std::size_t line_start = last == std::string_view::npos ? 0 : last + 1;
  return {newlines + 1, before.size() - line_start + 1};
}

CharacterColumns::CharacterColumns(std::string_view text) : text_(text) {
  std::size_t i = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  line_starts_.push_back(i);
  while (i < text.size()) {
    std::size_t break_length = 0;
    if (text[i] == '\n') {
      break_length = 1;
    } else if (text[i] == '\r') {
      break_length = i + 1 < text.size() && text[i + 1] == '\n' ? 2 : 1;
    } else if (text.substr(i, 2) == "\xC2\x85") {
      break_length = 2;
    } else if (text.substr(i, 3) == "\xE2\x80\xA8" || text.substr(i, 3) == "\xE2\x80\xA9") {
      break_length = 3;
    }
    i += break_length == 0 ? 1 : break_length;
    if (break_length != 0) line_starts_.push_back(i);
  }
}

std::size_t CharacterColumns::column(std::size_t line, std::size_t column) {
  if (line == 0 || line > line_starts_.size() || column == 0) return column;
  if (line != line_ || column < byte_column_) {  // start over at the line's start
    line_ = line;
    byte_column_ = 1;
    character_column_ = 1;
  }
  const std::size_t start = line_starts_[line - 1];
  const std::size_t end = std::min(text_.size(), start + column - 1);
  for (std::size_t i = start + byte_column_ - 1; i < end; ++i)
    if (!is_continuation_byte(text_[i])) ++character_column_;
  byte_column_ = column;
  return character_column_;
}

}  // namespace cfn::detail::strings
