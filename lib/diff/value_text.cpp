#include "diff/value_text.hpp"

#include "cfn/emit.hpp"
#include "cfn/intrinsics.hpp"
#include "emit/number.hpp"
#include "emit/scalar_style.hpp"

namespace cfn::diff_detail {
namespace {

// A string in YAML flow context: plain when no reader could take it for
// anything else and it holds no flow indicator, double-quoted otherwise.
std::string flow_string(std::string_view s) {
  const bool plain = emitter::choose_style(s, false) == emitter::ScalarStyle::Plain &&
                     s.find_first_of(",[]{}") == std::string_view::npos;
  return plain ? std::string(s) : emitter::double_quoted(s);
}

void write_inline(std::string& out, const Value& v);

void write_fn(std::string& out, const Fn& fn) {
  const Value& arg = fn.argument();
  if (arg.is_fn()) {  // two tags on one node are not YAML: write the outer function long
    out += '{';
    out += fn_name(fn.kind());
    out += ": ";
    write_inline(out, arg);
    out += '}';
    return;
  }
  out += '!';
  out += fn_tag(fn.kind());
  out += ' ';
  if (fn.kind() == FnKind::GetAtt && arg.is_list())
    if (const auto dotted = GetAttView(arg).dotted()) {
      out += flow_string(*dotted);
      return;
    }
  write_inline(out, arg);
}

void write_inline(std::string& out, const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null:
      out += "null";
      return;
    case Value::Kind::Bool:
      out += v.as_bool() ? "true" : "false";
      return;
    case Value::Kind::Int:
      out += std::to_string(v.as_int());
      return;
    case Value::Kind::Double:
      out += emitter::format_double(v.as_double());
      return;
    case Value::Kind::String:
      out += flow_string(v.as_string());
      return;
    case Value::Kind::List: {
      out += '[';
      bool first = true;
      for (const Value& item : v.as_list()) {
        if (!first) out += ", ";
        first = false;
        write_inline(out, item);
      }
      out += ']';
      return;
    }
    case Value::Kind::Map: {
      out += '{';
      bool first = true;
      for (const Member& m : v.as_map()) {
        if (!first) out += ", ";
        first = false;
        out += flow_string(m.key);
        out += ": ";
        write_inline(out, m.value);
      }
      out += '}';
      return;
    }
    case Value::Kind::Fn:
      write_fn(out, v.as_fn());
      return;
  }
}

}  // namespace

std::string inline_yaml(const Value& v) {
  std::string out;
  write_inline(out, v);
  return out;
}

std::string block_yaml(const Value& v) { return to_yaml(v); }

}  // namespace cfn::diff_detail
