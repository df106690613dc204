// A shortest edit script between two sequences (Myers' O(ND) algorithm), for
// the lines of multi-line strings and the items of lists.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace cfn::detail::diff {

enum class EditOp : std::uint8_t { Keep, Remove, Add };

struct Edit {
  EditOp op;
  std::size_t old_index;  // Keep and Remove
  std::size_t new_index;  // Keep and Add
};

/// The edits turning old[0..old_size) into new[0..new_size), in order; `same(i, j)`
/// tells whether old[i] equals new[j]. Minimal unless more than `max_cost`
/// removals plus additions are needed: then the common prefix and suffix are
/// kept and the middle is removed and added as a whole.
[[nodiscard]] std::vector<Edit> diff_sequences(std::size_t old_size, std::size_t new_size,
                                               const std::function<bool(std::size_t, std::size_t)>& same,
                                               std::size_t max_cost = 2000);

}  // namespace cfn::detail::diff
