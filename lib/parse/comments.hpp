// Finding YAML comments, which the parser skips without reporting them.
// The parser reports where every scalar is (plain, quoted and block, keys
// included); between scalars a template holds only white space, indicators
// (- ? : , [ ] { }), document markers and directives, none of which may hold
// a '#' (libyaml's tag URIs and version numbers have none; cfnpp refuses
// anchors, aliases and tags it does not know). So outside the scalars every
// '#' starts a comment, right after a quote or an indicator too (libyaml
// reads `'x'#c` and `[a,#c` as comments). The answer is exact for every text
// the parser accepts.
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

/// Offset of the '#' of the first comment of `text`, given where its scalars
/// are, in document order (a block scalar's content starts after its header
/// line; a plain scalar's span also covers its tag).
[[nodiscard]] std::optional<std::size_t> find_yaml_comment(std::string_view text,
                                                           std::span<const TextSpan> scalars) noexcept;

}  // namespace cfn::detail::parser
