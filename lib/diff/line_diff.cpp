// Line diffs of multi-line strings (user data, inline code) and their
// grouping into unified-diff hunks.
#include <algorithm>

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

}  // namespace

std::vector<DiffLine> diff_lines(std::string_view old_text, std::string_view new_text) {
  const std::vector<std::string_view> a = split_lines(old_text);
  const std::vector<std::string_view> b = split_lines(new_text);
  const auto edits =
      detail::diff::diff_sequences(a.size(), b.size(), [&](std::size_t i, std::size_t j) { return a[i] == b[j]; });
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
