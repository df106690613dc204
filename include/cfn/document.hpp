/// @file
/// A template as read from a file: the value the parser built, and what the
/// checks need to know about the text it came from. The parser returns it
/// (cfn/parse.hpp); lint, diff and fmt read it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "cfn/value.hpp"

namespace cfn {

/// The two notations of a template.
enum class Format { Yaml, Json };

/// A key that appears twice in one map. The value written at `duplicate` wins.
struct DuplicateKey {
  std::string key;  ///< the key written twice
  Mark first;       ///< where the key was written before (for a third occurrence, the second)
  Mark duplicate;   ///< where it is written again
};

/// A plain scalar that YAML 1.2 reads differently from YAML 1.1 (0755 is 493
/// in 1.1 and 755 in 1.2; yes, 1:20, 1_000, 0b101 and 1e3 change kind). The
/// document holds the YAML 1.1 value, which is what CloudFormation reads;
/// editors, linters and libraries that read YAML 1.2 see the other one.
struct VersionDependentScalar {
  std::string text;  ///< as written
  Value yaml_1_1;    ///< what CloudFormation reads (the value in the document)
  Value yaml_1_2;    ///< what a YAML 1.2 reader reads
  Mark mark;         ///< where it is written
};

/// A YAML tag that is not CloudFormation's (`!Foo x`, a rain directive),
/// which the parser read on as its long form (UnknownTags::ReadAsLongForm).
struct UnknownTag {
  std::string tag;     ///< as written, "!Rain::Embed"
  Mark mark;           ///< where the tagged node starts
  std::string reason;  ///< why CloudFormation refuses it, as the default reading says
};

/// A parsed template.
struct Document {
  std::string file;  ///< the name given to the parser, for messages
  /// Json when the text is a JSON document (it starts with '{' and is valid
  /// JSON); Yaml otherwise (flow-style YAML such as `{a: b}` included).
  Format format = Format::Yaml;
  /// A map; every node has its Mark and every Member its key_mark.
  Value root;
  /// In document order of the duplicates.
  std::vector<DuplicateKey> duplicate_keys;
  /// In document order (never for JSON).
  std::vector<VersionDependentScalar> version_dependent_scalars;
  /// In document order; only when parsed with UnknownTags::ReadAsLongForm
  /// (by default an unknown tag is a ParseError).
  std::vector<UnknownTag> unknown_tags;
  /// The YAML text has at least one '#' comment (never for JSON). `#` inside
  /// quoted strings, plain scalars (a#b), tags and literal or folded blocks does not count.
  bool has_comments = false;
  /// The length of the text it was read from (the size quotas judge).
  std::size_t source_bytes = 0;
};

}  // namespace cfn
