/// @file
/// Writing values: YAML in the form people write and review by hand
/// (short-form tags, literal blocks, minimal quoting), and JSON (long form).
/// Output is byte-for-byte deterministic: the same value gives the same bytes.
/// The emitters write what they are given; a template built in code is
/// checked, then written, by cfn/build.hpp.
#pragma once

#include <string>

#include "cfn/document.hpp"
#include "cfn/error.hpp"
#include "cfn/path.hpp"
#include "cfn/value.hpp"

namespace cfn {

/// A value the emitters cannot write: a string that is not valid UTF-8, a
/// key too long for a YAML implicit key. what() is "PATH: reason" ("(root)"
/// for the value itself).
class EmitError : public Error {
 public:
  /// The value at `path` cannot be written, for `reason`.
  EmitError(Path path, std::string reason);
  /// Where in the value (empty for the value itself).
  [[nodiscard]] const Path& path() const noexcept { return path_; }
  /// Why it cannot be written.
  [[nodiscard]] const std::string& reason() const noexcept { return reason_; }

 private:
  Path path_;
  std::string reason_;
};

/// How to_yaml lays the text out.
enum class YamlLayout {
  Document,  ///< block style, as described below: a template file
  Flow,      ///< one line of flow style, `{Key: Name, Value: !Ref Vpc}`, no newline: a value inside other output
};

/// YAML text of a value. A map is written as a document (2-space indent, block
/// style, `!Tag` short forms except where a function's argument is itself a
/// function, multi-line strings as literal blocks); other values as a single
/// node, e.g. `!Sub |` followed by the script. LF line ends, one final newline,
/// no anchors, aliases or merge keys. Throws cfn::EmitError (with the path
/// of the offending node) on strings that are not valid UTF-8. YamlLayout::Flow
/// writes the same functions the same way on one line (`!GetAtt Db.Endpoint.Address`,
/// `{Fn::Base64: !Sub x}`), strings plain where no reader takes them for
/// anything else, else double-quoted.
[[nodiscard]] std::string to_yaml(const Value& value, YamlLayout layout = YamlLayout::Document);

/// How to_json lays the text out.
enum class JsonLayout {
  Indented,  ///< 2-space indent, one final newline: a template file
  Compact,   ///< one line, `{"a": 1, "b": [1, 2]}`, no newline: a value inside other output
};

/// JSON text of a value: long-form intrinsics ({"Fn::Sub": ...}), keys in
/// their order.
[[nodiscard]] std::string to_json(const Value& value, JsonLayout layout = JsonLayout::Indented);

/// to_yaml, or to_json indented.
[[nodiscard]] std::string emit(const Value& value, Format format);

}  // namespace cfn
