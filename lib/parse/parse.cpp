// parse_document: checks the text, picks the reader, and checks what every
// template must be (one map).
#include "cfn/parse.hpp"

#include <fmt/format.h>

#include <utility>

#include "cfn/file.hpp"
#include "cfn/limits.hpp"
#include "parse/json_reader.hpp"
#include "parse/syntax_error.hpp"
#include "parse/text_check.hpp"
#include "parse/yaml_reader.hpp"

namespace cfn {
namespace {

std::string location(const std::string& file, Mark mark) {
  return fmt::format("{}:{}:{}", file.empty() ? "<input>" : file, mark.line, mark.column);
}

char first_significant_char(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  const std::size_t i = text.find_first_not_of(" \t\r\n");
  return i == std::string_view::npos ? '\0' : text[i];
}

void read_yaml_into(std::string_view text, Document& doc, std::optional<Value>& root, const ParseOptions& options) {
  std::vector<UnknownTag>* unknown_tags =
      options.unknown_tags == UnknownTags::ReadAsLongForm ? &doc.unknown_tags : nullptr;
  detail::parser::YamlDocument yaml = detail::parser::read_yaml(text, doc.duplicate_keys, unknown_tags);
  root = std::move(yaml.root);
  doc.has_comments = yaml.first_comment.has_value();
  doc.version_dependent_scalars = std::move(yaml.version_dependent_scalars);
}

/// The root of `text`, JSON or YAML; nullopt when empty.
std::optional<Value> read_root(std::string_view text, Document& doc, const ParseOptions& options) {
  using namespace detail::parser;
  if (text.size() > limits::kInputBytes)
    throw SyntaxError(Mark{1, 1}, fmt::format("the template is {} bytes; the parser reads at most {} MiB", text.size(),
                                              limits::kInputBytes >> 20));
  std::optional<Value> root;
  if (first_significant_char(text) == '{') {
    // JSON, or flow-style YAML that is not JSON, as CloudFormation and cfn-lint accept.
    check_text(text, Syntax::Json);
    try {
      root = read_json(text, doc.duplicate_keys);
      doc.format = Format::Json;
    } catch (const SyntaxError& json_error) {
      doc.duplicate_keys.clear();
      try {
        check_text(text, Syntax::Yaml);
        read_yaml_into(text, doc, root, options);
      } catch (const SyntaxError&) {
        throw json_error;  // the text looks like JSON: its JSON error is the useful one
      }
    }
  } else {
    check_text(text, Syntax::Yaml);
    read_yaml_into(text, doc, root, options);
  }

  return root;
}

void read(std::string_view text, Document& doc, const ParseOptions& options) {
  std::optional<Value> root = read_root(text, doc, options);
  if (!root || root->is_null()) throw detail::parser::SyntaxError(root ? root->mark() : Mark{1, 1}, "empty template");
  if (!root->is_map())
    throw detail::parser::SyntaxError(root->mark(),
                                      "a template must be a map of sections, not a " + describe_kind(*root));
  doc.root = std::move(*root);
}

}  // namespace

ParseError::ParseError(std::string file, Mark mark, std::string reason)
    : Error(location(file, mark) + ": " + reason), file_(std::move(file)), mark_(mark), reason_(std::move(reason)) {}

Document parse_document(std::string_view text, std::string file_name, const ParseOptions& options) {
  Document doc;
  doc.file = std::move(file_name);
  doc.source_bytes = text.size();
  try {
    read(text, doc, options);
  } catch (const detail::parser::SyntaxError& e) {
    throw ParseError(doc.file, e.mark(), e.what());
  }
  return doc;
}

Value parse_data(std::string_view text, std::string file_name) {
  Document doc;
  doc.file = std::move(file_name);
  try {
    std::optional<Value> root = read_root(text, doc, {});
    if (!root || root->is_null()) throw detail::parser::SyntaxError(root ? root->mark() : Mark{1, 1}, "empty file");
    return std::move(*root);
  } catch (const detail::parser::SyntaxError& e) {
    throw ParseError(doc.file, e.mark(), e.what());
  }
}

Document parse_file(const std::filesystem::path& path, const ParseOptions& options) {
  return parse_document(read_file(path), path.string(), options);
}

}  // namespace cfn
