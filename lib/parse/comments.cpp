#include "parse/comments.hpp"

namespace cfn::detail::parser {
namespace {

// Whether the character that ends at text[i - 1] is white space or a line
// break (YAML 1.1: CR, LF, NEL, LS, PS).
bool after_space_or_break(std::string_view text, std::size_t i) noexcept {
  if (i == 0) return true;
  const char c = text[i - 1];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return true;
  if (i >= 2 && text.substr(i - 2, 2) == "\xC2\x85") return true;
  return i >= 3 && (text.substr(i - 3, 3) == "\xE2\x80\xA8" || text.substr(i - 3, 3) == "\xE2\x80\xA9");
}

}  // namespace

std::optional<std::size_t> find_yaml_comment(std::string_view text, std::span<const TextSpan> scalar_content) noexcept {
  std::size_t from = 0;
  // Each byte is searched once: between the spans, never past the next one.
  const auto search = [&](std::size_t until) -> std::optional<std::size_t> {
    const std::string_view part = text.substr(0, until);
    for (std::size_t i = part.find('#', from); i != std::string_view::npos; i = part.find('#', i + 1))
      if (after_space_or_break(text, i)) return i;
    return std::nullopt;
  };
  for (const TextSpan& span : scalar_content) {
    if (span.begin > from)
      if (const auto at = search(span.begin)) return at;
    from = std::max(from, span.end);
  }
  return search(text.size());
}

}  // namespace cfn::detail::parser
