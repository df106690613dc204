// "Did you mean": the closest of some names to a misspelt one.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace cfn::detail::strings {

/// Levenshtein distance, ASCII case-insensitive. Takes |a| × |b| steps.
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

/// The closest of `candidates` to `word` at an edit distance of at most
/// `max_distance`, the first of equals; "" when none is that close.
[[nodiscard]] std::string_view closest_match(std::string_view word, const std::vector<std::string_view>& candidates,
                                             std::size_t max_distance);

}  // namespace cfn::detail::strings
