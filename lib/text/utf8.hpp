// UTF-8 decoding shared by the emitters and the parser.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace cfn::detail::strings {

/// Decodes the code point starting at s[i]; returns nullopt on an invalid or
/// truncated sequence, an overlong form or a surrogate. `length` receives the
/// number of bytes consumed.
std::optional<char32_t> decode_utf8(std::string_view s, std::size_t i, std::size_t& length) noexcept;

/// Offset of the first byte that does not start a valid UTF-8 sequence, or nullopt.
std::optional<std::size_t> find_invalid_utf8(std::string_view s) noexcept;

/// Printable in the YAML sense (c-printable) and not a YAML 1.1 line break
/// (U+0085, U+2028, U+2029) or byte order mark, so it can stand unescaped.
bool is_yaml_printable(char32_t c) noexcept;

}  // namespace cfn::detail::strings
