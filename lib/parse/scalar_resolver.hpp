// What an unquoted, untagged scalar means: the inverse of the emitter's
// quoting (emit/scalar_style.cpp quotes every string a YAML reader could type).
#pragma once

#include <string_view>

#include "cfn/value.hpp"

namespace cfn::detail::parser {

/// The value of a plain YAML scalar or of a JSON number or literal:
///  - null: "", "~", "null", "Null", "NULL";
///  - booleans, as YAML 1.1 (PyYAML, cfn-lint) reads them: true/false, yes/no,
///    on/off, each lower-case, capitalised or upper-case ("y" and "n" stay strings);
///  - integers: [-+]?(0|[1-9][0-9]*) when the value fits 64 bits;
///  - doubles: [-+]?([0-9]+\.[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)? and
///    [-+]?[0-9]+[eE][-+]?[0-9]+, when finite and not rounded to zero from a non-zero text;
///  - everything else, exactly as written, as a string: 010, 0x1F, 1_000, 1:30,
///    .inf, .nan, 2024-01-01, 99999999999999999999, 1e999.
[[nodiscard]] Value resolve_plain_scalar(std::string_view text);

}  // namespace cfn::detail::parser
