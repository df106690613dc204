#include "diff/sequence_diff.hpp"

#include <algorithm>
#include <cstdint>

namespace cfn::detail::diff {
namespace {

// Myers on old[first_old, first_old + n) and new[first_new, first_new + m).
// Returns false (leaving `out` untouched) when the cost exceeds max_cost.
bool myers(std::size_t first_old, std::size_t n, std::size_t first_new, std::size_t m,
           const std::function<bool(std::size_t, std::size_t)>& same, std::size_t max_cost, std::vector<Edit>& out) {
  const auto N = static_cast<std::int64_t>(n);
  const auto M = static_cast<std::int64_t>(m);
  const std::int64_t limit = std::min<std::int64_t>(N + M, static_cast<std::int64_t>(max_cost));
  const std::int64_t offset = limit + 1;
  std::vector<std::int64_t> v(static_cast<std::size_t>(2 * limit + 3), 0);
  auto at = [&](std::int64_t k) -> std::int64_t& { return v[static_cast<std::size_t>(k + offset)]; };
  // trace[d] holds v[-d-1 .. d+1] as it was before step d.
  std::vector<std::vector<std::int64_t>> trace;
  std::int64_t found = -1;
  for (std::int64_t d = 0; d <= limit && found < 0; ++d) {
    trace.emplace_back(v.begin() + (offset - d - 1), v.begin() + (offset + d + 2));
    for (std::int64_t k = -d; k <= d; k += 2) {
      std::int64_t x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
      std::int64_t y = x - k;
      while (x < N && y < M && same(first_old + static_cast<std::size_t>(x), first_new + static_cast<std::size_t>(y))) {
        ++x;
        ++y;
      }
      at(k) = x;
      if (x >= N && y >= M) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return false;

  std::vector<Edit> reversed;
  std::int64_t x = N;
  std::int64_t y = M;
  for (std::int64_t d = found; d >= 0; --d) {
    const std::vector<std::int64_t>& before = trace[static_cast<std::size_t>(d)];
    auto old_v = [&](std::int64_t k) { return before[static_cast<std::size_t>(k + d + 1)]; };
    const std::int64_t k = x - y;
    const std::int64_t prev_k = (k == -d || (k != d && old_v(k - 1) < old_v(k + 1))) ? k + 1 : k - 1;
    const std::int64_t prev_x = old_v(prev_k);
    const std::int64_t prev_y = prev_x - prev_k;
    while (x > prev_x && y > prev_y) {
      --x;
      --y;
      reversed.push_back(
          {EditOp::Keep, first_old + static_cast<std::size_t>(x), first_new + static_cast<std::size_t>(y)});
    }
    if (d > 0) {
      if (x == prev_x) {
        reversed.push_back({EditOp::Add, 0, first_new + static_cast<std::size_t>(prev_y)});
      } else {
        reversed.push_back({EditOp::Remove, first_old + static_cast<std::size_t>(prev_x), 0});
      }
    }
    x = prev_x;
    y = prev_y;
  }
  out.insert(out.end(), reversed.rbegin(), reversed.rend());
  return true;
}

}  // namespace

std::vector<Edit> diff_sequences(std::size_t old_size, std::size_t new_size,
                                 const std::function<bool(std::size_t, std::size_t)>& same, std::size_t max_cost) {
  std::vector<Edit> edits;
  std::size_t prefix = 0;
  while (prefix < old_size && prefix < new_size && same(prefix, prefix)) ++prefix;
  std::size_t suffix = 0;
  while (suffix < old_size - prefix && suffix < new_size - prefix && same(old_size - 1 - suffix, new_size - 1 - suffix))
    ++suffix;
  edits.reserve(std::max(old_size, new_size));
  for (std::size_t i = 0; i < prefix; ++i) edits.push_back({EditOp::Keep, i, i});

  const std::size_t n = old_size - prefix - suffix;
  const std::size_t m = new_size - prefix - suffix;
  if (!myers(prefix, n, prefix, m, same, max_cost, edits)) {
    for (std::size_t i = 0; i < n; ++i) edits.push_back({EditOp::Remove, prefix + i, 0});
    for (std::size_t j = 0; j < m; ++j) edits.push_back({EditOp::Add, 0, prefix + j});
  }
  for (std::size_t i = 0; i < suffix; ++i)
    edits.push_back({EditOp::Keep, old_size - suffix + i, new_size - suffix + i});
  return edits;
}

}  // namespace cfn::detail::diff
