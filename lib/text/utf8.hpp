// UTF-8 decoding shared by the emitters and the parser.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cfn::detail::strings {

/// Decodes the code point starting at s[i]; returns nullopt on an invalid or
/// truncated sequence, an overlong form or a surrogate. `length` receives the
/// number of bytes consumed.
std::optional<char32_t> decode_utf8(std::string_view s, std::size_t i, std::size_t& length) noexcept;

/// Appends the UTF-8 form of `c` (a code point, not a surrogate).
void append_utf8(std::string& out, char32_t c);

/// Offset of the first byte that does not start a valid UTF-8 sequence, or nullopt.
std::optional<std::size_t> find_invalid_utf8(std::string_view s) noexcept;

/// A byte that continues a UTF-8 sequence (10xxxxxx) rather than starting a character.
constexpr bool is_continuation_byte(char c) noexcept { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// Code points of UTF-8 text: the bytes that start a character.
std::size_t code_points(std::string_view s) noexcept;

/// The longest prefix of `s` of at most `max_bytes` that does not end inside a character.
std::string_view utf8_prefix(std::string_view s, std::size_t max_bytes) noexcept;

/// Printable in the YAML sense (c-printable) and not a YAML 1.1 line break
/// (U+0085, U+2028, U+2029) or byte order mark, so it can stand unescaped.
bool is_yaml_printable(char32_t c) noexcept;

}  // namespace cfn::detail::strings
