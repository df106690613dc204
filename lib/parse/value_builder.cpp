#include "parse/value_builder.hpp"

#include <utility>

#include "parse/syntax_error.hpp"

namespace cfn::detail::parser {
namespace {

// Maps up to this size are searched linearly for duplicates.
constexpr std::size_t kLinearSearchLimit = 16;

}  // namespace

void ValueBuilder::key(std::string key, Mark mark) {
  Frame& frame = frames_.back();
  frame.key = std::move(key);
  frame.key_mark = mark;
  frame.has_key = true;
}

void ValueBuilder::node(Value value) {
  if (frames_.empty()) {
    root_ = std::move(value);
    return;
  }
  Frame& frame = frames_.back();
  if (frame.is_map) {
    add_member(frame, std::move(value));
  } else {
    frame.node.as_list().push_back(std::move(value));
  }
}

void ValueBuilder::begin(Value node, Mark mark, std::optional<TagFunction> tag, bool is_map) {
  if (frames_.size() >= kMaxDepth)
    throw SyntaxError(mark, "maps and lists nested more than " + std::to_string(kMaxDepth) + " levels deep");
  node.set_mark(mark);
  frames_.push_back(Frame{std::move(node), tag, is_map, false, {}, {}, nullptr});
}

void ValueBuilder::begin_map(Mark mark, std::optional<TagFunction> tag) { begin(Value(Map{}), mark, tag, true); }
void ValueBuilder::begin_list(Mark mark, std::optional<TagFunction> tag) { begin(Value(List{}), mark, tag, false); }

void ValueBuilder::end_map() {
  Frame frame = std::move(frames_.back());
  frames_.pop_back();
  Value result = std::move(frame.node);
  Map& map = result.as_map();
  if (map.size() == 1) {
    if (const auto kind = fn_from_name(map.begin()->key)) {
      const Mark mark = result.mark();
      Value fn(Fn(*kind, std::move(map.begin()->value)));
      fn.set_mark(mark);
      result = std::move(fn);
    }
  }
  if (frame.tag) {
    const Mark mark = result.mark();
    result = apply_function(*frame.tag, std::move(result), mark);
  }
  node(std::move(result));
}

void ValueBuilder::end_list() {
  Frame frame = std::move(frames_.back());
  frames_.pop_back();
  Value result = std::move(frame.node);
  if (frame.tag) {
    const Mark mark = result.mark();
    result = apply_function(*frame.tag, std::move(result), mark);
  }
  node(std::move(result));
}

std::optional<std::size_t> ValueBuilder::find_member(Frame& frame) const {
  Map& map = frame.node.as_map();
  if (frame.index) {
    const auto it = frame.index->find(frame.key);
    if (it == frame.index->end()) return std::nullopt;
    return it->second;
  }
  std::size_t i = 0;
  for (const Member& m : map) {
    if (m.key == frame.key) return i;
    ++i;
  }
  return std::nullopt;
}

void ValueBuilder::add_member(Frame& frame, Value value) {
  Map& map = frame.node.as_map();
  frame.has_key = false;
  if (const auto existing = find_member(frame)) {
    Member& member = *(map.begin() + static_cast<std::ptrdiff_t>(*existing));
    duplicates_.push_back(DuplicateKey{frame.key, member.key_mark, frame.key_mark});
    member.value = std::move(value);
    member.key_mark = frame.key_mark;
    return;
  }
  if (frame.index) {
    frame.index->emplace(frame.key, map.size());
  } else if (map.size() == kLinearSearchLimit) {
    frame.index = std::make_unique<std::unordered_map<std::string, std::size_t>>();
    std::size_t i = 0;
    for (const Member& m : map) frame.index->emplace(m.key, i++);
    frame.index->emplace(frame.key, map.size());
  }
  map.append(Member{std::move(frame.key), std::move(value), frame.key_mark});
  frame.key.clear();
}

}  // namespace cfn::detail::parser
