#include "parse/yaml_reader.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/null.h>
#include <yaml-cpp/parser.h>

#include <cctype>
#include <istream>
#include <streambuf>
#include <string>

#include "parse/scalar_resolver.hpp"
#include "parse/syntax_error.hpp"
#include "parse/tags.hpp"
#include "parse/value_builder.hpp"
#include "text/utf8.hpp"

namespace cfn::detail::parser {
namespace {

constexpr std::string_view kCoreTagPrefix = "tag:yaml.org,2002:";

// yaml-cpp marks are 0-based; ours are 1-based.
Mark to_mark(const YAML::Mark& m) {
  if (m.is_null() || m.line < 0 || m.column < 0) return Mark{1, 1};
  return Mark{static_cast<std::uint32_t>(m.line) + 1, static_cast<std::uint32_t>(m.column) + 1};
}

// "!Ref", "!!binary", "!<tag:example.com,2000:x>".
std::string describe_tag(const std::string& tag) {
  if (tag.starts_with(kCoreTagPrefix)) return "!!" + tag.substr(kCoreTagPrefix.size());
  if (tag.starts_with("!")) return tag;
  return "!<" + tag + ">";
}

// yaml-cpp 0.7 decodes the escapes \N (U+0085) and \_ (U+00A0) to the bare
// bytes 0x85 and 0xA0 instead of their UTF-8 forms. The text is valid UTF-8,
// so such a byte outside a valid sequence comes from one of those escapes.
std::string repair_escapes(const std::string& s) {
  if (s.find_first_of("\x85\xA0") == std::string::npos || !detail::strings::find_invalid_utf8(s)) return s;
  std::string out;
  out.reserve(s.size() + 8);
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t length = 1;
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte >= 0x80 && !detail::strings::decode_utf8(s, i, length) && (byte == 0x85 || byte == 0xA0)) {
      out += '\xC2';
      out += s[i];
      i += 1;
      continue;
    }
    out.append(s, i, length);
    i += length;
  }
  return out;
}

// Reads a string without copying it.
class ViewBuffer : public std::streambuf {
 public:
  explicit ViewBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());  // NOLINT: the get area is never written
    setg(begin, begin, begin + text.size());
  }
};

class Handler : public YAML::EventHandler {
 public:
  Handler(std::string_view text, ValueBuilder& builder) : text_(text), builder_(builder) {}

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ > 1)
      throw SyntaxError(to_mark(mark), "a second YAML document starts here; a template is a single document");
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    check_anchor(mark, anchor);
    if (builder_.expecting_key()) return builder_.key(null_key_text(mark), to_mark(mark));
    Value v(nullptr);
    v.set_mark(to_mark(mark));
    builder_.node(std::move(v));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t /*anchor*/) override {
    throw SyntaxError(to_mark(mark), "YAML aliases (*name) are not supported by CloudFormation");
  }

  void OnAnchor(const YAML::Mark& mark, const std::string& name) override {
    throw SyntaxError(to_mark(mark), "YAML anchors (&" + name + ") are not supported by CloudFormation");
  }

  void OnScalar(const YAML::Mark& yaml_mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& scanned) override {
    check_anchor(yaml_mark, anchor);
    const std::string text = repair_escapes(scanned);
    const Mark mark = to_mark(yaml_mark);
    if (builder_.expecting_key()) {
      if (tag == "?" && text == "<<")
        throw SyntaxError(mark, "YAML merge keys (<<) are not supported by CloudFormation");
      if (tag != "?" && tag != "!" && !is_str_tag(tag))
        throw SyntaxError(mark, "a map key must be a string, not a " + describe_tag(tag) + " node");
      return builder_.key(text, mark);
    }
    Value v;
    if (tag == "?") {
      v = resolve_plain_scalar(text);
    } else if (tag == "!" || is_str_tag(tag)) {
      v = Value(text);
    } else {
      v = apply_function_to_text(function_of(tag, mark), text, mark);
    }
    v.set_mark(mark);
    builder_.node(std::move(v));
  }

  void OnSequenceStart(const YAML::Mark& yaml_mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value /*style*/) override {
    check_anchor(yaml_mark, anchor);
    const Mark mark = to_mark(yaml_mark);
    if (builder_.expecting_key()) throw SyntaxError(mark, "a map key must be a string, not a list");
    builder_.begin_list(mark, collection_tag(tag, "seq", mark));
  }
  void OnSequenceEnd() override { builder_.end_list(); }

  void OnMapStart(const YAML::Mark& yaml_mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value /*style*/) override {
    check_anchor(yaml_mark, anchor);
    const Mark mark = to_mark(yaml_mark);
    if (builder_.expecting_key()) throw SyntaxError(mark, "a map key must be a string, not a map");
    builder_.begin_map(mark, collection_tag(tag, "map", mark));
  }
  void OnMapEnd() override { builder_.end_map(); }

 private:
  static bool is_str_tag(const std::string& tag) {
    return tag.size() == kCoreTagPrefix.size() + 3 && tag.starts_with(kCoreTagPrefix) && tag.ends_with("str");
  }

  static void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor)
      throw SyntaxError(to_mark(mark), "YAML anchors (&name) are not supported by CloudFormation");
  }

  static TagFunction function_of(const std::string& tag, Mark mark) {
    if (tag.size() > 1 && tag.front() == '!' && tag[1] != '<') {
      if (const auto function = function_for_tag(std::string_view(tag).substr(1))) return *function;
    }
    throw SyntaxError(mark, "unknown tag " + describe_tag(tag) +
                                "; CloudFormation knows only its functions' tags (!Ref, !GetAtt, !Sub, !If, ...)");
  }

  // None for the non-specific tags and for !!map / !!seq on the matching node.
  static std::optional<TagFunction> collection_tag(const std::string& tag, std::string_view core_name, Mark mark) {
    if (tag == "?" || tag == "!") return std::nullopt;
    if (tag.starts_with(kCoreTagPrefix) && std::string_view(tag).substr(kCoreTagPrefix.size()) == core_name)
      return std::nullopt;
    return function_of(tag, mark);
  }

  // yaml-cpp reports plain null words (null, Null, NULL, ~) as null nodes; as
  // keys they are the words as written. A key that is missing altogether
  // (`: x`, `? ` with nothing) is an error.
  std::string null_key_text(const YAML::Mark& mark) const {
    if (mark.pos >= 0 && static_cast<std::size_t>(mark.pos) < text_.size()) {
      const std::string_view at = text_.substr(static_cast<std::size_t>(mark.pos));
      for (std::string_view word : {"null", "Null", "NULL", "~"}) {
        if (at.starts_with(word) &&
            (at.size() == word.size() || at[word.size()] == ':' || at[word.size()] == ' ' || at[word.size()] == '\t'))
          return std::string(word);
      }
    }
    throw SyntaxError(to_mark(mark), "a map entry has no key");
  }

  std::string_view text_;
  ValueBuilder& builder_;
  int documents_ = 0;
};

// The line a mark is on (yaml-cpp's positions do not count a byte order mark).
std::string_view line_at(std::string_view text, const YAML::Mark& mark) {
  if (mark.is_null() || mark.pos < 0 || static_cast<std::size_t>(mark.pos) > text.size()) return {};
  const auto pos = static_cast<std::size_t>(mark.pos);
  const std::size_t start = text.rfind('\n', pos == 0 ? 0 : pos - 1);
  const std::size_t begin = (start == std::string_view::npos || pos == 0) ? 0 : start + 1;
  const std::size_t end = text.find('\n', begin);
  return text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
}

std::string describe_yaml_error(std::string_view text, const YAML::Exception& e) {
  std::string reason = e.msg;
  if (reason.starts_with("the referenced anchor is not defined"))
    return "YAML aliases (*name) are not supported by CloudFormation";
  if (!reason.empty()) reason[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(reason[0])));
  const std::string_view line = line_at(text, e.mark);
  const std::size_t indent_end = line.find_first_not_of(" \t");
  if (line.substr(0, indent_end).find('\t') != std::string_view::npos)
    reason += " (this line is indented with a tab; YAML allows only spaces)";
  return reason;
}

}  // namespace

std::optional<Value> read_yaml(std::string_view text, std::vector<DuplicateKey>& duplicates) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // as yaml-cpp counts positions
  ValueBuilder builder(duplicates);
  Handler handler(text, builder);
  ViewBuffer buffer(text);
  std::istream in(&buffer);
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(handler)) {
    }
  } catch (const YAML::Exception& e) {
    throw SyntaxError(to_mark(e.mark), describe_yaml_error(text, e));
  }
  return builder.take_root();
}

}  // namespace cfn::detail::parser
