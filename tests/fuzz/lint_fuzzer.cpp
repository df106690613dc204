// libFuzzer target for parse -> lint: lint never throws or crashes on a
// template the parser accepts, read as cfnpp lint reads it (unknown tags read
// on as their long form), and every finding points into the text.
#include <algorithm>
#include <exception>

#include "cfn/lint.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = cfn::fuzz::as_text(data, size);
  const auto doc = cfn::fuzz::parse(text, {.unknown_tags = cfn::UnknownTags::ReadAsLongForm});
  if (!doc) return 0;
  std::vector<cfn::Finding> findings;
  try {
    findings = cfn::lint(*doc);
  } catch (const std::exception& e) {
    cfn::fuzz::fail("lint threw", e.what());
  }
  // A line break may be \n, \r\n, \r or (YAML 1.1) NEL, LS, PS: count the most.
  const std::size_t lines = 1 + static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
                              return c == '\n' || c == '\r' || c == '\x85' || c == '\xa8' || c == '\xa9';
                            }));
  for (const cfn::Finding& f : findings) {
    if (f.mark.line > lines) cfn::fuzz::fail("a finding past the last line", cfn::format_finding(f, "fuzz"));
    if (f.message.empty()) cfn::fuzz::fail("a finding without a message", std::string(f.code));
  }
  return 0;
}
