#include "text/terminal_text.hpp"

#include <fmt/format.h>

#include "text/utf8.hpp"

namespace cfn::detail::strings {
namespace {

// Bidirectional embeddings, overrides and isolates: they reorder what a
// terminal shows ("Trojan Source"), so they are never printed as themselves.
bool is_bidi_control(char32_t c) noexcept {
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

}  // namespace

std::string terminal_safe(std::string_view s, bool keep_line_breaks) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t length = 1;
    const auto c = decode_utf8(s, i, length);
    if (!c) {
      out += fmt::format("\\x{:02X}", static_cast<unsigned char>(s[i]));
      length = 1;
    } else if (*c == U'\n' && keep_line_breaks) {
      out += '\n';
    } else if (*c < 0x20 || *c == 0x7F || (*c >= 0x80 && *c <= 0x9F)) {
      out += fmt::format("\\x{:02X}", static_cast<unsigned>(*c));
    } else if (!is_yaml_printable(*c) || is_bidi_control(*c)) {
      out += *c <= 0xFFFF ? fmt::format("\\u{:04X}", static_cast<unsigned>(*c))
                          : fmt::format("\\U{:08X}", static_cast<unsigned>(*c));
    } else {
      out.append(s.substr(i, length));
    }
    i += length;
  }
  return out;
}

}  // namespace cfn::detail::strings
