// Reading YAML with yaml-cpp's event parser into a cfn::Value: short-form
// tags become functions, plain scalars are resolved, and the YAML features
// CloudFormation rejects (anchors, aliases, merge keys, several documents,
// other tags) are errors.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "cfn/parse.hpp"
#include "cfn/value.hpp"

namespace cfn::detail::parser {

/// The single document of `text` (valid UTF-8, checked beforehand); nullopt
/// when the text holds no document at all (empty, or only comments).
/// Throws SyntaxError.
[[nodiscard]] std::optional<Value> read_yaml(std::string_view text, std::vector<DuplicateKey>& duplicates);

}  // namespace cfn::detail::parser
