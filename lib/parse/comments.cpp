#include "parse/comments.hpp"

#include <algorithm>

namespace cfn::detail::parser {

std::optional<std::size_t> find_yaml_comment(std::string_view text, std::span<const TextSpan> scalars) noexcept {
  std::size_t from = 0;
  // Each byte is searched once: between the scalars, never past the next one.
  for (const TextSpan& span : scalars) {
    if (span.begin > from) {
      const std::size_t hash = text.substr(0, span.begin).find('#', from);
      if (hash != std::string_view::npos) return hash;
    }
    from = std::max(from, span.end);
  }
  const std::size_t hash = text.find('#', from);
  return hash == std::string_view::npos ? std::nullopt : std::optional<std::size_t>(hash);
}

}  // namespace cfn::detail::parser
