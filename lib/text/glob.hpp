// Wildcard matching, as IAM actions and Fn::ForEach id patterns use it.
#pragma once

#include <string_view>

namespace cfn::detail::strings {

/// Glob match with '*' (any run) and '?' (one character), ASCII
/// case-insensitive when `fold_case`. Takes at most pattern × text steps.
[[nodiscard]] bool glob_match(std::string_view pattern, std::string_view text, bool fold_case) noexcept;

}  // namespace cfn::detail::strings
