#include "parse/comments.hpp"

namespace cfn::detail::parser {
namespace {

bool is_blank(char c) noexcept { return c == ' ' || c == '\t'; }
bool is_flow_indicator(char c) noexcept { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; }

class CommentScanner {
 public:
  explicit CommentScanner(std::string_view text) noexcept : text_(text) {}

  std::optional<std::size_t> find() noexcept {
    std::size_t pos = text_.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    while (pos < text_.size()) {
      std::size_t eol = text_.find('\n', pos);
      if (eol == std::string_view::npos) eol = text_.size();
      std::string_view line = text_.substr(pos, eol - pos);
      if (line.ends_with('\r')) line.remove_suffix(1);
      if (const auto at = scan_line(line)) return pos + *at;
      pos = eol + 1;
    }
    return std::nullopt;
  }

 private:
  enum class State { Normal, SingleQuoted, DoubleQuoted, Block };

  // Offset in `line` of a comment's '#'.
  std::optional<std::size_t> scan_line(std::string_view line) noexcept {
    std::size_t indent = 0;
    while (indent < line.size() && line[indent] == ' ') ++indent;
    if (state_ == State::Block) {
      if (indent == line.size() || indent > block_indent_ || line.find_first_not_of(" \t") == std::string_view::npos)
        return std::nullopt;
      state_ = State::Normal;
    }
    std::size_t i = 0;
    if (state_ == State::Normal) {
      i = indent;
      if (flow_ == 0) {
        expect_node_ = true;
        // Document markers "---" and "..." may precede a node on their line.
        if (indent == 0 && (line.starts_with("---") || line.starts_with("...")) &&
            (line.size() == 3 || is_blank(line[3])))
          i = 3;
      }
    }
    bool after_blank = true;   // the previous character is a space or the line start
    bool after_quote = false;  // the previous character closed a quoted scalar
    while (i < line.size()) {
      const char c = line[i];
      if (state_ == State::SingleQuoted) {
        if (c == '\'') {
          if (i + 1 < line.size() && line[i + 1] == '\'') {
            i += 2;
            continue;
          }
          close_quote(after_quote, after_blank);
        }
        ++i;
        continue;
      }
      if (state_ == State::DoubleQuoted) {
        if (c == '\\') {
          i += 2;
          continue;
        }
        if (c == '"') close_quote(after_quote, after_blank);
        ++i;
        continue;
      }
      if (is_blank(c)) {
        after_blank = true;
        ++i;
        continue;
      }
      if (c == '#' && after_blank) return i;
      const bool quote_before = after_quote;
      after_blank = false;
      after_quote = false;
      const bool ends_token = i + 1 == line.size() || is_blank(line[i + 1]);

      if (expect_node_) {
        if (c == '\'' || c == '"') {
          state_ = c == '\'' ? State::SingleQuoted : State::DoubleQuoted;
          ++i;
          continue;
        }
        if ((c == '|' || c == '>') && flow_ == 0) {
          if (const auto header = block_header(line, i)) {
            if (*header != line.size()) return *header;  // a comment after the header
            state_ = State::Block;
            block_indent_ = indent;
            return std::nullopt;
          }
        }
        if (c == '[' || c == '{') {
          ++flow_;
          ++i;
          continue;
        }
        if (c == '!' || c == '&' || c == '*') {  // tag, anchor, alias: skip the token
          while (i < line.size() && !is_blank(line[i]) && !(flow_ > 0 && is_flow_indicator(line[i]))) ++i;
          if (c == '*') expect_node_ = false;
          continue;
        }
        if ((c == '-' || c == '?' || c == ':') && ends_token) {
          ++i;
          continue;
        }
        expect_node_ = false;  // a plain scalar starts
      }
      if (flow_ > 0 && c == ',') {
        expect_node_ = true;
      } else if (flow_ > 0 && (c == ']' || c == '}')) {
        --flow_;
      } else if (c == ':' && (ends_token || (flow_ > 0 && (quote_before || is_flow_indicator(line[i + 1]))))) {
        expect_node_ = true;
      }
      ++i;
    }
    return std::nullopt;
  }

  void close_quote(bool& after_quote, bool& after_blank) noexcept {
    state_ = State::Normal;
    expect_node_ = false;
    after_quote = true;
    after_blank = false;
  }

  // For a block scalar header at line[i] ('|' or '>' and its indicators):
  // line.size() when nothing follows it, the offset of a comment that
  // follows it, nullopt when this is not a header.
  static std::optional<std::size_t> block_header(std::string_view line, std::size_t i) noexcept {
    std::size_t j = i + 1;
    while (j < line.size() && ((line[j] >= '1' && line[j] <= '9') || line[j] == '+' || line[j] == '-')) ++j;
    if (j == line.size()) return j;
    if (!is_blank(line[j])) return std::nullopt;
    while (j < line.size() && is_blank(line[j])) ++j;
    if (j == line.size() || line[j] == '#') return j;
    return std::nullopt;
  }

  std::string_view text_;
  State state_ = State::Normal;
  std::size_t block_indent_ = 0;
  int flow_ = 0;
  bool expect_node_ = true;
};

}  // namespace

std::optional<std::size_t> find_yaml_comment(std::string_view text) noexcept { return CommentScanner(text).find(); }

}  // namespace cfn::detail::parser
