// libFuzzer target for the Fn::Sub escaper: any text either escapes or raises
// cfn::SubError, and evaluating the escaped string as CloudFormation does
// (written here from the Fn::Sub documentation, sharing no code with
// lib/sub) gives the text back, with no variable left that is neither
// declared nor CloudFormation's.
#include <exception>
#include <string>

#include "cfn/sub.hpp"
#include "fuzz_support.hpp"

namespace {

bool cloudformation_name(std::string_view name) {
  return name.find("::") != std::string_view::npos || name.find('.') != std::string_view::npos;
}

// "${!x}" is the text "${x}"; "${name}" is substituted, here by its own
// spelling, so that a correct escaping evaluates to the original text.
std::string evaluate(std::string_view sub, const cfn::SubNames& names) {
  std::string out;
  std::size_t pos = 0;
  while (pos < sub.size()) {
    const std::size_t open = sub.find("${", pos);
    if (open == std::string_view::npos) break;
    out.append(sub.substr(pos, open - pos));
    if (open + 2 < sub.size() && sub[open + 2] == '!') {
      out += "${";
      pos = open + 3;
      continue;
    }
    const std::size_t close = sub.find('}', open + 2);
    if (close == std::string_view::npos) cfn::fuzz::fail("an escaped string with an unclosed ${", std::string(sub));
    const std::string_view name = sub.substr(open + 2, close - open - 2);
    if (!names.declares(name) && !cloudformation_name(name))
      cfn::fuzz::fail("an undeclared variable is left for CloudFormation", std::string(name));
    out += "${";
    out += name;
    out += '}';
    pos = close + 1;
  }
  out.append(sub.substr(pos));
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = cfn::fuzz::as_text(data, size);
  cfn::SubNames names;
  names.add("Declared").add("AWS::Region").add_resource("Res");
  std::string escaped;
  try {
    escaped = cfn::escape_for_sub(text, names);
  } catch (const cfn::SubError&) {
    return 0;  // a "${" with no "}"
  } catch (const std::exception& e) {
    cfn::fuzz::fail("escape_for_sub threw", e.what());
  }
  if (evaluate(escaped, names) != text) cfn::fuzz::fail("escape then evaluate is not the text", escaped);
  try {
    (void)cfn::check_sub_names(text, names);
  } catch (const std::exception& e) {
    cfn::fuzz::fail("check_sub_names threw", e.what());
  }
  return 0;
}
