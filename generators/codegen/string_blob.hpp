// Deduplicated strings written as one char array: the generated tables hold
// {offset, size} into it, so their rows stay integers.
#pragma once

#include <fmt/format.h>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace codegen {

class StringBlob {
 public:
  // "{offset, size}" of s in the blob.
  std::string text(const std::string& s) {
    auto [it, inserted] = offsets_.try_emplace(s, blob_.size());
    if (inserted) blob_ += s;
    if (s.size() > 0xFFFF) throw std::runtime_error("string too long for the table: " + s.substr(0, 60));
    return fmt::format("{{{}, {}}}", it->second, s.size());
  }

  [[nodiscard]] std::string literal() const {
    std::string out;
    for (std::size_t i = 0; i < blob_.size(); i += 96) {
      out += "    \"";
      for (char c : blob_.substr(i, 96)) {
        if (c == '"' || c == '\\') {
          out += '\\';
          out += c;
        } else if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7F) {
          // Three digits never run on. Bytes past ASCII too: a line may end
          // inside a character, and clang warns of a literal with part of one.
          out += fmt::format("\\{:03o}", static_cast<unsigned char>(c));
        } else {
          out += c;
        }
      }
      out += "\"\n";
    }
    return out.empty() ? "    \"\"\n" : out;
  }

 private:
  std::string blob_;
  std::unordered_map<std::string, std::size_t> offsets_;
};

}  // namespace codegen
