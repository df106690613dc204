#include "parse/json_reader.hpp"

#include <string>

#include "parse/scalar_resolver.hpp"
#include "parse/syntax_error.hpp"
#include "parse/value_builder.hpp"
#include "text/utf8.hpp"

namespace cfn::detail::parser {
namespace {

class JsonReader {
 public:
  JsonReader(std::string_view text, std::vector<DuplicateKey>& duplicates) : text_(text), builder_(duplicates) {
    if (text_.starts_with("\xEF\xBB\xBF")) pos_ = line_start_ = 3;
  }

  Value read() {
    skip_space();
    value();
    skip_space();
    if (pos_ < text_.size()) fail("unexpected text after the end of the JSON document");
    return *builder_.take_root();
  }

 private:
  [[nodiscard]] Mark mark() const { return Mark{line_, static_cast<std::uint32_t>(pos_ - line_start_ + 1)}; }

  [[noreturn]] void fail(const std::string& reason) const { throw SyntaxError(mark(), reason); }

  [[noreturn]] void unexpected(std::string_view expected) const {
    if (pos_ >= text_.size()) fail("unexpected end of the JSON document; expected " + std::string(expected));
    const char c = text_[pos_];
    const std::string found = (c >= 0x20 && c < 0x7F) ? "'" + std::string(1, c) + "'" : "a special character";
    fail("expected " + std::string(expected) + ", found " + found);
  }

  void skip_space() {
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (c == '\n') {
        ++line_;
        line_start_ = ++pos_;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        ++pos_;
      } else {
        return;
      }
    }
  }

  bool next_is(char c) const { return pos_ < text_.size() && text_[pos_] == c; }

  void value() {
    if (pos_ >= text_.size()) unexpected("a value");
    switch (text_[pos_]) {
      case '{':
        return object();
      case '[':
        return array();
      case '"': {
        const Mark m = mark();
        Value v(string());
        v.set_mark(m);
        return builder_.node(std::move(v));
      }
      case 't':
        return literal("true", Value(true));
      case 'f':
        return literal("false", Value(false));
      case 'n':
        return literal("null", Value(nullptr));
      default:
        return number();
    }
  }

  void literal(std::string_view word, Value v) {
    if (text_.substr(pos_, word.size()) != word) unexpected("a value");
    v.set_mark(mark());
    pos_ += word.size();
    builder_.node(std::move(v));
  }

  // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
  void number() {
    const std::size_t start = pos_;
    const Mark m = mark();
    const auto digits = [&] {
      const std::size_t from = pos_;
      while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') ++pos_;
      return pos_ - from;
    };
    if (next_is('-')) ++pos_;
    if (next_is('0')) {
      ++pos_;
      if (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') fail("a JSON number cannot start with 0");
    } else if (digits() == 0) {
      pos_ = start;
      unexpected("a value");
    }
    if (next_is('.')) {
      ++pos_;
      if (digits() == 0) unexpected("a digit after the decimal point");
    }
    if (next_is('e') || next_is('E')) {
      ++pos_;
      if (next_is('+') || next_is('-')) ++pos_;
      if (digits() == 0) unexpected("a digit in the exponent");
    }
    Value v = json_number(text_.substr(start, pos_ - start));
    v.set_mark(m);
    builder_.node(std::move(v));
  }

  unsigned hex4() {
    if (pos_ + 4 > text_.size()) unexpected("four hexadecimal digits");
    unsigned value = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = text_[pos_];
      value <<= 4;
      if (c >= '0' && c <= '9') {
        value |= static_cast<unsigned>(c - '0');
      } else if (c >= 'a' && c <= 'f') {
        value |= static_cast<unsigned>(c - 'a' + 10);
      } else if (c >= 'A' && c <= 'F') {
        value |= static_cast<unsigned>(c - 'A' + 10);
      } else {
        unexpected("a hexadecimal digit");
      }
      ++pos_;
    }
    return value;
  }

  char32_t unicode_escape() {
    const Mark m = mark();
    char32_t cp = hex4();
    if (cp >= 0xDC00 && cp <= 0xDFFF) throw SyntaxError(m, "a \\u escape is a low surrogate without a high one");
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (text_.substr(pos_, 2) != "\\u") throw SyntaxError(m, "a \\u escape is a high surrogate without a low one");
      pos_ += 2;
      const char32_t low = hex4();
      if (low < 0xDC00 || low > 0xDFFF) throw SyntaxError(m, "a \\u escape is a high surrogate without a low one");
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    return cp;
  }

  std::string string() {
    ++pos_;  // the opening quote
    std::string out;
    for (;;) {
      // Copy the run of ordinary characters in one go.
      const std::size_t run = pos_;
      while (pos_ < text_.size()) {
        const auto c = static_cast<unsigned char>(text_[pos_]);
        if (c == '"' || c == '\\' || c < 0x20) break;
        ++pos_;
      }
      out.append(text_.substr(run, pos_ - run));
      if (pos_ >= text_.size()) fail("unterminated JSON string");
      const char c = text_[pos_];
      if (c == '"') {
        ++pos_;
        return out;
      }
      if (c != '\\')
        fail(c == '\n' ? "unterminated JSON string (a line break inside a string must be written \\n)"
                       : "a control character inside a JSON string must be escaped");
      ++pos_;
      if (pos_ >= text_.size()) fail("unterminated JSON string");
      const char e = text_[pos_++];
      switch (e) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case '/':
          out += '/';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u':
          detail::strings::append_utf8(out, unicode_escape());
          break;
        default:
          --pos_, unexpected("an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
      }
    }
  }

  void object() {
    builder_.begin_map(mark());
    ++pos_;
    skip_space();
    if (next_is('}')) {
      ++pos_;
      return builder_.end_map();
    }
    for (;;) {
      if (!next_is('"')) unexpected("a string key");
      const Mark key_mark = mark();
      builder_.key(string(), key_mark);
      skip_space();
      if (!next_is(':')) unexpected("':'");
      ++pos_;
      skip_space();
      value();
      skip_space();
      if (next_is(',')) {
        ++pos_;
        skip_space();
        continue;
      }
      if (next_is('}')) {
        ++pos_;
        return builder_.end_map();
      }
      unexpected("',' or '}'");
    }
  }

  void array() {
    builder_.begin_list(mark());
    ++pos_;
    skip_space();
    if (next_is(']')) {
      ++pos_;
      return builder_.end_list();
    }
    for (;;) {
      value();
      skip_space();
      if (next_is(',')) {
        ++pos_;
        skip_space();
        continue;
      }
      if (next_is(']')) {
        ++pos_;
        return builder_.end_list();
      }
      unexpected("',' or ']'");
    }
  }

  std::string_view text_;
  ValueBuilder builder_;
  std::size_t pos_ = 0;
  std::size_t line_start_ = 0;
  std::uint32_t line_ = 1;
};

}  // namespace

Value read_json(std::string_view text, std::vector<DuplicateKey>& duplicates) {
  return JsonReader(text, duplicates).read();
}

}  // namespace cfn::detail::parser
