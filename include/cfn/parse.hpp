// Reading templates: YAML (with CloudFormation's short-form tags) and JSON
// into cfn::Value, every node and map key carrying its line:column.
//
//   cfn::Document doc = cfn::parse_file("stack.yaml");   // throws cfn::ParseError
//   for (const cfn::Member& r : doc.root.as_map().at("Resources").as_map())
//     fmt::print("{}:{}: {}\n", doc.file, r.key_mark.line, r.key);
//
// Intrinsic functions become cfn::Fn nodes and are never evaluated: `!Ref X`,
// `{"Ref": "X"}` and `Ref: X` all read as Fn(Ref, "X"). A map with exactly one
// key that is an intrinsic's long name ("Ref", "Fn::Sub", "Condition", ...)
// is that intrinsic, wherever it stands: CloudFormation turns `!Tag x` into
// `{"Fn::Tag": x}` before reading the template, so the two spellings cannot
// mean different things, and whether a function is allowed where it stands
// (`{"Condition": "X"}` is one only inside condition expressions) is for the
// checks to say. `!GetAtt A.b.c` is split at its first dot, as CloudFormation
// does ([A, "b.c"]); the long form `Fn::GetAtt: A.b` stays the string as written.
//
// Plain (unquoted, untagged) scalars resolve as the emitter writes them:
// null, ~ and nothing are null; true/false/yes/no/on/off in their three
// spellings (true, True, TRUE) are booleans, as in YAML 1.1 (PyYAML,
// cfn-lint); decimal integers that fit 64 bits are integers and decimal
// floats are doubles; everything else (010, 0x1F, 1_000, 1:30, .inf, dates,
// integers too large for 64 bits) is the string exactly as written. Quoted,
// literal and folded scalars, tagged scalars and map keys are strings.
//
// Rejected, as CloudFormation rejects them: anchors and aliases, merge keys
// (<<), more than one document, tags other than the intrinsics and !!str,
// !!map and !!seq, a root that is not a map, an empty template, text that is
// not UTF-8 or holds control characters (NUL included). A duplicate map key
// is not an error here: CloudFormation accepts it and keeps the last value, and
// so does the parser (at the position of the first), listing the duplicate in
// Document::duplicate_keys for the checks to report (cfn-lint reports E0000).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "cfn/document.hpp"
#include "cfn/error.hpp"
#include "cfn/value.hpp"

namespace cfn {

/// Malformed or unsupported input. what() is "FILE:LINE:COL: reason".
class ParseError : public Error {
 public:
  ParseError(std::string file, Mark mark, std::string reason);
  [[nodiscard]] const std::string& file() const noexcept { return file_; }
  /// 1-based line and column (in bytes) of the problem.
  [[nodiscard]] Mark mark() const noexcept { return mark_; }
  /// The message without the location.
  [[nodiscard]] const std::string& reason() const noexcept { return reason_; }

 private:
  std::string file_;
  Mark mark_;
  std::string reason_;
};

/// Parses a template held in memory; `file_name` only names it in messages.
/// Throws cfn::ParseError.
[[nodiscard]] Document parse_document(std::string_view text, std::string file_name);

/// read_file + parse_document. Throws cfn::Error "PATH: reason" when the file
/// cannot be read, cfn::ParseError when it cannot be parsed.
[[nodiscard]] Document parse_file(const std::filesystem::path& path);

}  // namespace cfn
