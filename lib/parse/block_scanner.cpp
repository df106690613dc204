#include "parse/block_scanner.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

#include "text/utf8.hpp"

namespace cfn::detail::parser {
namespace {

// Column of a block collection; -1 for the document, which holds the root.
using Indent = std::ptrdiff_t;
constexpr Indent kDocument = -1;

// libyaml refuses a simple (implicit) key longer than 1024 characters.
constexpr std::size_t kLongestKey = 1024;

// The YAML 1.1 indicators, which mostly cannot start a plain scalar.
bool is_indicator(char c) noexcept {
  switch (c) {
    case '-':
    case '?':
    case ':':
    case ',':
    case '[':
    case ']':
    case '{':
    case '}':
    case '#':
    case '&':
    case '*':
    case '!':
    case '|':
    case '>':
    case '\'':
    case '"':
    case '%':
    case '@':
    case '`':
      return true;
    default:
      return false;
  }
}

// The suffix characters of the local tags the subset reads (`!Ref`,
// `!Rain::Embed`); libyaml's other URI characters and %-escapes are left to it.
bool is_tag_char(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' || c == '.' ||
         c == '_' || c == '-';
}

// Printable characters and '\n' line ends, ending with '\n': the texts with
// other characters are read by libyaml (tabs, CR, and the YAML 1.1 line
// breaks U+0085, U+2028 and U+2029 change where lines end; a byte order
// mark, control characters and invalid UTF-8 are libyaml's to report).
bool in_character_subset(std::string_view text) noexcept {
  if (text.empty() || text.back() != '\n') return false;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      if ((byte < 0x20 && byte != '\n') || byte == 0x7F) return false;
      ++i;
      continue;
    }
    std::size_t length = 0;
    const std::optional<char32_t> c = strings::decode_utf8(text, i, length);
    if (!c || !strings::is_yaml_printable(*c)) return false;
    i += length;
  }
  return true;
}

class BlockScanner {
 public:
  BlockScanner(std::string_view text, NodeEvents& events) : text_(text), events_(events) {}

  std::optional<BlockScan> scan() {
    if (!in_character_subset(text_)) return std::nullopt;
    try {
      load_line();
      skip_insignificant();
      if (at_end() || indent_ != 0) return std::nullopt;
      nested_block(kDocument, {}, std::nullopt, {}, false);
      skip_insignificant();
      if (!at_end()) return std::nullopt;
    } catch (const NotInSubset&) {
      return std::nullopt;
    }
    return BlockScan{first_comment_};
  }

 private:
  struct NotInSubset {};
  [[noreturn]] static void not_in_subset() { throw NotInSubset{}; }

  // ---- Lines: [begin_, end_) is the current line, end_ its '\n'. ----

  [[nodiscard]] bool at_end() const noexcept { return begin_ >= text_.size(); }

  void load_line() {
    if (at_end()) return;
    end_ = static_cast<std::size_t>(
        static_cast<const char*>(std::memchr(text_.data() + begin_, '\n', text_.size() - begin_)) - text_.data());
    indent_ = skip_spaces(begin_) - begin_;
    // `---` and `...` at column 0 start or end a document.
    const std::string_view line = text_.substr(begin_, end_ - begin_);
    if ((line.starts_with("---") || line.starts_with("...")) && (line.size() == 3 || line[3] == ' ')) not_in_subset();
  }

  void next_line() {
    begin_ = end_ + 1;
    ++line_;
    load_line();
  }

  [[nodiscard]] std::size_t skip_spaces(std::size_t at) const noexcept {
    while (at < text_.size() && text_[at] == ' ') ++at;
    return at;
  }

  [[nodiscard]] Mark mark_at(std::size_t offset) const noexcept {
    return Mark{line_, static_cast<std::uint32_t>(offset - begin_ + 1)};
  }

  [[nodiscard]] bool is_entry(std::size_t at) const noexcept {
    return text_[at] == '-' && (at + 1 == end_ || text_[at + 1] == ' ');
  }

  // Blank lines and comment lines.
  void skip_insignificant() {
    while (!at_end()) {
      const std::size_t first = begin_ + static_cast<std::size_t>(indent_);
      if (first != end_ && text_[first] != '#') return;
      if (first != end_) note_comment(first);
      next_line();
    }
  }

  void note_comment(std::size_t hash) noexcept {
    if (!first_comment_) first_comment_ = hash;
  }

  // What may follow a node on its line: spaces, then the end or a comment.
  void expect_line_end(std::size_t at) {
    const std::size_t rest = skip_spaces(at);
    if (rest == end_) return;
    if (text_[rest] != '#' || rest == at) not_in_subset();
    note_comment(rest);
  }

  // ---- Nodes ----

  // The block node on the current line (the first one after the parent's),
  // when it is more indented than `parent`, or at its column for a sequence
  // in a map (`Key:` then `- item`); otherwise an empty scalar (null, or ""
  // under a tag: `!GetAZs`), marked at its tag or at `empty_at`.
  void nested_block(Indent parent, std::string_view tag, std::optional<Mark> tag_mark, Mark empty_at,
                    bool indentless_allowed) {
    if (!at_end()) {
      const std::size_t first = begin_ + static_cast<std::size_t>(indent_);
      if (is_entry(first) && (indent_ > parent || (indentless_allowed && indent_ == parent)))
        return sequence(indent_, tag, tag_mark.value_or(mark_at(first)));
      if (indent_ > parent) return mapping(indent_, tag, tag_mark.value_or(mark_at(first)));
    }
    events_.scalar(tag, {}, tag.empty(), tag_mark.value_or(empty_at));
  }

  // A block map whose first key is at column `indent` of the current line
  // (its ':' at `first_colon` when the caller has found it).
  void mapping(Indent indent, std::string_view tag, Mark mark, std::optional<std::size_t> first_colon = {}) {
    events_.begin_collection(tag, true, mark);
    constexpr std::size_t kNotFound = std::string_view::npos;
    for (std::size_t colon = first_colon.value_or(kNotFound);; colon = kNotFound) {
      const std::size_t at = begin_ + static_cast<std::size_t>(indent);
      if (colon == kNotFound) colon = key_colon(at).value_or(kNotFound);
      if (colon == kNotFound) not_in_subset();
      key(at, colon);
      value(colon + 1, indent);
      skip_insignificant();
      if (at_end() || indent_ < indent) break;
      if (indent_ > indent || is_entry(begin_ + static_cast<std::size_t>(indent))) not_in_subset();
    }
    events_.end_map();
  }

  // A block sequence whose first '-' is at column `indent` of the current line.
  void sequence(Indent indent, std::string_view tag, Mark mark) {
    events_.begin_collection(tag, false, mark);
    for (;;) {
      const std::size_t dash = begin_ + static_cast<std::size_t>(indent);
      const std::size_t item = skip_spaces(dash + 1);
      if (item == end_ || text_[item] == '#') {
        expect_line_end(dash + 1);
        const Mark empty_at = mark_at(dash + 1);
        next_line();
        skip_insignificant();
        nested_block(indent, {}, std::nullopt, empty_at, false);
      } else if (is_entry(item)) {
        sequence(static_cast<Indent>(item - begin_), {}, mark_at(item));  // `- - x`
      } else if (const std::optional<std::size_t> colon = key_colon(item)) {
        mapping(static_cast<Indent>(item - begin_), {}, mark_at(item), colon);
      } else {
        inline_node(item, indent, false);
      }
      skip_insignificant();
      if (at_end() || indent_ < indent) break;
      if (indent_ > indent) not_in_subset();
      if (!is_entry(begin_ + static_cast<std::size_t>(indent))) break;  // the map around an indentless sequence goes on
    }
    events_.end_list();
  }

  // An indicator starts a plain scalar only when it is '-', '?' or ':' and a
  // character other than a space follows (`-1`, `:x`).
  [[nodiscard]] bool starts_plain(std::size_t at) const noexcept {
    const char c = text_[at];
    if (!is_indicator(c)) return true;
    return (c == '-' || c == '?' || c == ':') && at + 1 != end_ && text_[at + 1] != ' ';
  }

  // The ':' after a key that starts at `at`, if the line has one there.
  [[nodiscard]] std::optional<std::size_t> key_colon(std::size_t at) const {
    std::size_t colon = 0;
    if (text_[at] == '\'' || text_[at] == '"') {
      colon = quoted_end(at);
      if (colon == std::string_view::npos || colon == end_ || text_[colon] != ':') return std::nullopt;
    } else {
      if (!starts_plain(at)) return std::nullopt;
      colon = at;
      for (;; ++colon) {
        if (colon == end_) return std::nullopt;
        if (text_[colon] == ':' && (colon + 1 == end_ || text_[colon + 1] == ' ')) break;
        if (text_[colon] == '#' && text_[colon - 1] == ' ') return std::nullopt;
      }
      if (text_[colon - 1] == ' ') return std::nullopt;  // `Key :`
    }
    if (colon + 1 != end_ && text_[colon + 1] != ' ') return std::nullopt;
    if (colon - at > kLongestKey) return std::nullopt;
    return colon;
  }

  // The key at `at`, whose ':' is at `colon` (key_colon), given to the events.
  void key(std::size_t at, std::size_t colon) {
    if (text_[at] == '\'' || text_[at] == '"')
      events_.scalar({}, quoted(at, colon), false, mark_at(at));
    else
      events_.scalar({}, text_.substr(at, colon - at), true, mark_at(at));
  }

  // The value after a key's ':' at `after_colon`, in the map at `indent`.
  void value(std::size_t after_colon, Indent indent) {
    const std::size_t at = skip_spaces(after_colon);
    if (at != end_ && text_[at] != '#') return inline_node(at, indent, true);
    expect_line_end(after_colon);
    const Mark empty_at = mark_at(after_colon);
    next_line();
    skip_insignificant();
    nested_block(indent, {}, std::nullopt, empty_at, true);
  }

  // The node that starts at `at` on the current line, in the collection at
  // `indent`; afterwards the current line is the one after the node.
  void inline_node(std::size_t at, Indent indent, bool indentless_allowed) {
    std::string_view tag;
    std::optional<Mark> tag_mark;
    if (text_[at] == '!') {
      std::size_t tag_end = at + 1;
      while (tag_end < end_ && is_tag_char(text_[tag_end])) ++tag_end;
      if (tag_end == at + 1 || (tag_end != end_ && text_[tag_end] != ' ')) not_in_subset();
      tag = text_.substr(at, tag_end - at);
      tag_mark = mark_at(at);
      at = skip_spaces(tag_end);
      if (at == end_ || text_[at] == '#') {  // a tagged collection on the next lines, or nothing
        expect_line_end(tag_end);
        next_line();
        skip_insignificant();
        return nested_block(indent, tag, tag_mark, {}, indentless_allowed);
      }
    }
    const Mark mark = tag_mark.value_or(mark_at(at));
    switch (text_[at]) {
      case '\'':
      case '"': {
        const std::size_t end = quoted_end(at);
        if (end == std::string_view::npos) not_in_subset();
        const std::string_view text = quoted(at, end);
        expect_line_end(end);
        events_.scalar(tag, text, false, mark);
        return next_line();
      }
      case '|':
        return literal(at, indent, tag, mark);
      case '[':
      case '{': {
        const bool is_map = text_[at] == '{';
        if (at + 1 == end_ || text_[at + 1] != (is_map ? '}' : ']')) not_in_subset();
        expect_line_end(at + 2);
        events_.begin_collection(tag, is_map, mark);
        is_map ? events_.end_map() : events_.end_list();
        return next_line();
      }
      default:
        return plain(at, tag, mark);
    }
  }

  // A plain scalar on one line; a following more indented line would go on
  // with it, which the caller refuses.
  void plain(std::size_t at, std::string_view tag, Mark mark) {
    if (!starts_plain(at)) not_in_subset();
    std::size_t end = at;
    for (; end < end_; ++end) {
      if (text_[end] == ':' && (end + 1 == end_ || text_[end + 1] == ' ')) not_in_subset();  // `a: b: c`
      if (text_[end] == '#' && text_[end - 1] == ' ') {
        note_comment(end);
        break;
      }
    }
    while (text_[end - 1] == ' ') --end;
    events_.scalar(tag, text_.substr(at, end - at), tag.empty(), mark);
    next_line();
  }

  // Where the quoted scalar at `at` ends (after its closing quote); npos
  // when it does not end on its line or has an escape the subset leaves to
  // libyaml.
  [[nodiscard]] std::size_t quoted_end(std::size_t at) const noexcept {
    const char quote = text_[at];
    for (std::size_t i = at + 1; i < end_; ++i) {
      if (quote == '"' && text_[i] == '\\') {
        const std::optional<Escape> escape = escape_at(i);
        if (!escape) return std::string_view::npos;
        i += escape->length - 1;
        continue;
      }
      if (text_[i] != quote) continue;
      if (quote == '\'' && i + 1 < end_ && text_[i + 1] == '\'') {
        ++i;  // '' stands for '
        continue;
      }
      return i + 1;
    }
    return std::string_view::npos;
  }

  struct Escape {
    char32_t character;
    std::size_t length;  // of the escape, its '\\' included
  };

  // The double-quoted scalar's escape at `at` (a '\\'), as libyaml reads it;
  // nullopt for what it refuses (an unknown escape, a hexadecimal escape
  // that is short or a surrogate or beyond U+10FFFF) and for `\'` and `\`
  // at the end of a line, which the subset leaves to it.
  [[nodiscard]] std::optional<Escape> escape_at(std::size_t at) const noexcept {
    if (at + 1 == end_) return std::nullopt;
    const char c = text_[at + 1];
    std::size_t digits = 0;
    switch (c) {
      case '0':
        return Escape{0, 2};
      case 'a':
        return Escape{7, 2};
      case 'b':
        return Escape{8, 2};
      case 't':
        return Escape{9, 2};
      case 'n':
        return Escape{10, 2};
      case 'v':
        return Escape{11, 2};
      case 'f':
        return Escape{12, 2};
      case 'r':
        return Escape{13, 2};
      case 'e':
        return Escape{27, 2};
      case ' ':
      case '"':
      case '/':
      case '\\':
        return Escape{static_cast<char32_t>(c), 2};
      case 'N':
        return Escape{0x85, 2};
      case '_':
        return Escape{0xA0, 2};
      case 'L':
        return Escape{0x2028, 2};
      case 'P':
        return Escape{0x2029, 2};
      case 'x':
        digits = 2;
        break;
      case 'u':
        digits = 4;
        break;
      case 'U':
        digits = 8;
        break;
      default:
        return std::nullopt;
    }
    if (end_ - at - 2 < digits) return std::nullopt;
    char32_t value = 0;
    for (std::size_t i = at + 2; i < at + 2 + digits; ++i) {
      const char h = text_[i];
      const int digit = h >= '0' && h <= '9'   ? h - '0'
                        : h >= 'a' && h <= 'f' ? h - 'a' + 10
                        : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                               : -1;
      if (digit < 0) return std::nullopt;
      value = value * 16 + static_cast<char32_t>(digit);
    }
    if ((value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) return std::nullopt;
    return Escape{value, digits + 2};
  }

  // The text of the quoted scalar at `at` that ends at `end` (quoted_end).
  std::string_view quoted(std::size_t at, std::size_t end) {
    const char quote = text_[at];
    const char special = quote == '"' ? '\\' : '\'';
    const std::size_t first = at + 1;
    const std::size_t last = end - 1;  // the closing quote
    if (text_.substr(first, last - first).find(special) == std::string_view::npos)
      return text_.substr(first, last - first);
    scratch_.clear();
    for (std::size_t i = first; i < last;) {
      if (text_[i] != special) {
        scratch_ += text_[i++];
      } else if (quote == '"') {
        const Escape escape = *escape_at(i);
        strings::append_utf8(scratch_, escape.character);
        i += escape.length;
      } else {
        scratch_ += '\'';
        i += 2;
      }
    }
    return scratch_;
  }

  // A literal block scalar whose header `|`, `|-` or `|+` is at `at`, in
  // the collection at `indent`: its lines are those indented as its first
  // line with text, which must be more indented than the collection.
  void literal(std::size_t at, Indent indent, std::string_view tag, Mark mark) {
    std::size_t header_end = at + 1;
    const char chomping =
        header_end < end_ && (text_[header_end] == '-' || text_[header_end] == '+') ? text_[header_end++] : ' ';
    expect_line_end(header_end);  // refuses an indentation indicator (`|2`)
    next_line();
    scratch_.clear();
    Indent content = kDocument;   // the content's column, once known
    Indent widest_leading = 0;    // spaces on the empty lines before the first line with text
    std::size_t empty_lines = 0;  // since the last line with text
    for (; !at_end(); next_line()) {
      const auto width = static_cast<Indent>(end_ - begin_);
      const bool blank = indent_ == width;
      if (content == kDocument) {
        if (blank) {
          widest_leading = std::max(widest_leading, width);
          ++empty_lines;
          continue;
        }
        // libyaml takes the widest of these as the indentation; a narrower
        // line with text then ends an empty scalar.
        if (indent_ <= indent || indent_ < widest_leading) not_in_subset();
        content = indent_;
      } else if (blank && width <= content) {
        ++empty_lines;
        continue;
      } else if (indent_ < content) {
        break;
      } else {
        scratch_ += '\n';
      }
      scratch_.append(empty_lines, '\n');
      empty_lines = 0;
      scratch_.append(
          text_.substr(begin_ + static_cast<std::size_t>(content), static_cast<std::size_t>(width - content)));
    }
    if (content == kDocument) not_in_subset();
    if (chomping != '-') scratch_ += '\n';
    if (chomping == '+') scratch_.append(empty_lines, '\n');
    events_.scalar(tag, scratch_, false, mark);
  }

  std::string_view text_;
  NodeEvents& events_;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  Indent indent_ = 0;  // spaces at the start of the current line
  std::uint32_t line_ = 1;
  std::optional<std::size_t> first_comment_;
  std::string scratch_;  // a scalar's text when it is not a run of the text
};

}  // namespace

std::optional<BlockScan> scan_block_yaml(std::string_view text, NodeEvents& events) {
  return BlockScanner(text, events).scan();
}

}  // namespace cfn::detail::parser
