// The line diff of multi-line strings and the sequence diff under it.
#include <catch2/catch.hpp>
#include <random>

#include "cfn/diff.hpp"
#include "diff/sequence_diff.hpp"

namespace {

// The diff as unified-diff text: " kept", "-removed", "+added".
std::string render(const std::vector<cfn::DiffLine>& lines) {
  std::string out;
  for (const cfn::DiffLine& l : lines)
    out += (l.op == cfn::DiffLine::Op::Keep     ? ' '
            : l.op == cfn::DiffLine::Op::Remove ? '-'
                                                : '+') +
           std::string(l.text) + "\n";
  return out;
}

// Applies the edits: the kept and added lines, in order.
std::string apply(const std::vector<cfn::DiffLine>& lines) {
  std::string out;
  for (const cfn::DiffLine& l : lines)
    if (l.op != cfn::DiffLine::Op::Remove) out += std::string(l.text) + "\n";
  return out;
}

std::string original(const std::vector<cfn::DiffLine>& lines) {
  std::string out;
  for (const cfn::DiffLine& l : lines)
    if (l.op != cfn::DiffLine::Op::Add) out += std::string(l.text) + "\n";
  return out;
}

}  // namespace

TEST_CASE("line diff: a changed line is removed and added", "[diff][lines]") {
  const auto lines = cfn::diff_lines("a\nb\nc\n", "a\nB\nc\n");
  CHECK(render(lines) == " a\n-b\n+B\n c\n");
  CHECK(lines[1].old_line == 2);
  CHECK(lines[2].new_line == 2);
}

TEST_CASE("line diff: insertions and deletions are minimal", "[diff][lines]") {
  CHECK(render(cfn::diff_lines("a\nb\nc\nd\n", "a\nc\nd\ne\n")) == " a\n-b\n c\n d\n+e\n");
  CHECK(render(cfn::diff_lines("", "x\ny\n")) == "+x\n+y\n");
  CHECK(render(cfn::diff_lines("x\ny\n", "")) == "-x\n-y\n");
  CHECK(render(cfn::diff_lines("same\n", "same\n")) == " same\n");
  CHECK(render(cfn::diff_lines("no final break", "no final break\n")) == " no final break\n");
}

TEST_CASE("line diff: hunks keep three lines of context and merge close changes", "[diff][lines]") {
  std::string a;
  std::string b;
  for (int i = 1; i <= 30; ++i) {
    a += "line " + std::to_string(i) + "\n";
    b += (i == 5 || i == 9 ? "LINE " : "line ") + std::to_string(i) + "\n";
    if (i == 25) b += "inserted\n";
  }
  const auto hunks = cfn::diff_hunks(cfn::diff_lines(a, b));
  REQUIRE(hunks.size() == 2);
  CHECK(hunks[0].old_start == 2);
  CHECK(hunks[0].old_count == 11);  // lines 2..12: changes at 5 and 9 share their context
  CHECK(hunks[0].new_start == 2);
  CHECK(hunks[0].new_count == 11);
  CHECK(hunks[1].old_start == 23);
  CHECK(hunks[1].old_count == 6);
  CHECK(hunks[1].new_start == 23);
  CHECK(hunks[1].new_count == 7);
  const auto pure_insertion = cfn::diff_hunks(cfn::diff_lines("", "x\n"));
  REQUIRE(pure_insertion.size() == 1);
  CHECK(pure_insertion[0].old_start == 0);
  CHECK(pure_insertion[0].old_count == 0);
  CHECK(pure_insertion[0].new_start == 1);
}

TEST_CASE("line diff: random texts give a script that rebuilds both sides", "[diff][lines][property]") {
  std::mt19937 rng(20240601);
  for (int round = 0; round < 300; ++round) {
    std::string a;
    std::string b;
    const int n = std::uniform_int_distribution<int>(0, 40)(rng);
    const int m = std::uniform_int_distribution<int>(0, 40)(rng);
    for (int i = 0; i < n; ++i) a += std::string(1, static_cast<char>('a' + rng() % 4)) + "\n";
    for (int i = 0; i < m; ++i) b += std::string(1, static_cast<char>('a' + rng() % 4)) + "\n";
    const auto lines = cfn::diff_lines(a, b);
    REQUIRE(original(lines) == a);
    REQUIRE(apply(lines) == b);
  }
}

TEST_CASE("sequence diff: past the cost limit the middle is replaced whole", "[diff][lines]") {
  const auto edits = cfn::detail::diff::diff_sequences(
      6, 6, [](std::size_t i, std::size_t j) { return (i == 0 && j == 0) || (i == 5 && j == 5); }, 2);
  REQUIRE(edits.size() == 10);
  CHECK(edits.front().op == cfn::detail::diff::EditOp::Keep);
  CHECK(edits[1].op == cfn::detail::diff::EditOp::Remove);
  CHECK(edits[5].op == cfn::detail::diff::EditOp::Add);
  CHECK(edits.back().op == cfn::detail::diff::EditOp::Keep);
}
