#include "text/closest.hpp"

#include <algorithm>
#include <utility>

namespace cfn::detail::strings {

namespace {

char fold(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const bool same = fold(a[i - 1]) == fold(b[j - 1]);
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string_view closest_match(std::string_view word, const std::vector<std::string_view>& candidates,
                               std::size_t max_distance) {
  std::string_view best;
  std::size_t best_distance = max_distance + 1;
  for (std::string_view c : candidates) {
    // The distance is at least the difference in length: skip the table for those.
    const std::size_t gap = c.size() > word.size() ? c.size() - word.size() : word.size() - c.size();
    if (gap >= best_distance) continue;
    const std::size_t d = edit_distance(word, c);
    if (d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  return best;
}

namespace {

constexpr std::size_t kMaxIndexedDistance = 2;
constexpr std::size_t kMaxIndexedLength = 40;  // 821 strings at most in a neighbourhood

std::string folded(std::string_view name) {
  std::string out(name);
  for (char& c : out) c = fold(c);
  return out;
}

// The letter pairs of a name, case-folded, with a start and an end mark ('\1'
// and '\2', which names do not hold) so that every letter is in two pairs.
std::vector<std::string> letter_pairs(std::string_view name) {
  const std::string marked = "\1" + folded(name) + "\2";
  std::vector<std::string> pairs;
  pairs.reserve(marked.size() - 1);
  for (std::size_t i = 0; i + 1 < marked.size(); ++i) pairs.push_back(marked.substr(i, 2));
  return pairs;
}

// Every string made from `word` by deleting at most `k` letters, once each.
std::vector<std::string> deletion_neighbourhood(const std::string& word, std::size_t k) {
  std::vector<std::string> out{word};
  std::size_t from = 0;
  for (std::size_t round = 0; round < k; ++round) {
    const std::size_t to = out.size();
    for (std::size_t v = from; v < to; ++v)
      for (std::size_t i = 0; i < out[v].size(); ++i) out.push_back(std::string(out[v]).erase(i, 1));
    from = to;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void add_unique(std::vector<std::size_t>& holders, std::size_t i) {
  if (holders.empty() || holders.back() != i) holders.push_back(i);
}

}  // namespace

ClosestNames::ClosestNames(std::vector<std::string_view> names) : names_(std::move(names)) {
  for (std::size_t i = 0; i < names_.size(); ++i) {
    if (names_[i].size() > kMaxIndexedLength) {
      long_names_.push_back(i);
      continue;
    }
    for (const std::string& variant : deletion_neighbourhood(folded(names_[i]), kMaxIndexedDistance))
      names_by_deletion_.emplace_back(std::hash<std::string>{}(variant), static_cast<std::uint32_t>(i));
  }
  std::sort(names_by_deletion_.begin(), names_by_deletion_.end());
  while (bucket_bits_ < 32 && (std::size_t{1} << bucket_bits_) < names_by_deletion_.size()) ++bucket_bits_;
  bucket_start_.assign((std::size_t{1} << bucket_bits_) + 1, 0);
  std::size_t entry = 0;
  for (std::size_t bucket = 0; bucket < bucket_start_.size(); ++bucket) {
    while (entry < names_by_deletion_.size() && bucket_of(names_by_deletion_[entry].first) < bucket) ++entry;
    bucket_start_[bucket] = static_cast<std::uint32_t>(entry);
  }
}

std::size_t ClosestNames::bucket_of(std::uint64_t hash) const noexcept {
  return bucket_bits_ == 0 ? 0 : static_cast<std::size_t>(hash >> (64 - bucket_bits_));
}

// The names that may be within `max_distance` of `word`, in the names' order.
std::vector<std::size_t> ClosestNames::near(std::string_view word, std::size_t max_distance) const {
  std::vector<std::size_t> candidates;
  if (max_distance <= kMaxIndexedDistance) {
    for (const std::string& variant : deletion_neighbourhood(folded(word), max_distance)) {
      // Equal hashes of different strings only add a candidate that the distance then rejects.
      const std::uint64_t hash = std::hash<std::string>{}(variant);
      const std::size_t bucket = bucket_of(hash);
      for (std::size_t e = bucket_start_[bucket]; e < bucket_start_[bucket + 1]; ++e)
        if (names_by_deletion_[e].first == hash) candidates.push_back(names_by_deletion_[e].second);
    }
    candidates.insert(candidates.end(), long_names_.begin(), long_names_.end());
  } else {
    const std::vector<std::string> pairs = letter_pairs(word);
    const std::size_t needed = 2 * max_distance + 1;  // pairs of which a close name holds one
    if (pairs.size() < needed) {
      candidates.resize(names_.size());
      for (std::size_t i = 0; i < names_.size(); ++i) candidates[i] = i;
      return candidates;
    }
    if (!names_with_pair_) {  // built on the first query that needs it
      names_with_pair_.emplace();
      for (std::size_t i = 0; i < names_.size(); ++i)
        for (const std::string& pair : letter_pairs(names_[i])) add_unique((*names_with_pair_)[pair], i);
    }
    static const std::vector<std::size_t> kNone;
    std::vector<const std::vector<std::size_t>*> lists;
    lists.reserve(pairs.size());
    for (const std::string& pair : pairs) {
      const auto it = names_with_pair_->find(pair);
      lists.push_back(it == names_with_pair_->end() ? &kNone : &it->second);
    }
    std::partial_sort(lists.begin(), lists.begin() + static_cast<std::ptrdiff_t>(needed), lists.end(),
                      [](const auto* a, const auto* b) { return a->size() < b->size(); });
    for (std::size_t k = 0; k < needed; ++k) candidates.insert(candidates.end(), lists[k]->begin(), lists[k]->end());
  }
  std::sort(candidates.begin(), candidates.end());  // in the names' order: the first of equals wins
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  return candidates;
}

std::string_view ClosestNames::find(std::string_view word, std::size_t max_distance) const {
  std::vector<std::string_view> candidates;
  for (const std::size_t i : near(word, max_distance)) candidates.push_back(names_[i]);
  return closest_match(word, candidates, max_distance);
}

}  // namespace cfn::detail::strings
