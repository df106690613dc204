// The YAML emitter. A document is block style throughout, 2-space indent,
// sequences indented under their key, intrinsics as short-form tags except where the argument of
// a function is itself a function (`!Base64 !Sub x` is invalid CloudFormation,
// so that is written `Fn::Base64: !Sub x`).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cfn/emit.hpp"
#include "cfn/intrinsics.hpp"
#include "emit/node_check.hpp"
#include "emit/number.hpp"
#include "emit/scalar_style.hpp"
#include "emit/yaml_sizes.hpp"

namespace cfn {
namespace {

using detail::emitter::ScalarStyle;

// Where the writer stands when it writes a node.
enum class Pos {
  Root,       // start of the document
  AfterKey,   // after "key:" (or after a tag): inline content needs a space first
  AfterDash,  // after "- ": inline content follows directly; maps and lists go compact
};

class YamlWriter {
 public:
  std::string finish(const Value& root) {
    // Block content at the root starts in column 0 for collections; scalars
    // and tagged nodes are indented so no line can look like a document marker.
    write(root, root.is_map() || root.is_list() ? 0 : 2, Pos::Root);
    return std::move(out_);
  }

  std::vector<std::size_t> member_sizes(const Map& m) {
    std::vector<std::size_t> sizes;
    sizes.reserve(m.size());
    for (const Member& member : m) {  // as write_map writes them at the root
      out_.clear();
      write_member(member.key, member.value, 0);
      sizes.push_back(out_.size());
    }
    return sizes;
  }

 private:
  void indent(int col) { out_.append(static_cast<std::size_t>(col), ' '); }

  // Inline content: a scalar or flow token that ends the line.
  void inline_text(std::string_view text, Pos pos) {
    if (pos == Pos::AfterKey) out_ += ' ';
    out_ += text;
    out_ += '\n';
  }

  void write(const Value& v, int col, Pos pos) {
    std::optional<detail::emitter::NestingScope> nesting;
    if (detail::emitter::nests(v)) nesting.emplace(depth_, path_);
    switch (v.kind()) {
      case Value::Kind::Null:
        return inline_text("null", pos);
      case Value::Kind::Bool:
        return inline_text(v.as_bool() ? "true" : "false", pos);
      case Value::Kind::Int:
        return inline_text(std::to_string(v.as_int()), pos);
      case Value::Kind::Double:
        return inline_text(detail::emitter::format_double(v.as_double()), pos);
      case Value::Kind::Numeral:
        return inline_text(detail::emitter::yaml_numeral(v.as_numeral()), pos);
      case Value::Kind::String:
        return write_string(v.as_string(), col, pos, "");
      case Value::Kind::List:
        return write_list(v.as_list(), col, pos);
      case Value::Kind::Map:
        return write_map(v.as_map(), col, pos);
      case Value::Kind::Fn:
        return write_fn(v.as_fn(), col, pos);
    }
  }

  void write_map(const Map& m, int col, Pos pos) {
    if (m.empty()) return inline_text("{}", pos);
    if (pos == Pos::AfterKey) out_ += '\n';
    bool first = true;
    for (const Member& member : m) {
      if (!(first && pos == Pos::AfterDash)) indent(col);
      first = false;
      write_member(member.key, member.value, col);
    }
  }

  void write_member(std::string_view key, const Value& value, int col) {
    write_key(key);
    out_ += ':';
    const Path::Scope scope(path_, key);
    write(value, col + 2, Pos::AfterKey);
  }

  void write_list(const List& l, int col, Pos pos) {
    if (l.empty()) return inline_text("[]", pos);
    if (pos == Pos::AfterKey) out_ += '\n';
    bool first = true;
    std::size_t index = 0;
    for (const Value& item : l) {
      if (!(first && pos == Pos::AfterDash)) indent(col);
      first = false;
      const Path::Scope scope(path_, index++);
      out_ += "- ";
      write(item, col + 2, Pos::AfterDash);
    }
  }

  void write_key(std::string_view key) {
    const ScalarStyle style = checked_style(key, /*is_key=*/true);
    // YAML limits an implicit key to 1024 characters as written, quotes and
    // escapes included (yaml-cpp counts bytes).
    constexpr std::size_t kMaxKey = 1024;
    const auto too_long = [&] {
      return EmitError(
          path_, "a key longer than 1024 characters (as written, quoted) cannot be written as a YAML implicit key");
    };
    if (style == ScalarStyle::Plain) {  // the common case, without a copy
      if (key.size() > kMaxKey) throw too_long();
      out_ += key;
      return;
    }
    std::string written;
    switch (style) {
      case ScalarStyle::Plain:
        break;
      case ScalarStyle::SingleQuoted:
        written = detail::emitter::single_quoted(key);
        break;
      case ScalarStyle::DoubleQuoted:
      case ScalarStyle::Literal:
        written = detail::emitter::double_quoted(key);
        break;
    }
    if (written.size() > kMaxKey) throw too_long();
    out_ += written;
  }

  // Text that is not UTF-8 holds what choose_style takes for a control
  // character, so only a string to be double-quoted can fail the check.
  ScalarStyle checked_style(std::string_view s, bool is_key) const {
    const ScalarStyle style = detail::emitter::choose_style(s, is_key);
    if (style == ScalarStyle::DoubleQuoted) detail::emitter::check_utf8(path_, s);
    return style;
  }

  // `prefix` is a tag ("!Sub") written before the scalar, or empty.
  void write_string(std::string_view s, int col, Pos pos, std::string_view prefix) {
    ScalarStyle style = checked_style(s, /*is_key=*/false);
    // yaml-cpp 0.7 measures a tagged block scalar in a sequence entry
    // (`- !Sub |`) from the tag's column: its content must be indented deeper
    // than the tag (write_literal does that), and an indentation indicator
    // counts from the tag, where other readers count from the sequence. So
    // such a block that needs the indicator is quoted instead.
    const bool tagged_entry = !prefix.empty() && pos == Pos::AfterDash;
    if (style == ScalarStyle::Literal && tagged_entry && needs_indentation_indicator(s))
      style = ScalarStyle::DoubleQuoted;
    if (style == ScalarStyle::Literal) return write_literal(s, tagged_entry ? col + 2 : col, pos, prefix);
    if (style == ScalarStyle::Plain && prefix.empty()) return inline_text(s, pos);  // the common case, without a copy
    std::string text(prefix);
    if (!prefix.empty()) text += ' ';
    switch (style) {
      case ScalarStyle::Plain:
        text += s;
        break;
      case ScalarStyle::SingleQuoted:
        text += detail::emitter::single_quoted(s);
        break;
      case ScalarStyle::DoubleQuoted:
      case ScalarStyle::Literal:
        text += detail::emitter::double_quoted(s);
        break;
    }
    inline_text(text, pos);
  }

  // Auto-detection would take the indentation of a first line that starts with
  // a space, or of the first non-empty line after leading empty ones.
  static bool needs_indentation_indicator(std::string_view s) {
    return !s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t');
  }

  // A literal block: `|` with an indentation indicator when the text starts
  // with a space or an empty line (auto-detection would misread it) and the
  // chomping indicator that keeps exactly the trailing newlines it has.
  void write_literal(std::string_view s, int col, Pos pos, std::string_view prefix) {
    std::size_t trailing = 0;
    while (trailing < s.size() && s[s.size() - 1 - trailing] == '\n') ++trailing;
    const std::string_view body = s.substr(0, s.size() - trailing);

    if (pos == Pos::AfterKey) out_ += ' ';
    if (!prefix.empty()) {
      out_ += prefix;
      out_ += ' ';
    }
    out_ += '|';
    // Content always sits 2 columns in from its parent (at the root, from column 0,
    // as yaml-cpp and PyYAML read it).
    if (needs_indentation_indicator(body)) out_ += '2';
    out_ += trailing == 0 ? "-" : trailing == 1 ? "" : "+";
    out_ += '\n';

    std::size_t start = 0;
    while (start <= body.size()) {
      const std::size_t end = std::min(body.find('\n', start), body.size());
      const std::string_view line = body.substr(start, end - start);
      if (!line.empty()) indent(col);
      out_ += line;
      out_ += '\n';
      start = end + 1;
    }
    for (std::size_t k = 1; k < trailing; ++k) out_ += '\n';
  }

  void write_fn(const Fn& fn, int col, Pos pos) {
    const Value& arg = fn.argument();
    std::string tag(1, '!');
    tag += fn_tag(fn.kind());

    // A node carries one tag, so a function whose argument is a function (or a
    // non-string scalar, which a tag would turn into a string) is written in long
    // form; so is Fn::GetAtt of a string ("Res.Attr"), which `!GetAtt Res.Attr`
    // would turn into the list [Res, Attr].
    if (arg.is_fn() || (arg.is_scalar() && !arg.is_string()) || (fn.kind() == FnKind::GetAtt && arg.is_string())) {
      if (pos == Pos::AfterKey || pos == Pos::Root) {
        if (pos == Pos::AfterKey) out_ += '\n';
        indent(col);
      }
      return write_member(fn_name(fn.kind()), arg, col);
    }
    if (fn.kind() == FnKind::GetAtt && arg.is_list())  // `!GetAtt Res.Attr`, when it reads back as the same list
      if (const auto dotted = GetAttView(arg).dotted()) return write_string(*dotted, col, pos, tag);
    const Path::Scope scope(path_, fn_name(fn.kind()));
    if (arg.is_string()) return write_string(arg.as_string(), col, pos, tag);
    const bool empty = arg.is_list() ? arg.as_list().empty() : arg.as_map().empty();
    if (empty) return inline_text(tag + (arg.is_list() ? " []" : " {}"), pos);
    if (pos == Pos::AfterKey) out_ += ' ';
    out_ += tag;
    out_ += '\n';
    if (arg.is_list()) {
      for (std::size_t i = 0; i < arg.as_list().size(); ++i) {
        indent(col);
        const Path::Scope item_scope(path_, i);
        out_ += "- ";
        write(arg.as_list()[i], col + 2, Pos::AfterDash);
      }
    } else {
      for (const Member& member : arg.as_map()) {
        indent(col);
        write_member(member.key, member.value, col);
      }
    }
  }

  std::string out_;
  Path path_;
  std::size_t depth_ = 0;  // maps and lists around the node being written
};

// One line of flow style, for a value shown inside other output (the diff's
// changes): `{Key: Name, Value: !Ref Vpc}`. The same function forms as the
// block writer (a function of a function, a tag on a non-string scalar and
// GetAtt's one string are written long); strings are plain where no reader
// takes them for anything else and they hold no flow indicator, else
// double-quoted.
class FlowWriter {
 public:
  std::string finish(const Value& root) {
    write(root);
    return std::move(out_);
  }

 private:
  void write(const Value& v) {
    std::optional<detail::emitter::NestingScope> nesting;
    if (detail::emitter::nests(v)) nesting.emplace(depth_, path_);
    switch (v.kind()) {
      case Value::Kind::Null:
        out_ += "null";
        return;
      case Value::Kind::Bool:
        out_ += v.as_bool() ? "true" : "false";
        return;
      case Value::Kind::Int:
        out_ += std::to_string(v.as_int());
        return;
      case Value::Kind::Double:
        out_ += detail::emitter::format_double(v.as_double());
        return;
      case Value::Kind::Numeral:
        out_ += detail::emitter::yaml_numeral(v.as_numeral());
        return;
      case Value::Kind::String:
        return write_string(v.as_string());
      case Value::Kind::List: {
        out_ += '[';
        for (std::size_t i = 0; i < v.as_list().size(); ++i) {
          if (i != 0) out_ += ", ";
          const Path::Scope scope(path_, i);
          write(v.as_list()[i]);
        }
        out_ += ']';
        return;
      }
      case Value::Kind::Map: {
        out_ += '{';
        bool first = true;
        for (const Member& m : v.as_map()) {
          if (!first) out_ += ", ";
          first = false;
          write_member(m.key, m.value);
        }
        out_ += '}';
        return;
      }
      case Value::Kind::Fn:
        return write_fn(v.as_fn());
    }
  }

  void write_member(std::string_view key, const Value& value) {
    write_string(key);
    out_ += ": ";
    const Path::Scope scope(path_, key);
    write(value);
  }

  void write_string(std::string_view s) {
    detail::emitter::check_utf8(path_, s);
    const bool plain = detail::emitter::choose_style(s, /*is_key=*/false) == ScalarStyle::Plain &&
                       s.find_first_of(",[]{}") == std::string_view::npos;
    out_ += plain ? std::string(s) : detail::emitter::double_quoted(s);
  }

  void write_fn(const Fn& fn) {
    const Value& arg = fn.argument();
    if (arg.is_fn() || (arg.is_scalar() && !arg.is_string()) || (fn.kind() == FnKind::GetAtt && arg.is_string())) {
      out_ += '{';
      write_member(fn_name(fn.kind()), arg);
      out_ += '}';
      return;
    }
    out_ += '!';
    out_ += fn_tag(fn.kind());
    out_ += ' ';
    if (fn.kind() == FnKind::GetAtt && arg.is_list())  // `!GetAtt Res.Attr`, when it reads back as the same list
      if (const auto dotted = GetAttView(arg).dotted()) return write_string(*dotted);
    const Path::Scope scope(path_, fn_name(fn.kind()));
    write(arg);
  }

  std::string out_;
  Path path_;
  std::size_t depth_ = 0;  // maps and lists around the node being written
};

}  // namespace

std::string to_yaml(const Value& value, YamlLayout layout) {
  return layout == YamlLayout::Flow ? FlowWriter{}.finish(value) : YamlWriter{}.finish(value);
}

std::vector<std::size_t> detail::emitter::yaml_member_sizes(const Map& map) { return YamlWriter{}.member_sizes(map); }

}  // namespace cfn
