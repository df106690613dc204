// Finding YAML comments, which yaml-cpp does not report. A line scanner that
// knows quoted scalars (single and double, over several lines), block scalars
// (`|` and `>` with their indicators: the lines indented deeper than the
// header's line, and blank lines, are content) and flow collections, so that
// `#` inside 'quotes', "quotes", plain scalars (a#b, url#frag) and
// `#!/bin/bash` in user data is not taken for a comment.
//
// Limits (the scanner does not parse YAML; it is exact on everything the
// emitter writes and on ordinary hand-written templates):
//  - a block scalar ends at the first non-blank line not indented deeper than
//    the line of its header, not at its detected content indentation;
//  - the continuation line of a multi-line plain scalar is scanned as the
//    start of a new node, so a quote that begins it would be taken for a
//    quoted scalar;
//  - it assumes the text is valid YAML; on invalid YAML its answer is a guess.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace cfn::detail::parser {

/// Offset of the '#' that starts the first comment of the YAML text, if any.
[[nodiscard]] std::optional<std::size_t> find_yaml_comment(std::string_view text) noexcept;

}  // namespace cfn::detail::parser
