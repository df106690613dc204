// Implementation detail of cfn::Map: a hash index from a key to its member's
// position, so that finding a key costs the same in a map of 100,000 keys as
// in a map of ten (every tool looks keys up once per key it reads, and a
// linear scan there made them quadratic). Small maps are scanned instead: the
// index exists only from kMinSize members on.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace cfn {
struct Member;
}

namespace cfn::detail {

class KeyIndex {
 public:
  /// Below this many members a scan is cheaper than hashing the key.
  static constexpr std::size_t kMinSize = 8;
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  /// The position of `key` among members[0..count), or npos.
  [[nodiscard]] std::size_t find(std::string_view key, const Member* members, std::size_t count) const noexcept;
  /// members[count - 1] has just been appended.
  void appended(const Member* members, std::size_t count);
  /// The members changed positions (an erase): index them again.
  void rebuild(const Member* members, std::size_t count);

 private:
  void insert(std::string_view key, std::size_t position);

  // Open addressing with linear probing: position + 1, 0 for an empty slot;
  // the size is a power of two at least twice the number of members.
  std::vector<std::uint32_t> slots_;
};

}  // namespace cfn::detail
