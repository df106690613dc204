// What the libFuzzer targets share: a finding aborts with what was wrong (so
// libFuzzer keeps the input), inputs are read as templates, and a value must
// survive emit -> parse unchanged. See README.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "cfn/emit.hpp"
#include "cfn/parse.hpp"

namespace cfn::fuzz {

[[noreturn]] inline void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "fuzz finding: %s\n%s\n", what, detail.c_str());
  std::abort();
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// The input as a template; nullopt when the parser refuses it, as it may.
inline std::optional<Document> parse(std::string_view text, const ParseOptions& options = {}) {
  try {
    return parse_document(text, "fuzz", options);
  } catch (const ParseError&) {
    return std::nullopt;
  }
}

/// `root` emitted in `format` reads back as the same value, and emitting that
/// gives the same text. Only a YAML key longer than 1024 characters, and in
/// JSON .inf or .nan, cannot be written.
inline void check_round_trip(const Value& root, Format format) {
  std::string text;
  try {
    text = emit(root, format);
  } catch (const Error& e) {
    const std::string_view what = e.what();
    if (format == Format::Yaml && what.find("longer than 1024") != std::string_view::npos) return;
    if (format == Format::Json && what.find("cannot be written in JSON") != std::string_view::npos) return;
    fail("a value cannot be emitted", e.what());
  }
  Document again;
  try {
    again = parse_document(text, "emitted");
  } catch (const ParseError& e) {
    fail("emitted text does not parse", std::string(e.what()) + "\n" + text);
  }
  if (!(again.root == root)) fail("emit -> parse changed the value", text);
  if (emit(again.root, format) != text) fail("emitting is not idempotent", text);
}

}  // namespace cfn::fuzz
