// User text (logical ids, property names, types, file names, messages that
// quote them) made safe to print on a terminal or into a CI log: the one
// escaper every tool's human-readable output goes through, so a template
// cannot move the cursor, erase lines or hide text ("X\r\e[2KNo changes.").
#pragma once

#include <string>
#include <string_view>

namespace cfn::detail::strings {

/// `s` with every character a terminal would act on written as an escape:
/// C0 controls (\t \r \n \e...), DEL and C1 controls (U+0085, U+009B) as
/// \xNN; the other characters YAML does not print (U+2028, U+FEFF) and the
/// bidirectional controls (U+202E...) as \uNNNN; invalid UTF-8 bytes as \xNN.
/// Everything else, backslashes included, is left as it is.
/// With `keep_line_breaks`, "\n" stays a line break (multi-line output).
[[nodiscard]] std::string terminal_safe(std::string_view s, bool keep_line_breaks = false);

}  // namespace cfn::detail::strings
