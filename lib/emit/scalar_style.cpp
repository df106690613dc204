#include "emit/scalar_style.hpp"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "text/utf8.hpp"

namespace cfn::detail::emitter {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Words YAML 1.1 resolves to booleans or null (y/n included: the 1.1 spec lists
// them even though PyYAML does not), plus the merge key and the value key.
constexpr std::array<std::string_view, 29> kTypedWords{
    "y",     "Y",  "yes", "Yes", "YES", "n",   "N",   "no",   "No",   "NO",   "true", "True", "TRUE", "false", "False",
    "FALSE", "on", "On",  "ON",  "off", "Off", "OFF", "null", "Null", "NULL", "~",    "<<",   "=",    "",
};

// The union of YAML 1.1 int/float/timestamp (as PyYAML and SnakeYAML read
// them) and the YAML 1.2 core schema. RE2 matches in time linear in the
// text and without recursion, so a scalar of any length is safe.
const RE2& number_or_timestamp() {
  static const RE2 re(
      // YAML 1.1 integers: binary, octal, decimal, hex, sexagesimal
      "[-+]?0b[01_]+|[-+]?0[0-7_]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+"
      // YAML 1.2 integers
      "|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
      // PyYAML floats
      "|[-+]?[0-9][0-9_]*\\.[0-9_]*([eE][-+][0-9]+)?|\\.[0-9_]+([eE][-+][0-9]+)?"
      "|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*"
      // SnakeYAML and YAML 1.2 floats
      "|[-+]?(\\.[0-9_]+|[0-9_]+(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?"
      "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"
      // timestamps
      "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(([Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\\.[0-9]*)?"
      "([ \\t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?)?");
  return re;
}

bool is_indicator(char c) {
  constexpr std::string_view kIndicators = "-?:,[]{}#&*!|>'\"%@`";
  return kIndicators.find(c) != std::string_view::npos;
}

struct Scan {
  bool has_newline = false;
  bool has_control = false;  // needs double quotes (besides \n, which literal blocks carry)
  bool has_tab = false;
  bool has_carriage_return = false;
  bool all_whitespace = true;
};

// Whether the eight bytes at s[i] are all printable ASCII (0x20 to 0x7E).
bool eight_printable_ascii(std::string_view s, std::size_t i) noexcept {
  std::uint64_t word = 0;
  std::memcpy(&word, s.data() + i, sizeof word);
  constexpr std::uint64_t kHigh = 0x8080'8080'8080'8080;
  // Below 0x80, adding 0x60 to a byte sets its high bit from 0x20 on and adding
  // 0x01 from 0x7F on; neither carries into the next byte.
  return (word & kHigh) == 0 && ((word + 0x6060'6060'6060'6060) & kHigh) == kHigh &&
         ((word + 0x0101'0101'0101'0101) & kHigh) == 0;
}

Scan scan(std::string_view s) {
  Scan r;
  std::size_t i = 0;
  while (i < s.size()) {
    // Printable ASCII and line breaks are most of every template.
    if (i + 8 <= s.size() && eight_printable_ascii(s, i)) {
      if (r.all_whitespace && s.substr(i, 8).find_first_not_of(' ') != std::string_view::npos) r.all_whitespace = false;
      i += 8;
      continue;
    }
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte >= 0x20 && byte < 0x7F) {
      if (byte != ' ') r.all_whitespace = false;
      ++i;
      continue;
    }
    if (byte == '\n') {
      r.has_newline = true;
      ++i;
      continue;
    }
    std::size_t len = 1;
    const auto cp = detail::strings::decode_utf8(s, i, len);
    const char32_t c = cp.value_or(0xFFFF'FFFF);
    if (c == U'\n') {
      r.has_newline = true;
    } else if (c == U'\t') {
      r.has_tab = true;
    } else if (c == U'\r') {
      r.has_carriage_return = true;
    } else if (!cp || !detail::strings::is_yaml_printable(c)) {
      r.has_control = true;
    }
    if (c != U' ' && c != U'\t' && c != U'\n') r.all_whitespace = false;
    i += len;
  }
  return r;
}

bool plain_is_safe(std::string_view s) {
  if (s.empty() || s.front() == ' ' || s.back() == ' ') return false;
  // '-', '?' and ':' may start a plain scalar when a non-space follows ("-v", "::/0").
  const bool dash_like = (s.front() == '-' || s.front() == '?' || s.front() == ':') && s.size() > 1 && s[1] != ' ';
  if (is_indicator(s.front()) && !dash_like) return false;
  if (s.back() == ':') return false;
  if (s.find(": ") != std::string_view::npos || s.find(" #") != std::string_view::npos) return false;
  // Document markers are only special at column 0, but keep them out of plain style anyway.
  if (s.starts_with("---") || s.starts_with("...")) return false;
  return !is_implicitly_typed(s);
}

}  // namespace

bool is_implicitly_typed(std::string_view s) {
  constexpr std::size_t kLongestWord = std::ranges::max(kTypedWords, {}, &std::string_view::size).size();
  if (s.size() <= kLongestWord && std::find(kTypedWords.begin(), kTypedWords.end(), s) != kTypedWords.end())
    return true;
  // Every number or timestamp starts with a digit or '.', after an optional sign.
  const std::string_view rest = (s.front() == '-' || s.front() == '+') ? s.substr(1) : s;
  if (rest.empty() || !(is_digit(rest.front()) || rest.front() == '.')) return false;
  return RE2::FullMatch(re2::StringPiece(s.data(), s.size()), number_or_timestamp());
}

ScalarStyle choose_style(std::string_view s, bool is_key) {
  const Scan sc = scan(s);
  if (sc.has_control || sc.has_carriage_return) return ScalarStyle::DoubleQuoted;
  if (sc.has_newline) {
    if (is_key || sc.all_whitespace) return ScalarStyle::DoubleQuoted;
    return ScalarStyle::Literal;
  }
  if (sc.has_tab) return ScalarStyle::DoubleQuoted;
  if (plain_is_safe(s)) return ScalarStyle::Plain;
  return ScalarStyle::SingleQuoted;
}

std::string single_quoted(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '\'';
  for (char c : s) {
    if (c == '\'') out += '\'';
    out += c;
  }
  out += '\'';
  return out;
}

std::string double_quoted(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t len = 1;
    const auto cp = detail::strings::decode_utf8(s, i, len);
    const char32_t c = cp.value_or(0xFFFD);
    switch (c) {
      case U'"':
        out += "\\\"";
        break;
      case U'\\':
        out += "\\\\";
        break;
      case U'\n':
        out += "\\n";
        break;
      case U'\t':
        out += "\\t";
        break;
      case U'\r':
        out += "\\r";
        break;
      case U'\0':
        out += "\\0";
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += fmt::format("\\x{:02X}", static_cast<unsigned>(c));
        } else if (!detail::strings::is_yaml_printable(c)) {
          out += c <= 0xFFFF ? fmt::format("\\u{:04X}", static_cast<unsigned>(c))
                             : fmt::format("\\U{:08X}", static_cast<unsigned>(c));
        } else {
          out.append(s.substr(i, len));
        }
    }
    i += len;
  }
  out += '"';
  return out;
}

}  // namespace cfn::detail::emitter
