// Line diffs of multi-line strings (user data, inline code) and their
// grouping into unified-diff hunks.
#include <algorithm>
#include <unordered_map>

#include "cfn/diff.hpp"
#include "diff/sequence_diff.hpp"

namespace cfn {
namespace {

// The lines of a text, without their '\n'; a final line break ends the last line.
std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// Lines that occur once in each text, as (old index, new index), the longest
// chain of them in the same order in both (patience sorting): they are kept,
// and only the stretches between them need an edit script. So a change
// every hundred lines costs a small script per change, not one script over
// the whole text (Myers' O(ND) grows with the square of the text then).
std::vector<std::pair<std::size_t, std::size_t>> unique_anchors(const std::vector<std::string_view>& a,
                                                                const std::vector<std::string_view>& b) {
  struct Seen {
    std::size_t in_a = 0, in_b = 0, index_a = 0, index_b = 0;
  };
  std::unordered_map<std::string_view, Seen> seen;
  seen.reserve(a.size() + b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    Seen& s = seen[a[i]];
    ++s.in_a;
    s.index_a = i;
  }
  for (std::size_t j = 0; j < b.size(); ++j) {
    Seen& s = seen[b[j]];
    ++s.in_b;
    s.index_b = j;
  }
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const Seen& s = seen[a[i]];
    if (s.in_a == 1 && s.in_b == 1) pairs.emplace_back(i, s.index_b);
  }
  // Longest increasing run of new indexes (pairs are in old order): piles of patience sorting.
  std::vector<std::size_t> pile_tops;                                    // index into pairs, per pile
  std::vector<std::size_t> before(pairs.size(), pairs.size());          // the chain's previous pair
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    const auto pile = std::lower_bound(pile_tops.begin(), pile_tops.end(), pairs[k].second,
                                       [&](std::size_t top, std::size_t j) { return pairs[top].second < j; });
    if (pile != pile_tops.begin()) before[k] = *(pile - 1);
    if (pile == pile_tops.end())
      pile_tops.push_back(k);
    else
      *pile = k;
  }
  std::vector<std::pair<std::size_t, std::size_t>> chain;
  for (std::size_t k = pile_tops.empty() ? pairs.size() : pile_tops.back(); k < pairs.size(); k = before[k])
    chain.push_back(pairs[k]);
  std::reverse(chain.begin(), chain.end());
  return chain;
}

}  // namespace

std::vector<DiffLine> diff_lines(std::string_view old_text, std::string_view new_text) {
  const std::vector<std::string_view> a = split_lines(old_text);
  const std::vector<std::string_view> b = split_lines(new_text);
  std::vector<detail::diff::Edit> edits;
  std::size_t old_from = 0;
  std::size_t new_from = 0;
  // The stretch before each anchor by an edit script, then the anchor kept; the rest after the last.
  auto anchors = unique_anchors(a, b);
  anchors.emplace_back(a.size(), b.size());
  for (const auto& [old_anchor, new_anchor] : anchors) {
    for (const detail::diff::Edit& e :
         detail::diff::diff_sequences(old_anchor - old_from, new_anchor - new_from, [&](std::size_t i, std::size_t j) {
           return a[old_from + i] == b[new_from + j];
         }))
      edits.push_back({e.op, old_from + e.old_index, new_from + e.new_index});
    if (old_anchor < a.size()) edits.push_back({detail::diff::EditOp::Keep, old_anchor, new_anchor});
    old_from = old_anchor + 1;
    new_from = new_anchor + 1;
  }
  std::vector<DiffLine> lines;
  lines.reserve(edits.size());
  for (const detail::diff::Edit& e : edits) {
    switch (e.op) {
      case detail::diff::EditOp::Keep:
        lines.push_back({DiffLine::Op::Keep, a[e.old_index], e.old_index + 1, e.new_index + 1});
        break;
      case detail::diff::EditOp::Remove:
        lines.push_back({DiffLine::Op::Remove, a[e.old_index], e.old_index + 1, 0});
        break;
      case detail::diff::EditOp::Add:
        lines.push_back({DiffLine::Op::Add, b[e.new_index], 0, e.new_index + 1});
        break;
    }
  }
  return lines;
}

std::vector<DiffHunk> diff_hunks(const std::vector<DiffLine>& lines, std::size_t context) {
  std::vector<DiffHunk> hunks;
  std::size_t i = 0;
  while (i < lines.size()) {
    // The next change, and the context before it.
    std::size_t change = i;
    while (change < lines.size() && lines[change].op == DiffLine::Op::Keep) ++change;
    if (change == lines.size()) break;
    std::size_t begin = change >= i + context ? change - context : i;
    // Extend over changes separated by at most 2 * context unchanged lines.
    std::size_t end = change;
    for (;;) {
      while (end < lines.size() && lines[end].op != DiffLine::Op::Keep) ++end;
      std::size_t keep = end;
      while (keep < lines.size() && lines[keep].op == DiffLine::Op::Keep) ++keep;
      if (keep < lines.size() && keep - end <= 2 * context) {
        end = keep;
        continue;
      }
      end = std::min(lines.size(), end + context);
      break;
    }
    DiffHunk hunk;
    hunk.lines.assign(lines.begin() + static_cast<std::ptrdiff_t>(begin),
                      lines.begin() + static_cast<std::ptrdiff_t>(end));
    // Line numbers: the first line of the hunk on each side; with no line on a
    // side, the line before (as diff -u writes "-0,0" or "-3,0").
    std::size_t old_before = 0;
    std::size_t new_before = 0;
    for (std::size_t k = begin; k-- > 0;) {
      if (old_before == 0 && lines[k].old_line != 0) old_before = lines[k].old_line;
      if (new_before == 0 && lines[k].new_line != 0) new_before = lines[k].new_line;
      if (old_before != 0 && new_before != 0) break;
    }
    for (const DiffLine& l : hunk.lines) {
      if (l.op != DiffLine::Op::Add) {
        if (hunk.old_count++ == 0) hunk.old_start = l.old_line;
      }
      if (l.op != DiffLine::Op::Remove) {
        if (hunk.new_count++ == 0) hunk.new_start = l.new_line;
      }
    }
    if (hunk.old_count == 0) hunk.old_start = old_before;
    if (hunk.new_count == 0) hunk.new_start = new_before;
    hunks.push_back(std::move(hunk));
    i = end;
  }
  return hunks;
}

}  // namespace cfn
