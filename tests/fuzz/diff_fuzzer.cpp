// libFuzzer target for parse -> diff: a template compared with itself, and
// with its own emitted YAML and JSON read back, has no change; compared with
// an empty template (everything added, everything removed) the diff and its
// every output format are produced without an exception.
#include <exception>

#include "cfn/diff.hpp"
#include "fuzz_support.hpp"

namespace {

void check_no_change(const cfn::Value& a, const cfn::Value& b, const char* what) {
  const cfn::TemplateDiff d = cfn::diff_templates(a, b);
  if (!d.empty()) cfn::fuzz::fail(what, cfn::format_diff(d, cfn::DiffFormat::Text));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto doc = cfn::fuzz::parse(cfn::fuzz::as_text(data, size));
  if (!doc) return 0;
  try {
    check_no_change(doc->root, doc->root, "a template differs from itself");
    for (const cfn::Format format : {cfn::Format::Yaml, cfn::Format::Json}) {
      std::string text;
      try {
        text = cfn::emit(doc->root, format);
      } catch (const cfn::EmitError&) {
        continue;  // a key YAML cannot hold, .nan in JSON: parse_fuzzer's concern
      }
      check_no_change(doc->root, cfn::parse_document(text, "emitted").root, "a template differs from its emitted text");
    }
    const cfn::Value empty = cfn::Map{{"Resources", cfn::Map{}}};
    for (const cfn::TemplateDiff& d : {cfn::diff_templates(empty, doc->root), cfn::diff_templates(doc->root, empty)})
      for (const cfn::DiffFormat format : {cfn::DiffFormat::Text, cfn::DiffFormat::Markdown, cfn::DiffFormat::Json})
        (void)cfn::format_diff(d, format);
  } catch (const std::exception& e) {
    cfn::fuzz::fail("diff threw", e.what());
  }
  return 0;
}
