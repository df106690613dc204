// What both emitters check about a node before writing it.
#pragma once

#include <string_view>

#include "cfn/emit.hpp"

namespace cfn::detail::emitter {

/// Throws EmitError at `path` when `s` is not valid UTF-8.
void check_utf8(const Path& path, std::string_view s);

}  // namespace cfn::detail::emitter
