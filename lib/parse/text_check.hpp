// What a template's text must be before any grammar looks at it: UTF-8
// without control characters, which is also what tells binary files apart.
// JSON allows every character but the C0 controls (tab, line feed and
// carriage return aside); YAML also forbids DEL, the C1 controls but U+0085,
// U+FFFE and U+FFFF (c-printable, as PyYAML and so cfn-lint enforce).
#pragma once

#include <cstddef>
#include <string_view>

namespace cfn::detail::parser {

enum class Syntax { Json, Yaml };

/// Throws SyntaxError at the first offending byte, naming it.
void check_text(std::string_view text, Syntax syntax);

}  // namespace cfn::detail::parser
