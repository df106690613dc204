#include "text/utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace cfn::detail::strings {
namespace {

bool eight_ascii_bytes(std::string_view s, std::size_t i) noexcept {
  std::uint64_t word = 0;
  std::memcpy(&word, s.data() + i, sizeof word);
  return (word & 0x8080'8080'8080'8080) == 0;  // no byte has its high bit set
}

}  // namespace

std::optional<char32_t> decode_utf8(std::string_view s, std::size_t i, std::size_t& length) noexcept {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) {
    length = 1;
    return b0;
  }
  std::size_t n = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    n = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    return std::nullopt;
  }
  if (i + n > s.size()) return std::nullopt;
  for (std::size_t k = 1; k < n; ++k) {
    const unsigned char b = byte(i + k);
    if ((b & 0xC0) != 0x80) return std::nullopt;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
  length = n;
  return cp;
}

std::optional<std::size_t> find_invalid_utf8(std::string_view s) noexcept {
  std::size_t i = 0;
  while (i < s.size()) {
    if (i + 8 <= s.size() && eight_ascii_bytes(s, i)) {  // most of every template
      i += 8;
      continue;
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    if (!decode_utf8(s, i, len)) return i;
    i += len;
  }
  return std::nullopt;
}

std::size_t code_points(std::string_view s) noexcept {
  return static_cast<std::size_t>(std::ranges::count_if(s, [](char c) { return !is_continuation_byte(c); }));
}

std::string_view utf8_prefix(std::string_view s, std::size_t max_bytes) noexcept {
  if (s.size() <= max_bytes) return s;
  std::size_t cut = max_bytes;
  while (cut > 0 && is_continuation_byte(s[cut])) --cut;
  return s.substr(0, cut);
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool is_yaml_printable(char32_t c) noexcept {
  if (c == 0x09 || c == 0x0A || c == 0x0D) return true;
  if (c >= 0x20 && c <= 0x7E) return true;
  if (c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF) return false;
  if (c >= 0xA0 && c <= 0xD7FF) return true;
  if (c >= 0xE000 && c <= 0xFFFD) return true;
  return c >= 0x10000 && c <= 0x10FFFF;
}

}  // namespace cfn::detail::strings
