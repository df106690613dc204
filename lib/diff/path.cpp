// Writing a value path for people: "Properties.Tags[0].Value".
#include <string>

#include "cfn/diff.hpp"

namespace cfn {
namespace {

bool needs_quotes(const std::string& key) {
  if (key.empty()) return true;
  for (const char c : key)
    if (c == '.' || c == '[' || c == ']' || c == ' ' || c == '"' || static_cast<unsigned char>(c) < 0x20) return true;
  return false;
}

void append_quoted(std::string& out, const std::string& key) {
  out += "[\"";
  for (const char c : key) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  out += "\"]";
}

}  // namespace

std::string format_path(const ValuePath& path) {
  std::string out;
  for (const PathStep& step : path) {
    if (const auto* index = std::get_if<std::size_t>(&step)) {
      out += '[' + std::to_string(*index) + ']';
      continue;
    }
    const std::string& key = std::get<std::string>(step);
    if (needs_quotes(key)) {
      append_quoted(out, key);
    } else {
      if (!out.empty()) out += '.';
      out += key;
    }
  }
  return out;
}

}  // namespace cfn
