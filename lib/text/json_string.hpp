// A string as a JSON string literal: the one escaper, shared by the JSON
// emitter and the path renderer.
#pragma once

#include <string>
#include <string_view>

namespace cfn::detail::strings {

/// Appends `s` to `out` as "..." with JSON's escapes: \" \\ \n \t \r \b \f,
/// and \u00XX for the other control characters. Other bytes are copied.
void append_json_string(std::string& out, std::string_view s);

}  // namespace cfn::detail::strings
