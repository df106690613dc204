#include "parse/value_builder.hpp"

#include <utility>

#include "parse/syntax_error.hpp"

namespace cfn::detail::parser {
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
  if (frames_.size() >= limits::kNestingDepth)
    throw SyntaxError(mark,
                      "maps and lists nested more than " + std::to_string(limits::kNestingDepth) + " levels deep");
  node.set_mark(mark);
  frames_.push_back(Frame{std::move(node), tag, is_map, false, {}, {}});
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

void ValueBuilder::add_member(Frame& frame, Value value) {
  Map& map = frame.node.as_map();
  frame.has_key = false;
  // Map finds a key in constant time, so duplicates cost nothing to find.
  if (const auto existing = map.find_member(frame.key); existing != map.end()) {
    Member& member = *existing;
    duplicates_.push_back(DuplicateKey{frame.key, member.key_mark, frame.key_mark});
    member.value = std::move(value);
    member.key_mark = frame.key_mark;
    return;
  }
  map.append(Member{std::move(frame.key), std::move(value), frame.key_mark});
  frame.key.clear();
}

}  // namespace cfn::detail::parser
