// Reading YAML as CloudFormation reads it: YAML 1.1 (libyaml's parser, the
// reader behind PyYAML and cfn-lint, or where a text is plain block YAML the
// faster block scanner that reads it the same; YAML 1.1 scalar resolution)
// into a cfn::Value. Short-form tags become functions; what CloudFormation rejects
// (anchors, aliases, merge keys, several documents, the binary, omap, pairs,
// set and timestamp tags, keys that are not strings) is an error.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "cfn/parse.hpp"
#include "cfn/value.hpp"

namespace cfn::detail::parser {

struct YamlDocument {
  /// The single document's root; nullopt when the text holds no document
  /// (empty, or only comments).
  std::optional<Value> root;
  /// Offset in the text of the '#' of the first comment, if any.
  std::optional<std::size_t> first_comment;
  /// Plain scalars YAML 1.2 reads otherwise, in document order.
  std::vector<VersionDependentScalar> version_dependent_scalars;
  /// The parts the text was read in at the same time (1: read whole).
  std::size_t parts = 1;
};

/// Which scanner reads a text.
enum class Scanner : std::uint8_t {
  /// The block scanner (parse/block_scanner.hpp) where the text is in its
  /// subset, libyaml elsewhere.
  Fastest,
  /// libyaml only: the reference the block scanner is checked against.
  Libyaml,
};

/// How a text is read: when a large text is read in parts, one per core
/// (parse/yaml_parts.hpp), and by which scanner.
struct ReadPolicy {
  /// A text is cut only into parts of at least this size (0: any size).
  std::size_t min_part_bytes = std::size_t{256} << 10;
  /// At most this many parts; 0: as many as the machine has cores.
  std::size_t max_parts = 0;
  Scanner scanner = Scanner::Fastest;
  [[nodiscard]] std::size_t parts_for(std::size_t text_bytes) const noexcept;
};

/// Reads `text` (valid UTF-8, checked beforehand). Throws SyntaxError. An
/// unknown `!Name` tag is an error when `unknown_tags` is null; otherwise it
/// is appended there and its node read as the map {"Fn::Name": node}
/// (UnknownTags::ReadAsLongForm). A large text is read in parts at the same
/// time when it can be cut between resources; the result is the same.
[[nodiscard]] YamlDocument read_yaml(std::string_view text, std::vector<DuplicateKey>& duplicates,
                                     std::vector<UnknownTag>* unknown_tags = nullptr, const ReadPolicy& policy = {});

}  // namespace cfn::detail::parser
