// Finding YAML comments, which the parser skips without reporting them.
// Outside the content of quoted and block scalars (which the reader knows
// from the parser's events), a '#' at the start of a line or after white
// space starts a comment, and no other '#' does: in a plain scalar (a#b,
// url#frag) or a tag it follows another character, and YAML allows nothing
// else there. So the answer is exact for every text the parser accepts.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace cfn::detail::parser {

/// Bytes [begin, end) of a text.
struct TextSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// Offset of the '#' of the first comment of `text`, given the content of
/// its quoted and block scalars in document order (a block scalar's content
/// starts after its header line).
[[nodiscard]] std::optional<std::size_t> find_yaml_comment(std::string_view text,
                                                           std::span<const TextSpan> scalar_content) noexcept;

}  // namespace cfn::detail::parser
