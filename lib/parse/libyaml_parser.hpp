// libyaml's parser over a UTF-8 text, owned: the reader pulls its events, and
// fmt's spelling check (emit/spelling_check) loads the same text as libyaml's
// own node tree.
#pragma once

#include <yaml.h>

#include <cstddef>
#include <new>
#include <string_view>

namespace cfn::detail::parser {

[[nodiscard]] inline std::string_view as_view(const yaml_char_t* s) {
  return s == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(s));
}
[[nodiscard]] inline std::string_view as_view(const yaml_char_t* s, std::size_t length) {
  return {reinterpret_cast<const char*>(s), length};
}

class LibyamlParser {
 public:
  explicit LibyamlParser(std::string_view text) {
    if (yaml_parser_initialize(&parser_) == 0) throw std::bad_alloc();
    yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    yaml_parser_set_encoding(&parser_, YAML_UTF8_ENCODING);
  }
  LibyamlParser(const LibyamlParser&) = delete;
  LibyamlParser& operator=(const LibyamlParser&) = delete;
  ~LibyamlParser() { yaml_parser_delete(&parser_); }

  /// The next event; false at a syntax error (see state().problem).
  bool next(yaml_event_t& event) { return yaml_parser_parse(&parser_, &event) != 0; }
  /// The next document as a node tree; false at a syntax error.
  bool load(yaml_document_t& document) { return yaml_parser_load(&parser_, &document) != 0; }
  [[nodiscard]] const yaml_parser_t& state() const noexcept { return parser_; }

 private:
  yaml_parser_t parser_{};
};

}  // namespace cfn::detail::parser
