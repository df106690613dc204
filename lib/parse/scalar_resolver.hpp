// What a YAML scalar means, by the rules of YAML 1.1 (the version
// CloudFormation reads, with PyYAML's regular expressions, the reading of
// cfn-lint), and what a JSON number means.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cfn/value.hpp"

namespace cfn::detail::parser {

/// The YAML 1.1 type of a plain scalar: the first of these that matches.
///  - Bool: yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF
///  - Float: [-+]?[0-9][0-9_]*\.[0-9_]*([eE][-+][0-9]+)?  |  \.[0-9][0-9_]*([eE][-+][0-9]+)?
///         | [-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*  |  [-+]?\.(inf|Inf|INF)  |  \.(nan|NaN|NAN)
///  - Int: [-+]?0b[0-1_]+ | [-+]?0[0-7_]+ | [-+]?(0|[1-9][0-9_]*) | [-+]?0x[0-9a-fA-F_]+
///         | [-+]?[1-9][0-9_]*(:[0-5]?[0-9])+
///  - Merge: <<
///  - YamlSyntax: ! | & | * (reached only under the non-specific tag: `! '&'`)
///  - Null: ~ | null | Null | NULL | (nothing)
///  - String: everything else, timestamps (2010-09-09) and `=` included, as
///    CloudFormation has no timestamp type.
/// So 0755 and 000400 are octal, 1_000 is 1000, 1:20 is 80, 0x1F and 0b101
/// are integers, while 1e3 (no '.'), 1.0e3 (no exponent sign), -.5 and 0o17
/// are strings.
enum class ScalarType { Null, Bool, Int, Float, Merge, YamlSyntax, String };
[[nodiscard]] ScalarType plain_scalar_type(std::string_view text) noexcept;

/// The core tags a template may give a scalar (!!str, !!int, !!float, !!bool,
/// !!null): CloudFormation excludes only binary, omap, pairs, set and timestamp.
enum class CoreTag { Str, Int, Float, Bool, Null };
[[nodiscard]] std::optional<CoreTag> core_scalar_tag(std::string_view tag_name) noexcept;

/// The value of a plain scalar: resolved by plain_scalar_type, then built as
/// a YAML 1.1 reader builds it (underscores dropped; octal, hexadecimal,
/// binary, base 60; integers beyond 64 bits and floats beyond a double's
/// range, .inf and .nan as cfn::Numeral). Throws std::invalid_argument with
/// the reason for the few texts the patterns accept but no number is written
/// in (0b_, 0x_), for the merge key `<<` and for YamlSyntax, which are not values.
[[nodiscard]] Value resolve_plain_scalar(std::string_view text);

/// The value of a plain scalar by YAML 1.2's core schema, what YAML 1.2
/// readers (SnakeYAML Engine, yaml-cpp, Go's yaml.v3 and most editors) make
/// of it: null|Null|NULL|~|(nothing), true|True|TRUE|false|False|FALSE,
/// [-+]?[0-9]+, 0o[0-7]+, 0x[0-9a-fA-F]+,
/// [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?, [-+]?\.(inf|Inf|INF),
/// \.(nan|NaN|NAN); everything else is a string. Never throws for a text
/// resolve_plain_scalar accepts.
[[nodiscard]] Value resolve_plain_scalar_1_2(std::string_view text);

/// The value of a scalar with an explicit core tag (`!!int "0x1F"` is 31, as
/// in PyYAML: !!int takes any integer notation, !!float any float or decimal
/// integer notation, !!bool yes/no/true/false/on/off in any case, !!null any
/// text). Throws std::invalid_argument when the text is not of the type.
[[nodiscard]] Value resolve_tagged_scalar(CoreTag tag, std::string_view text);

/// The value of a JSON number (-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?,
/// checked by the caller): an integer when it has neither fraction nor
/// exponent, else a double; a cfn::Numeral of the same text when neither
/// holds it exactly (beyond 64 bits, beyond a double's range).
[[nodiscard]] Value json_number(std::string_view text);

}  // namespace cfn::detail::parser
