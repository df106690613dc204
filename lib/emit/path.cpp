#include "emit/path.hpp"

#include "cfn/error.hpp"
#include "text/utf8.hpp"

namespace cfn::emitter {

std::string NodePath::str() const {
  if (parts_.empty()) return "(root)";
  std::string out;
  for (const auto& part : parts_) {
    if (const auto* key = std::get_if<std::string_view>(&part)) {
      if (!out.empty()) out += '.';
      out += *key;
    } else {
      out += '[' + std::to_string(std::get<std::size_t>(part)) + ']';
    }
  }
  return out;
}

void NodePath::check_utf8(std::string_view s) const {
  if (const auto bad = text::find_invalid_utf8(s))
    fail("string is not valid UTF-8 (byte " + std::to_string(*bad) + ")");
}

void NodePath::fail(std::string_view message) const { throw Error(str() + ": " + std::string(message)); }

}  // namespace cfn::emitter
