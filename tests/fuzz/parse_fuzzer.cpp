// libFuzzer target for the parser: any bytes either parse or raise
// cfn::ParseError; what parses survives emit -> parse in YAML and in JSON.
// Build and run: see README.md.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "cfn/emit.hpp"
#include "cfn/parse.hpp"

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "parse_fuzzer: %s\n%s\n", what, detail.c_str());
  std::abort();
}

void round_trip(const cfn::Value& root, cfn::Format format) {
  std::string text;
  try {
    text = cfn::emit(root, format);
  } catch (const cfn::Error& e) {
    // Only a YAML key longer than 1024 characters, and in JSON .inf or .nan, cannot be written.
    const std::string_view what = e.what();
    if (format == cfn::Format::Yaml && what.find("longer than 1024") != std::string_view::npos) return;
    if (format == cfn::Format::Json && what.find("cannot be written in JSON") != std::string_view::npos) return;
    fail("a parsed value cannot be emitted", e.what());
  }
  cfn::Document again;
  try {
    again = cfn::parse_document(text, "emitted");
  } catch (const cfn::ParseError& e) {
    fail("emitted text does not parse", std::string(e.what()) + "\n" + text);
  }
  if (!(again.root == root)) fail("emit -> parse changed the value", text);
  if (cfn::emit(again.root, format) != text) fail("emitting is not idempotent", text);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  cfn::Document doc;
  try {
    doc = cfn::parse_document(text, "fuzz");
  } catch (const cfn::ParseError&) {
    return 0;
  }
  round_trip(doc.root, cfn::Format::Yaml);
  round_trip(doc.root, cfn::Format::Json);
  return 0;
}
