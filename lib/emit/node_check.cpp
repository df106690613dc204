#include "emit/node_check.hpp"

#include "cfn/limits.hpp"
#include "text/utf8.hpp"

namespace cfn {

EmitError::EmitError(Path path, std::string reason)
    : Error((path.empty() ? std::string("(root)") : to_string(path)) + ": " + reason),
      path_(std::move(path)),
      reason_(std::move(reason)) {}

namespace detail::emitter {

void check_utf8(const Path& path, std::string_view s) {
  if (const auto bad = detail::strings::find_invalid_utf8(s))
    throw EmitError(path, "string is not valid UTF-8 (byte " + std::to_string(*bad) + ")");
}

bool nests(const Value& v) noexcept { return v.is_map() || v.is_list() || (v.is_fn() && v.as_fn().argument().is_fn()); }

NestingScope::NestingScope(std::size_t& depth, const Path& path) : depth_(depth) {
  if (depth >= limits::kNestingDepth)
    throw EmitError(path, "maps and lists nested more than " + std::to_string(limits::kNestingDepth) + " levels deep");
  ++depth_;
}

}  // namespace detail::emitter
}  // namespace cfn
