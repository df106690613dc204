// Line and column of an offset in a text, for error messages.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cfn::detail::strings {

struct Position {
  std::size_t line;    // 1-based
  std::size_t column;  // 1-based, in bytes
};

Position position_at(std::string_view text, std::size_t offset) noexcept;

/// Turns the parser's columns (bytes from the line's start, cfn::Mark) into
/// columns in code points, as SARIF counts them. Lines break where libyaml
/// breaks them (LF, CRLF, CR, U+0085, U+2028, U+2029), and the first line
/// starts after a byte order mark. Asking in increasing order of position
/// (findings as they are sorted) takes time linear in the text; any order is
/// answered right.
class CharacterColumns {
 public:
  explicit CharacterColumns(std::string_view text);
  /// The 1-based code point column of 1-based `line` and byte `column`;
  /// `column` itself for a line the text does not have.
  [[nodiscard]] std::size_t column(std::size_t line, std::size_t column);

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;  // byte offset of each line
  std::size_t line_ = 0;                  // the last answer: its line,
  std::size_t byte_column_ = 1;           // byte column,
  std::size_t character_column_ = 1;      // and code point column
};

}  // namespace cfn::detail::strings
