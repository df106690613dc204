// How the YAML emitter writes a string: plain when no YAML reader could take
// it for anything else, quoted otherwise, a literal block when it spans lines.
#pragma once

#include <string>
#include <string_view>

namespace cfn::detail::emitter {

enum class ScalarStyle { Plain, SingleQuoted, DoubleQuoted, Literal };

/// True when a YAML 1.1 or 1.2 reader (PyYAML, SnakeYAML, yaml-cpp) would
/// resolve the plain scalar to something other than a string: null, a
/// boolean (yes/no/on/off...), a number in any notation (010, 1e3, 0x1F, .5,
/// 1_000, 1:30), a timestamp, `<<` or `=`.
bool is_implicitly_typed(std::string_view s);

/// The style for a string. Keys never get Literal. Text that is not valid
/// UTF-8 gets DoubleQuoted (an invalid byte counts as a control character),
/// so a writer needs to check only the strings it double-quotes.
ScalarStyle choose_style(std::string_view s, bool is_key);

/// 'text' with quotes doubled.
std::string single_quoted(std::string_view s);
/// "text" with YAML escapes for control characters, line breaks and the BOM.
std::string double_quoted(std::string_view s);

}  // namespace cfn::detail::emitter
