// Builds a cfn::Value from a stream of node events, the part of reading that
// YAML and JSON share: map keys with their marks, duplicate keys (the last
// value wins, at the first key's position), long-form intrinsics (a map whose
// only key is "Ref", "Fn::Sub", "Condition"...), short-form tags on
// collections, and a nesting limit.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "cfn/limits.hpp"
#include "cfn/parse.hpp"
#include "cfn/value.hpp"
#include "parse/tags.hpp"

namespace cfn::detail::parser {

class ValueBuilder {
 public:
  /// Duplicate keys are appended to `duplicates`.
  explicit ValueBuilder(std::vector<DuplicateKey>& duplicates) : duplicates_(duplicates) {}

  /// True when the next node is a map key (call key(), not a node method).
  [[nodiscard]] bool expecting_key() const noexcept {
    return !frames_.empty() && frames_.back().is_map && !frames_.back().has_key;
  }
  void key(std::string key, Mark mark);

  /// A complete node (a scalar, or a function of a scalar).
  void node(Value value);
  /// `tag` applies that function to the collection when it ends (`!Join [...]`).
  void begin_map(Mark mark, std::optional<TagFunction> tag = std::nullopt);
  void end_map();
  void begin_list(Mark mark, std::optional<TagFunction> tag = std::nullopt);
  void end_list();

  [[nodiscard]] bool has_root() const noexcept { return root_.has_value(); }
  /// The finished root node; nullopt when no node was given.
  [[nodiscard]] std::optional<Value> take_root() { return std::move(root_); }

 private:
  struct Frame {
    Value node;  // the Map or List being filled
    std::optional<TagFunction> tag;
    bool is_map = false;
    bool has_key = false;
    std::string key;
    Mark key_mark;
  };

  void begin(Value node, Mark mark, std::optional<TagFunction> tag, bool is_map);
  void add_member(Frame& frame, Value value);

  std::vector<Frame> frames_;
  std::optional<Value> root_;
  std::vector<DuplicateKey>& duplicates_;
};

}  // namespace cfn::detail::parser
