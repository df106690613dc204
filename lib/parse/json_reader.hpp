// Reading JSON (RFC 8259) into a cfn::Value. JSON is read by its own grammar
// rather than as YAML: surrogate pairs (\ud83d\ude00), exact positions and
// about ten times yaml-cpp's speed.
#pragma once

#include <string_view>
#include <vector>

#include "cfn/parse.hpp"
#include "cfn/value.hpp"

namespace cfn::detail::parser {

/// The JSON value of `text` (valid UTF-8, checked beforehand; a leading byte
/// order mark is skipped). Numbers resolve as plain YAML scalars do (an
/// integer too large for 64 bits stays a string). Throws SyntaxError.
[[nodiscard]] Value read_json(std::string_view text, std::vector<DuplicateKey>& duplicates);

}  // namespace cfn::detail::parser
