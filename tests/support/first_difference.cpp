#include "support/first_difference.hpp"

#include <fmt/format.h>

#include "cfn/value.hpp"

namespace cfn::test {
namespace {

std::string quoted(const std::string& s) {
  std::string out = "\"";
  const std::size_t limit = 60;
  for (std::size_t i = 0; i < s.size() && i < limit; ++i) {
    const char c = s[i];
    if (c == '\n') {
      out += "\\n";
    } else if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += fmt::format("\\x{:02X}", static_cast<unsigned char>(c));
    } else {
      out += c;
    }
  }
  if (s.size() > limit) out += "...";
  return out + "\"";
}

std::string join(const std::string& path, const std::string& key) { return path.empty() ? key : path + "." + key; }

std::optional<std::string> diff(const Value& a, const Value& b, const std::string& path) {
  const auto here = [&] { return path.empty() ? std::string("(root)") : path; };
  const auto differ = [&] { return here() + ": " + describe_value(a) + " vs " + describe_value(b); };
  if (a.is_number() && b.is_number()) {
    if (a == b) return std::nullopt;
    return differ();
  }
  if (a.kind() != b.kind()) return differ();
  switch (a.kind()) {
    case Value::Kind::Null:
      return std::nullopt;
    case Value::Kind::Bool:
    case Value::Kind::String:
    case Value::Kind::Int:
    case Value::Kind::Double:
    case Value::Kind::Numeral:
      if (a == b) return std::nullopt;
      return differ();
    case Value::Kind::List: {
      const List& la = a.as_list();
      const List& lb = b.as_list();
      for (std::size_t i = 0; i < la.size() && i < lb.size(); ++i)
        if (auto d = diff(la[i], lb[i], here() + "[" + std::to_string(i) + "]")) return d;
      if (la.size() != lb.size()) return differ();
      return std::nullopt;
    }
    case Value::Kind::Map: {
      const Map& ma = a.as_map();
      const Map& mb = b.as_map();
      for (const Member& m : ma) {
        const Value* other = mb.find(m.key);
        if (other == nullptr) return join(path, m.key) + ": only in the first value";
        if (auto d = diff(m.value, *other, join(path, m.key))) return d;
      }
      for (const Member& m : mb)
        if (!ma.contains(m.key)) return join(path, m.key) + ": only in the second value";
      return std::nullopt;
    }
    case Value::Kind::Fn:
      if (a.as_fn().kind() != b.as_fn().kind()) return differ();
      return diff(a.as_fn().argument(), b.as_fn().argument(), join(path, std::string(fn_name(a.as_fn().kind()))));
  }
  return differ();
}

}  // namespace

std::string describe_value(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null:
      return "null";
    case Value::Kind::Bool:
      return v.as_bool() ? "boolean true" : "boolean false";
    case Value::Kind::Int:
      return "integer " + std::to_string(v.as_int());
    case Value::Kind::Double:
      return fmt::format("number {}", v.as_double());
    case Value::Kind::Numeral:
      return "number " + v.as_numeral().text();
    case Value::Kind::String:
      return "string " + quoted(v.as_string());
    case Value::Kind::List:
      return fmt::format("list ({} items)", v.as_list().size());
    case Value::Kind::Map:
      return fmt::format("map ({} keys)", v.as_map().size());
    case Value::Kind::Fn:
      return std::string(fn_name(v.as_fn().kind()));
  }
  return "?";
}

std::optional<std::string> first_difference(const Value& a, const Value& b) { return diff(a, b, ""); }

}  // namespace cfn::test
