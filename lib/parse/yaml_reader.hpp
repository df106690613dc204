// Reading YAML as CloudFormation reads it: YAML 1.1 (libyaml's parser, the
// reader behind PyYAML and cfn-lint, with YAML 1.1 scalar resolution) into a
// cfn::Value. Short-form tags become functions; what CloudFormation rejects
// (anchors, aliases, merge keys, several documents, the binary, omap, pairs,
// set and timestamp tags, keys that are not strings) is an error.
#pragma once

#include <cstddef>
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
};

/// Reads `text` (valid UTF-8, checked beforehand). Throws SyntaxError. An
/// unknown `!Name` tag is an error when `unknown_tags` is null; otherwise it
/// is appended there and its node read as the map {"Fn::Name": node}
/// (UnknownTags::ReadAsLongForm).
[[nodiscard]] YamlDocument read_yaml(std::string_view text, std::vector<DuplicateKey>& duplicates,
                                     std::vector<UnknownTag>* unknown_tags = nullptr);

}  // namespace cfn::detail::parser
