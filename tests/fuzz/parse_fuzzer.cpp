// libFuzzer target for the parser: any bytes either parse or raise
// cfn::ParseError; what parses survives emit -> parse in YAML and in JSON.
// Build and run: see README.md.
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto doc = cfn::fuzz::parse(cfn::fuzz::as_text(data, size));
  if (!doc) return 0;
  cfn::fuzz::check_round_trip(doc->root, cfn::Format::Yaml);
  cfn::fuzz::check_round_trip(doc->root, cfn::Format::Json);
  return 0;
}
