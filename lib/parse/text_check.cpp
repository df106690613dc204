#include "parse/text_check.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <optional>
#include <string>

#include "parse/syntax_error.hpp"
#include "text/utf8.hpp"

namespace cfn::detail::parser {
namespace {

bool allowed(char32_t c, Syntax syntax) noexcept {
  if (c == 0x09 || c == 0x0A || c == 0x0D) return true;
  if (syntax == Syntax::Json) return c >= 0x20;
  // c-printable in YAML 1.2 (and PyYAML's Reader)
  if (c >= 0x20 && c <= 0x7E) return true;
  if (c == 0x85) return true;
  if (c >= 0xA0 && c <= 0xD7FF) return true;
  if (c >= 0xE000 && c <= 0xFFFD) return true;
  return c >= 0x10000 && c <= 0x10FFFF;
}

std::string describe(char32_t c) {
  if (c == 0) return "a NUL byte";
  const bool control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
  return fmt::format("{} U+{:04X}", control ? "the control character" : "the character", static_cast<std::uint32_t>(c));
}

// UTF-16 or UTF-32 text, by its byte order mark or, without one, by the NUL
// bytes its first character (ASCII in any template) has (YAML 1.2, 5.2).
std::optional<std::string_view> wide_encoding(std::string_view t) {
  const auto zero = [&](std::size_t i) { return i < t.size() && t[i] == '\0'; };
  const auto nonzero = [&](std::size_t i) { return i < t.size() && t[i] != '\0'; };
  using namespace std::string_view_literals;
  if (t.starts_with("\0\0\xFE\xFF"sv) || (zero(0) && zero(1) && zero(2) && nonzero(3))) return "UTF-32 (big-endian)";
  if (t.starts_with("\xFF\xFE\0\0"sv) || (nonzero(0) && zero(1) && zero(2) && zero(3))) return "UTF-32 (little-endian)";
  if (t.starts_with("\xFE\xFF"sv) || (zero(0) && nonzero(1))) return "UTF-16 (big-endian)";
  if (t.starts_with("\xFF\xFE"sv) || (nonzero(0) && zero(1))) return "UTF-16 (little-endian)";
  return std::nullopt;
}

}  // namespace

void check_text(std::string_view text, Syntax syntax) {
  if (const auto encoding = wide_encoding(text))
    throw SyntaxError(Mark{1, 1}, "the text is " + std::string(*encoding) + "; a template must be UTF-8");
  std::uint32_t line = 1;
  std::size_t line_start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;  // columns do not count the BOM
  const auto mark_at = [&](std::size_t i) { return Mark{line, static_cast<std::uint32_t>(i - line_start + 1)}; };
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x20 && byte < 0x7F) {  // the common case
      ++i;
      continue;
    }
    if (byte == '\n') {
      ++line;
      line_start = ++i;
      continue;
    }
    std::size_t length = 1;
    const auto cp = detail::strings::decode_utf8(text, i, length);
    if (!cp) {
      throw SyntaxError(mark_at(i), fmt::format("invalid UTF-8 (byte 0x{:02X}); a template must be UTF-8 text", byte));
    }
    if (!allowed(*cp, syntax)) {
      throw SyntaxError(mark_at(i), describe(*cp) + " is not allowed in a template (is this a binary file?)");
    }
    i += length;
  }
}

}  // namespace cfn::detail::parser
