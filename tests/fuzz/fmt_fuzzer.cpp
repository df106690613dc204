// libFuzzer target for parse -> fmt -> parse: the canonical form of every
// template the parser accepts passes fmt's own meaning check (which also reads
// it with libyaml's document loader), and formatting it again changes nothing.
#include <exception>

#include "cli/fmt.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto doc = cfn::fuzz::parse(cfn::fuzz::as_text(data, size));
  if (!doc) return 0;
  for (const cfn::Format format : {cfn::Format::Yaml, cfn::Format::Json}) {
    std::string out;
    try {
      out = cfn::detail::cli::canonical_text(doc->root, format);
    } catch (const cfn::EmitError&) {
      continue;  // a key YAML cannot hold, .nan in JSON: fmt says so and writes nothing
    }
    try {
      if (const auto change = cfn::detail::cli::meaning_change(doc->root, out, format))
        cfn::fuzz::fail("fmt changes the meaning", *change + "\n" + out);
      if (cfn::detail::cli::canonical_text(cfn::parse_document(out, "formatted").root, format) != out)
        cfn::fuzz::fail("fmt is not idempotent", out);
    } catch (const std::exception& e) {
      cfn::fuzz::fail("fmt threw", std::string(e.what()) + "\n" + out);
    }
  }
  return 0;
}
