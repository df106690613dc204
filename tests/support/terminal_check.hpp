// The oracle for terminal injection: the bytes a terminal acts on, found
// without the escaper under test.
#pragma once

#include <string>
#include <string_view>

namespace cfn::test {

/// The first control character (C0 but line feed, DEL, C1 as UTF-8) of
/// `out` that is not part of `allowed_escapes` (the tool's own colors), or "".
inline std::string first_control(std::string_view out, std::initializer_list<std::string_view> allowed_escapes = {}) {
  for (std::size_t i = 0; i < out.size(); ++i) {
    bool allowed = false;
    for (const std::string_view e : allowed_escapes)
      if (out.substr(i).starts_with(e)) {
        i += e.size() - 1;
        allowed = true;
        break;
      }
    if (allowed) continue;
    const auto c = static_cast<unsigned char>(out[i]);
    const bool c1 = c == 0xC2 && i + 1 < out.size() && static_cast<unsigned char>(out[i + 1]) >= 0x80 &&
                    static_cast<unsigned char>(out[i + 1]) <= 0x9F;
    if ((c < 0x20 && c != '\n') || c == 0x7F || c1) return "byte " + std::to_string(c) + " at " + std::to_string(i);
  }
  return "";
}

}  // namespace cfn::test
