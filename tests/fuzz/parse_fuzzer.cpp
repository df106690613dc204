// libFuzzer target for the parser: any bytes either parse or raise
// cfn::ParseError; what parses survives emit -> parse in YAML and in JSON,
// and reads the same whether the block scanner or libyaml scans it
// (parse/block_scanner.hpp). Build and run: see README.md.
#include "fuzz_support.hpp"
#include "support/yaml_reading.hpp"

namespace {

// Where the block scanner accepts a text it must read it as libyaml does;
// where it does not, libyaml reads it anyway, so comparing the two readings
// of every text that parses covers both.
void check_scanners_agree(std::string_view text) {
  using cfn::detail::parser::Scanner;
  const std::string copy(text);
  const auto block = cfn::test::read(copy, {.max_parts = 1, .scanner = Scanner::Fastest}, true);
  const auto libyaml = cfn::test::read(copy, {.max_parts = 1, .scanner = Scanner::Libyaml}, true);
  if (block.what != libyaml.what || block.root != libyaml.root)
    cfn::fuzz::fail("the block scanner and libyaml read the text differently",
                    "block scanner: " + block.what + "\nlibyaml: " + libyaml.what);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = cfn::fuzz::as_text(data, size);
  const auto doc = cfn::fuzz::parse(text);
  if (!doc) return 0;
  if (doc->format == cfn::Format::Yaml) check_scanners_agree(text);
  cfn::fuzz::check_round_trip(doc->root, cfn::Format::Yaml);
  cfn::fuzz::check_round_trip(doc->root, cfn::Format::Json);
  return 0;
}
