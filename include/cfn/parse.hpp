/// @file
/// Reading templates: YAML (with CloudFormation's short-form tags) and JSON
/// into cfn::Value, every node and map key carrying its line:column.
///
/// @code
///   cfn::Document doc = cfn::parse_file("stack.yaml");   // throws cfn::ParseError
///   for (const cfn::Member& r : doc.root.as_map().at("Resources").as_map())
///     fmt::print("{}:{}: {}\n", doc.file, r.key_mark.line, r.key);
/// @endcode
///
/// Intrinsic functions become cfn::Fn nodes and are never evaluated: `!Ref X`,
/// `{"Ref": "X"}` and `Ref: X` all read as Fn(Ref, "X"). A map with exactly one
/// key that is an intrinsic's long name ("Ref", "Fn::Sub", "Condition", ...)
/// is that intrinsic, wherever it stands: CloudFormation turns `!Tag x` into
/// `{"Fn::Tag": x}` before reading the template, so the two spellings cannot
/// mean different things, and whether a function is allowed where it stands
/// (`{"Condition": "X"}` is one only inside condition expressions) is for the
/// checks to say. `!GetAtt A.b.c` is split at its first dot, as CloudFormation
/// does ([A, "b.c"]); the long form `Fn::GetAtt: A.b` stays the string as written.
///
/// YAML is read as CloudFormation reads it: YAML 1.1 (libyaml's parser, the
/// one behind PyYAML and cfn-lint). Plain scalars, and scalars tagged with the
/// non-specific `!`, resolve by YAML 1.1's patterns: ~, null and nothing are
/// null; yes/no/on/off/true/false in three spellings are booleans; integers
/// are decimal, octal (0755, 000400), hexadecimal (0x1F), binary (0b101),
/// with `_` separators (1_000) or base 60 (1:20 is 80); floats need a '.'
/// (1.5, .5, 1.0e+3, 1:20.5, .inf, .nan), so 1e3 and 1.0e3 are strings, as are
/// timestamps (CloudFormation has none) and everything else. Integers beyond
/// 64 bits and floats beyond a double's range (and .inf, .nan) are
/// cfn::Numeral, so their text survives. Quoted and block scalars are
/// strings; !!str, !!int, !!float, !!bool, !!null, !!map and !!seq are
/// accepted. CR, LF, CRLF and NEL, LS, PS are line breaks; a `%YAML 1.1` (or
/// 1.2) directive is accepted and the rules stay 1.1's. JSON numbers are JSON's:
/// 1e3 is 1000.0 there.
///
/// Rejected, as CloudFormation rejects them, with the line and column: anchors
/// and aliases, merge keys (<<), more than one document, the binary, omap,
/// pairs, set and timestamp tags and tags that are not CloudFormation's
/// functions (unless ParseOptions say to read those on), map keys that are not strings (80, yes, NO, ~ as plain keys:
/// "map keys must be strings"), a root that is not a map, an empty template,
/// text that is not UTF-8 or holds control characters (NUL included). A
/// duplicate map key is not an error here: CloudFormation accepts it and keeps
/// the last value, and so does the parser (at the position of the first),
/// listing the duplicate in Document::duplicate_keys for the checks to report
/// (cfn-lint reports E0000).
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
  /// `reason` at `mark` of `file`.
  ParseError(std::string file, Mark mark, std::string reason);
  /// The file as named to the parser.
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

/// What the YAML reader does with a local tag that is not one of
/// CloudFormation's functions (`!Foo x`, or the directives of the rain tool).
enum class UnknownTags {
  /// A ParseError, as CloudFormation refuses the template: what reads,
  /// rewrites or compares a template (fmt, diff, split, import, graph) never
  /// works on a template CloudFormation cannot read.
  Reject,
  /// For the checks (cfnpp lint): the tag is listed in
  /// Document::unknown_tags (lint reports it, E0000) and its node is read as
  /// the long form CloudFormation defines for every short-form tag, the one-key
  /// map {"Fn::Foo": x} (x a string, map or list, as written), which is also
  /// how cfn-lint reads it. The other rules then judge what the tag stands in
  /// for as CloudFormation would: a map where a string belongs, a Type that is
  /// not a type name. Dropping the tag instead would pass rain's file name
  /// off as the code it stands for. Only `!Name` tags: `!!python/none` and
  /// `!<tag:...>` stay errors, as they are for cfn-lint's reader.
  ReadAsLongForm,
};

/// How to parse.
struct ParseOptions {
  UnknownTags unknown_tags = UnknownTags::Reject;  ///< refuse (the default) or read on
};

/// Parses a template held in memory; `file_name` only names it in messages.
/// Throws cfn::ParseError.
[[nodiscard]] Document parse_document(std::string_view text, std::string file_name, const ParseOptions& options = {});

/// Parses a data file that is not a template (cfnpp diff --parameters): the
/// same reading and checks, but any root but an empty one (a list, a map, a scalar).
/// Throws cfn::ParseError.
[[nodiscard]] Value parse_data(std::string_view text, std::string file_name);

/// read_file + parse_document. Throws cfn::Error "PATH: reason" when the file
/// cannot be read, cfn::ParseError when it cannot be parsed.
[[nodiscard]] Document parse_file(const std::filesystem::path& path, const ParseOptions& options = {});

}  // namespace cfn
