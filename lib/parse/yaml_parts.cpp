#include "parse/yaml_parts.hpp"

#include <algorithm>
#include <array>

namespace cfn::detail::parser {
namespace {

constexpr std::size_t npos = std::string_view::npos;

bool is_key_start(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// libyaml also breaks lines at a lone CR and at NEL, LS and PS; the parts'
// line numbers count LF only, so a text holding one of those is read whole.
bool has_only_lf_line_breaks(std::string_view text) {
  for (std::size_t cr = text.find('\r'); cr != npos; cr = text.find('\r', cr + 1))
    if (cr + 1 == text.size() || text[cr + 1] != '\n') return false;
  static constexpr std::array<std::string_view, 3> kUnicodeBreaks{"\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9"};
  return std::none_of(kUnicodeBreaks.begin(), kUnicodeBreaks.end(),
                      [&](std::string_view b) { return text.find(b) != npos; });
}

std::size_t next_line(std::string_view text, std::size_t at) {
  const std::size_t lf = text.find('\n', at);
  return lf == npos ? text.size() : lf + 1;
}

// The line at `at` is `Resources:`, then nothing but spaces or a comment.
bool is_resources_line(std::string_view text, std::size_t at) {
  constexpr std::string_view kKey = "Resources:";
  if (text.substr(at, kKey.size()) != kKey) return false;
  const std::size_t rest = text.find_first_not_of(" ", at + kKey.size());
  return rest == npos || text[rest] == '\n' || text[rest] == '\r' || text[rest] == '#';
}

std::size_t find_resources_line(std::string_view text) {
  if (is_resources_line(text, 0)) return 0;
  for (std::size_t lf = text.find("\nResources:"); lf != npos; lf = text.find("\nResources:", lf + 1))
    if (is_resources_line(text, lf + 1)) return lf + 1;
  return npos;
}

// Indentation of a line that starts a key, or npos.
std::size_t key_indent(std::string_view text, std::size_t line) {
  const std::size_t first = text.find_first_not_of(' ', line);
  if (first == npos || !is_key_start(text[first])) return npos;
  return first - line;
}

}  // namespace

PartPlan plan_parts(std::string_view text, std::size_t count) {
  if (count < 2) return {};
  const std::size_t resources = find_resources_line(text);
  if (resources == npos) return {};
  const std::size_t body = next_line(text, resources);
  // A document marker later on ends the document: such texts are read whole.
  if (text.find("\n---", resources) != npos || text.find("\n...", resources) != npos) return {};
  if (!has_only_lf_line_breaks(text)) return {};

  // The indentation of Resources' keys: that of its first line of content.
  std::size_t first_key = body;
  while (first_key < text.size()) {
    const std::size_t content = text.find_first_not_of(" ", first_key);
    if (content == npos) return {};
    if (text[content] != '\n' && text[content] != '\r' && text[content] != '#') break;
    first_key = next_line(text, first_key);
  }
  const std::size_t indent = key_indent(text, first_key);
  if (indent == npos || indent == 0) return {};

  PartPlan plan;
  plan.resources_line = static_cast<std::uint32_t>(std::count(text.begin(), text.begin() + resources, '\n') + 1);
  plan.parts.push_back({0, 0, 0});
  std::size_t counted = 0;  // line breaks before `counted_to`
  std::size_t counted_to = 0;
  std::size_t search = next_line(text, first_key);  // part 0 holds a resource at least
  const std::size_t span = text.size() - first_key;
  for (std::size_t k = 1; k < count; ++k) {
    std::size_t line = std::max(search, first_key + span / count * k);
    if (line != first_key && text[line - 1] != '\n') line = next_line(text, line);
    while (line < text.size() && key_indent(text, line) != indent) line = next_line(text, line);
    if (line >= text.size()) break;
    counted += static_cast<std::size_t>(std::count(text.begin() + counted_to, text.begin() + line, '\n'));
    counted_to = line;
    plan.parts.back().end = line;
    plan.parts.push_back({line, 0, counted});
    search = next_line(text, line);
  }
  plan.parts.back().end = text.size();
  if (plan.parts.size() < 2) return {};
  return plan;
}

}  // namespace cfn::detail::parser
