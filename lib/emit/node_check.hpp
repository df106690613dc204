// What both emitters check about a node before writing it.
#pragma once

#include <cstddef>
#include <string_view>

#include "cfn/emit.hpp"

namespace cfn::detail::emitter {

/// Throws EmitError at `path` when `s` is not valid UTF-8.
void check_utf8(const Path& path, std::string_view s);

/// True for a map, a list, or a function of a function (a map in a map in
/// the long form): what the parser counts as one level, and the emitters too.
[[nodiscard]] bool nests(const Value& v) noexcept;

/// One level more around what a writer writes (`depth` counts them).
/// Throws EmitError at `path` past limits::kNestingDepth, the parser's limit:
/// the emitters write whatever the parser reads, and never recurse deeper.
class NestingScope {
 public:
  NestingScope(std::size_t& depth, const Path& path);
  NestingScope(const NestingScope&) = delete;
  NestingScope& operator=(const NestingScope&) = delete;
  ~NestingScope() { --depth_; }

 private:
  std::size_t& depth_;
};

}  // namespace cfn::detail::emitter
