// A fast scanner for the plain block YAML that generated and most
// hand-written templates are made of, beside libyaml: it reads a text only
// when the whole text is in its subset, and otherwise says so, and the text
// is then read by libyaml (yaml_reader.cpp). Where it reads, it gives the
// same nodes, marks and first comment as libyaml does (block_scanner_test
// checks this on the corpus, on random documents and on edge cases).
//
// The subset: text of printable characters (no tab, CR, U+0085, U+2028,
// U+2029 or byte order mark) and '\n' line ends, ending with '\n'; a root
// block map or sequence at column 0; block maps and block sequences
// (indented, indentless, and compact: `- Key: value`, `- - x`); keys that
// are plain or quoted scalars on one line; values that are plain or quoted
// scalars on one line, literal block scalars (`|`, `|-`, `|+`), the empty
// flow collections `[]` and `{}`, or nothing, each with a `!Name` tag or
// none; comments. Not in it: directives and document markers, anchors,
// aliases, `?` keys, scalars on several lines, folded scalars, indentation
// indicators, other flow collections, `!!` and `!<...>` tags.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "cfn/value.hpp"

namespace cfn::detail::parser {

/// What a scanner reports, in document order: the node events of a YAML
/// parser, with marks (1-based line, byte column) in the scanned text.
class NodeEvents {
 public:
  NodeEvents() = default;
  NodeEvents(const NodeEvents&) = delete;
  NodeEvents& operator=(const NodeEvents&) = delete;
  virtual ~NodeEvents() = default;

  /// A scalar with its tag ("" when none, "!Ref" for a local tag) and text;
  /// `plain_implicit`: untagged and plain, resolved by the YAML 1.1 patterns.
  virtual void scalar(std::string_view tag, std::string_view text, bool plain_implicit, Mark mark) = 0;
  virtual void begin_collection(std::string_view tag, bool is_map, Mark mark) = 0;
  virtual void end_map() = 0;
  virtual void end_list() = 0;
};

/// The result of a scan: where its first comment's '#' is.
struct BlockScan {
  std::optional<std::size_t> first_comment;
};

/// Scans `text` into `events`; nullopt as soon as the text is found not to
/// be in the subset (the events given so far are then to be discarded).
/// Exceptions thrown by `events` pass through.
[[nodiscard]] std::optional<BlockScan> scan_block_yaml(std::string_view text, NodeEvents& events);

}  // namespace cfn::detail::parser
