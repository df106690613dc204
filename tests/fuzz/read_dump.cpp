// The cfnpp side of the differential test (differential.py): reads framed
// documents from stdin ("<size>\n" then that many bytes, repeated), parses
// each with cfn::parse_document and prints one JSON line per document:
//   {"format": "yaml"|"json", "ok": NODE, "comments": BOOL}   or   {"error": "reason", "at": [LINE, COLUMN]}
// With --emit, an accepted document also gets "yaml" and "json": what cfnpp's
// emitters write for the value read (or "yaml_error", "json_error").
// NODE is a typed array, so that no JSON value stands for two different
// template values: ["null"], ["bool", true], ["int", "42"], ["float", "1.5"],
// ["numeral", "1e400"], ["str", "text"], ["list", [NODE...]],
// ["map", [[KEY, NODE, KEY_LINE, KEY_COL]...]], each followed by the node's
// line and column; a function is the single-key map CloudFormation sees
// ({"Fn::Sub": x}), as PyYAML's CloudFormation constructors build it, its key
// marked 0, 0.
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>

#include "cfn/emit.hpp"
#include "cfn/parse.hpp"

namespace {

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  for (const char c : s) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\u%04x", byte);
      out += buffer;
    } else {
      out += c;
    }
  }
  out += '"';
}

void append_mark(std::string& out, cfn::Mark mark) {
  out += ',' + std::to_string(mark.line) + ',' + std::to_string(mark.column);
}

void dump(std::string& out, const cfn::Value& v);

// [key, value..., key line, key column]
void dump_member(std::string& out, std::string_view key, const cfn::Value& value, cfn::Mark key_mark) {
  out += '[';
  append_json_string(out, key);
  out += ',';
  dump(out, value);
  append_mark(out, key_mark);
  out += ']';
}

void dump(std::string& out, const cfn::Value& v) {
  using Kind = cfn::Value::Kind;
  out += '[';
  switch (v.kind()) {
    case Kind::Null:
      out += "\"null\"";
      break;
    case Kind::Bool:
      out += v.as_bool() ? "\"bool\",true" : "\"bool\",false";
      break;
    case Kind::Int:
      out += "\"int\",\"" + std::to_string(v.as_int()) + '"';
      break;
    case Kind::Double: {
      char buffer[32];
      std::snprintf(buffer, sizeof buffer, "%.17g", v.as_double());
      out += "\"float\",\"";
      out += buffer;
      out += '"';
      break;
    }
    case Kind::Numeral:
      out += "\"numeral\",\"" + v.as_numeral().text() + '"';
      break;
    case Kind::String:
      out += "\"str\",";
      append_json_string(out, v.as_string());
      break;
    case Kind::List: {
      out += "\"list\",[";
      bool first = true;
      for (const cfn::Value& item : v.as_list()) {
        if (!first) out += ',';
        first = false;
        dump(out, item);
      }
      out += ']';
      break;
    }
    case Kind::Map: {
      out += "\"map\",[";
      bool first = true;
      for (const cfn::Member& m : v.as_map()) {
        if (!first) out += ',';
        first = false;
        dump_member(out, m.key, m.value, m.key_mark);
      }
      out += ']';
      break;
    }
    case Kind::Fn: {
      out += "\"map\",[";
      // The function has no key of its own.
      dump_member(out, cfn::fn_name(v.as_fn().kind()), v.as_fn().argument(), cfn::Mark{});
      out += ']';
      break;
    }
  }
  append_mark(out, v.mark());
  out += ']';
}

}  // namespace

void append_emitted(std::string& out, const cfn::Value& root, cfn::Format format) {
  const char* name = format == cfn::Format::Yaml ? "yaml" : "json";
  try {
    const std::string text = cfn::emit(root, format);
    out += ",\"";
    out += name;
    out += "\":";
    append_json_string(out, text);
  } catch (const cfn::Error& e) {
    out += ",\"";
    out += name;
    out += "_error\":";
    append_json_string(out, e.what());
  }
}

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const bool emit = argc > 1 && std::string_view(argv[1]) == "--emit";
  const std::string input((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  std::size_t pos = 0;
  std::string out;
  while (pos < input.size()) {
    const std::size_t eol = input.find('\n', pos);
    if (eol == std::string::npos) break;
    const std::size_t size = std::stoul(input.substr(pos, eol - pos));
    const std::string_view text = std::string_view(input).substr(eol + 1, size);
    pos = eol + 1 + size;
    out.clear();
    try {
      const cfn::Document doc = cfn::parse_document(text, "");
      out += "{\"format\":";
      out += doc.format == cfn::Format::Json ? "\"json\"" : "\"yaml\"";
      out += ",\"ok\":";
      dump(out, doc.root);
      out += doc.has_comments ? ",\"comments\":true" : ",\"comments\":false";
      if (emit) {
        append_emitted(out, doc.root, cfn::Format::Yaml);
        append_emitted(out, doc.root, cfn::Format::Json);
      }
      out += '}';
    } catch (const cfn::ParseError& e) {
      out += "{\"error\":";
      append_json_string(out, e.reason());
      out += ",\"at\":[" + std::to_string(e.mark().line) + ',' + std::to_string(e.mark().column) + "]}";
    }
    out += '\n';
    std::cout << out;
  }
  return 0;
}
