#include "schema/pattern.hpp"

#include <re2/re2.h>

#include <cctype>
#include <charconv>
#include <string>
#include <utility>

#include "text/utf8.hpp"

namespace cfn::detail::schema_pattern {
namespace {

constexpr std::size_t npos = std::string_view::npos;
constexpr std::uint32_t kMaxRepeat = 1000;  // RE2 refuses a larger count; so does the pattern then

std::string translate(std::string_view pattern) {
  std::string out;
  out.reserve(pattern.size());
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    out += pattern[i];
    if (pattern[i] == '\\' && i + 1 < pattern.size()) {
      ++i;
      out += pattern[i] == 'Z' ? 'z' : pattern[i];
    }
  }
  return out;
}

std::unique_ptr<const RE2> compile_re2(const std::string& expression) {
  RE2::Options options;
  options.set_log_errors(false);
  auto re = std::make_unique<const RE2>(expression, options);
  if (!re->ok()) return nullptr;
  return re;
}

// The `]` closing the class that opens at p[open], or npos. Conservative:
// a class that starts with `]` or holds a `[` (POSIX names) is not read.
std::size_t class_end(std::string_view p, std::size_t open) {
  std::size_t i = open + 1;
  if (i < p.size() && p[i] == '^') ++i;
  if (i < p.size() && p[i] == ']') return npos;
  for (; i < p.size(); ++i) {
    if (p[i] == '\\') {
      ++i;
    } else if (p[i] == '[') {
      return npos;
    } else if (p[i] == ']') {
      return i;
    }
  }
  return npos;
}

// The pattern's top-level alternatives; nullopt when it cannot be split
// safely (an inline flag such as `(?i)` reaches the alternatives after it).
std::optional<std::vector<std::string_view>> top_level_alternatives(std::string_view p) {
  std::vector<std::string_view> out;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < p.size(); ++i) {
    switch (p[i]) {
      case '\\':
        ++i;
        break;
      case '[':
        i = class_end(p, i);
        if (i == npos) return std::nullopt;
        break;
      case '(':
        if (p.substr(i, 2) == "(?" && p.substr(i, 3) != "(?:") return std::nullopt;
        ++depth;
        break;
      case ')':
        if (--depth < 0) return std::nullopt;
        break;
      case '|':
        if (depth == 0) {
          out.push_back(p.substr(start, i - start));
          start = i + 1;
        }
        break;
      default:
        break;
    }
  }
  if (depth != 0) return std::nullopt;
  out.push_back(p.substr(start));
  return out;
}

// The end of the one-character atom at p[i] (a class, `.`, `\d`, `\w`, `\s`,
// their negations, `\p{..}`, `\P{..}`), or npos.
std::size_t atom_end(std::string_view p, std::size_t i) {
  if (i >= p.size()) return npos;
  if (p[i] == '.') return i + 1;
  if (p[i] == '[') {
    const std::size_t close = class_end(p, i);
    return close == npos ? npos : close + 1;
  }
  if (p[i] != '\\' || i + 1 >= p.size()) return npos;
  const char kind = p[i + 1];
  if (std::string_view("dDwWsS").find(kind) != npos) return i + 2;
  if (kind != 'p' && kind != 'P') return npos;
  if (i + 2 < p.size() && p[i + 2] == '{') {  // \p{Greek}, \P{Lu}: a name of letters
    std::size_t end = i + 3;
    while (end < p.size() && std::isalpha(static_cast<unsigned char>(p[end]))) ++end;
    return end < p.size() && p[end] == '}' && end > i + 3 ? end + 1 : npos;
  }
  return i + 2 < p.size() && std::isalpha(static_cast<unsigned char>(p[i + 2])) ? i + 3 : npos;
}

std::optional<std::uint32_t> number_at(std::string_view p, std::size_t& i) {
  std::uint32_t n = 0;
  const auto [end, error] = std::from_chars(p.data() + i, p.data() + p.size(), n);
  if (error != std::errc() || end == p.data() + i || n > kMaxRepeat) return std::nullopt;
  i = static_cast<std::size_t>(end - p.data());
  return n;
}

struct CountedShape {
  std::string_view atom;
  std::uint32_t min;
  std::optional<std::uint32_t> max;
  bool to_end;
};

// `^ATOM{m}`, `^ATOM{m,}` or `^ATOM{m,n}`, then `$` or nothing.
std::optional<CountedShape> counted_shape(std::string_view alternative) {
  if (!alternative.starts_with('^')) return std::nullopt;
  std::size_t i = atom_end(alternative, 1);
  if (i == npos || i >= alternative.size() || alternative[i] != '{') return std::nullopt;
  CountedShape shape{alternative.substr(1, i - 1), 0, std::nullopt, false};
  ++i;
  const auto min = number_at(alternative, i);
  if (!min || i >= alternative.size()) return std::nullopt;
  shape.min = *min;
  shape.max = shape.min;
  if (alternative[i] == ',') {
    ++i;
    shape.max.reset();
    if (i < alternative.size() && alternative[i] != '}') {
      shape.max = number_at(alternative, i);
      if (!shape.max || *shape.max < shape.min) return std::nullopt;
    }
  }
  if (i >= alternative.size() || alternative[i] != '}') return std::nullopt;
  const std::string_view rest = alternative.substr(i + 1);
  if (!rest.empty() && rest != "$") return std::nullopt;
  shape.to_end = rest == "$";
  return shape;
}

}  // namespace

Pattern::Pattern(Pattern&&) noexcept = default;
Pattern& Pattern::operator=(Pattern&&) noexcept = default;
Pattern::~Pattern() = default;

std::optional<Pattern> Pattern::compile(std::string_view schema_pattern) {
  const std::string expression = translate(schema_pattern);
  Pattern out;
  if (const auto alternatives = top_level_alternatives(expression)) {
    std::string rest;
    bool has_rest = false;
    for (const std::string_view alternative : *alternatives) {
      if (const auto shape = counted_shape(alternative)) {
        if (auto run = compile_re2("(?:" + std::string(shape->atom) + ")*")) {
          out.counted_.push_back({std::move(run), shape->min, shape->max, shape->to_end});
          continue;
        }
      }
      if (has_rest) rest += '|';
      rest += alternative;
      has_rest = true;
    }
    if (has_rest) {
      out.rest_ = compile_re2(rest);
      if (out.rest_ == nullptr) return std::nullopt;
    }
    return out;
  }
  out.rest_ = compile_re2(expression);
  if (out.rest_ == nullptr) return std::nullopt;
  return out;
}

bool Pattern::matches(const CountedClass& c, std::string_view text) {
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece run;
  if (!c.run->Match(input, 0, input.size(), RE2::ANCHOR_START, &run, 1)) return false;  // C* matches the empty run
  const std::size_t characters = strings::code_points(std::string_view(run.data(), run.size()));
  if (!c.to_end) return characters >= c.min;
  return run.size() == text.size() && characters >= c.min && (!c.max || characters <= *c.max);
}

std::optional<bool> Pattern::matches(std::string_view text) const {
  if (strings::find_invalid_utf8(text)) return std::nullopt;
  for (const CountedClass& c : counted_)
    if (matches(c, text)) return true;
  return rest_ != nullptr && RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *rest_);
}

}  // namespace cfn::detail::schema_pattern
