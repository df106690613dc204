// "Did you mean": the closest of some names to a misspelt one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cfn::detail::strings {

/// Levenshtein distance, ASCII case-insensitive. Takes |a| × |b| steps.
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

/// The closest of `candidates` to `word` at an edit distance of at most
/// `max_distance`, the first of equals; "" when none is that close. Looks at
/// every candidate: for many words against the same many names, ClosestNames.
[[nodiscard]] std::string_view closest_match(std::string_view word, const std::vector<std::string_view>& candidates,
                                             std::size_t max_distance);

/// Names indexed for closest_match, so that checking n misspelt references
/// against n names stays near linear (one scan each was quadratic: minutes
/// for 10,000 names). Within 2 edits, by the names' deletion neighbourhoods
/// (a and b are within k edits only if deleting at most k letters of each
/// makes them equal): each query looks up a few hundred strings, whatever the
/// names. Further, by letter pairs: k edits leave all but 2k of a word's
/// pairs intact, so a close name holds one of its 2k + 1 rarest pairs.
class ClosestNames {
 public:
  explicit ClosestNames(std::vector<std::string_view> names);
  /// closest_match(word, names, max_distance), the same answer.
  [[nodiscard]] std::string_view find(std::string_view word, std::size_t max_distance) const;

 private:
  [[nodiscard]] std::vector<std::size_t> near(std::string_view word, std::size_t max_distance) const;
  [[nodiscard]] std::size_t bucket_of(std::uint64_t hash) const noexcept;

  std::vector<std::string_view> names_;
  mutable std::optional<std::unordered_map<std::string, std::vector<std::size_t>>> names_with_pair_;  // pair -> names
  /// (hash of a case-folded string with at most 2 letters deleted, name), sorted:
  /// a few words of memory per entry, where a map of strings took ten times as much.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> names_by_deletion_;
  /// Where the entries whose hash starts with each `bucket_bits_`-bit prefix
  /// begin in names_by_deletion_ (one more at the end): a lookup is one or two
  /// memory reads, not a binary search over millions of entries.
  std::vector<std::uint32_t> bucket_start_;
  unsigned bucket_bits_ = 0;
  std::vector<std::size_t> long_names_;  // longer than kMaxIndexedLength: their neighbourhoods are too large
};

}  // namespace cfn::detail::strings
