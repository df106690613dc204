// The JSON emitter: intrinsics in long form, order kept; 2-space indent, or
// one line for values embedded in other output.
#include <optional>

#include "cfn/emit.hpp"
#include "emit/node_check.hpp"
#include "emit/number.hpp"
#include "text/json_string.hpp"

namespace cfn {
namespace {

class JsonWriter {
 public:
  explicit JsonWriter(JsonLayout layout) : compact_(layout == JsonLayout::Compact) {}

  std::string finish(const Value& root) {
    write(root, 0);
    if (!compact_) out_ += '\n';
    return std::move(out_);
  }

 private:
  // Before an item of a list or map (after its comma, if any), and before the closing bracket.
  void item_break(bool first, int col) {
    if (compact_) {
      if (!first) out_ += ' ';
      return;
    }
    out_ += '\n';
    out_.append(static_cast<std::size_t>(col), ' ');
  }
  void closing_break(int col) {
    if (!compact_) item_break(false, col);
  }

  void write_string(std::string_view s) {
    detail::emitter::check_utf8(path_, s);
    detail::strings::append_json_string(out_, s);
  }

  void write_member(std::string_view key, const Value& value, int col) {
    write_string(key);
    out_ += ": ";
    const Path::Scope scope(path_, key);
    write(value, col);
  }

  void write(const Value& v, int col) {
    std::optional<detail::emitter::NestingScope> nesting;
    if (detail::emitter::nests(v)) nesting.emplace(depth_, path_);
    switch (v.kind()) {
      case Value::Kind::Null:
        out_ += "null";
        break;
      case Value::Kind::Bool:
        out_ += v.as_bool() ? "true" : "false";
        break;
      case Value::Kind::Int:
        out_ += std::to_string(v.as_int());
        break;
      case Value::Kind::Double:
        out_ += detail::emitter::format_double(v.as_double());
        break;
      case Value::Kind::Numeral:
        if (!v.as_numeral().is_finite()) throw EmitError(path_, v.as_numeral().text() + " cannot be written in JSON");
        out_ += v.as_numeral().text();
        break;
      case Value::Kind::String:
        write_string(v.as_string());
        break;
      case Value::Kind::List: {
        const List& l = v.as_list();
        if (l.empty()) {
          out_ += "[]";
          break;
        }
        out_ += '[';
        for (std::size_t i = 0; i < l.size(); ++i) {
          if (i > 0) out_ += ',';
          item_break(i == 0, col + 2);
          const Path::Scope scope(path_, i);
          write(l[i], col + 2);
        }
        closing_break(col);
        out_ += ']';
        break;
      }
      case Value::Kind::Map: {
        const Map& m = v.as_map();
        if (m.empty()) {
          out_ += "{}";
          break;
        }
        out_ += '{';
        bool first = true;
        for (const Member& member : m) {
          if (!first) out_ += ',';
          item_break(first, col + 2);
          first = false;
          write_member(member.key, member.value, col + 2);
        }
        closing_break(col);
        out_ += '}';
        break;
      }
      case Value::Kind::Fn:
        out_ += '{';
        item_break(true, col + 2);
        write_member(fn_name(v.as_fn().kind()), v.as_fn().argument(), col + 2);
        closing_break(col);
        out_ += '}';
        break;
    }
  }

  bool compact_;
  std::string out_;
  Path path_;
  std::size_t depth_ = 0;  // maps and lists around the node being written
};

}  // namespace

std::string to_json(const Value& value, JsonLayout layout) { return JsonWriter(layout).finish(value); }

std::string emit(const Value& value, Format format) { return format == Format::Json ? to_json(value) : to_yaml(value); }

}  // namespace cfn
