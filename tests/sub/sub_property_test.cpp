// The law of the escaper: evaluating the emitted Fn::Sub as CloudFormation
// does gives back the original text with only the declared substitutions
// replaced, and the CloudFormation names (with "::" or ".", which no shell
// expansion has) left for CloudFormation to resolve or reject, declared or
// not. Checked on hand-picked scripts and random strings.
#include <catch2/catch.hpp>
#include <cctype>
#include <random>

#include "cfn/sub.hpp"
#include "support/sub_evaluator.hpp"

namespace {

const std::map<std::string, std::string, std::less<>> kValues{
    {"Vol", "vol-0123"},          {"EIP.AllocationId", "eipalloc-9"},
    {"AWS::Region", "eu-west-1"}, {"AWS::Partition", "aws"},
    {"Param", "p-value"},         {"Name", "from-map"},
    {"EIP", "203.0.113.7"},       {"Vol.VolumeId", "vol-0123"},
};

using Values = std::map<std::string, std::string, std::less<>>;

// Written from the rule, not from lib/sub: Sub's name characters, and "::" or ".".
bool cloudformation_name(std::string_view body) {
  if (body.empty()) return false;
  for (char c : body)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.' && c != ':') return false;
  return body.find("::") != std::string_view::npos || body.find('.') != std::string_view::npos;
}

// The values of the declared names, plus "<NAME>" for every CloudFormation
// name of `text` that is not declared: what CloudFormation would be asked to resolve.
Values values_for(std::string_view text) {
  Values values = kValues;
  for (std::size_t open = text.find("${"); open != std::string_view::npos; open = text.find("${", open + 2)) {
    const std::size_t close = text.find('}', open + 2);
    if (close == std::string_view::npos) break;
    const std::string body(text.substr(open + 2, close - open - 2));
    if (cloudformation_name(body) && !values.contains(body)) values.emplace(body, "<" + body + ">");
  }
  return values;
}

cfn::SubNames declared() { return cfn::SubNames().add_resource("Vol").add_resource("EIP").add("Param"); }

// What the author of `text` means: each "${...}" whose name is declared is a
// substitution, everything else is literal. Scanned as CloudFormation scans.
std::string intended(std::string_view text) {
  const Values values = values_for(text);
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t open = text.find("${", i);
    const std::size_t close = open == std::string_view::npos ? open : text.find('}', open + 2);
    if (close == std::string_view::npos) {
      out += text.substr(i);
      break;
    }
    out += text.substr(i, open - i);
    const std::string_view body = text.substr(open + 2, close - open - 2);
    const auto it = values.find(body);
    const bool substituted = it != values.end() && (body != "Name");  // Name is only declared via the map
    out += substituted ? it->second : std::string(text.substr(open, close - open + 1));
    i = close + 1;
  }
  return out;
}

// The "${" CloudFormation's documentation gives no meaning: one with no
// closing "}", or one inside the name of another ("${a${b}}": is "${b}" a
// variable inside a literal "${!a${b}}"? CloudFormation does not say).
bool undocumented(std::string_view text) {
  for (std::size_t open = text.find("${"); open != std::string_view::npos;) {
    const std::size_t close = text.find('}', open + 2);
    if (close == std::string_view::npos) return true;
    if (text.substr(open + 2, close - open - 2).find("${") != std::string_view::npos) return true;
    open = text.find("${", close + 1);
  }
  return false;
}

// Escapes, then evaluates; the escaper refuses exactly the undocumented texts.
void check_law(const std::string& text) {
  INFO("text: " << text);
  std::string sub_string;
  try {
    sub_string = cfn::escape_for_sub(text, declared());
  } catch (const cfn::Error&) {
    CHECK(undocumented(text));
    return;
  }
  CHECK_FALSE(undocumented(text));
  const Values values = values_for(text);
  CHECK(cfn::test::evaluate_sub(sub_string, values) == intended(text));

  const cfn::Value value = cfn::sub_text(text, declared());
  if (value.is_string()) CHECK(value.as_string() == text);  // nothing substituted: kept verbatim
  if (value.is_fn()) CHECK(cfn::test::evaluate_sub(value.as_fn().argument().as_string(), values) == intended(text));
}

}  // namespace

TEST_CASE("escaped scripts evaluate back to the original (hand-picked)", "[sub][property]") {
  for (const char* text : {
           "#!/bin/bash\nset -euo pipefail\nVOL=${Vol}\nDEV=${DEV:-/dev/sdf}\nfor i in \"${!arr[@]}\"; do :; done\n",
           "echo ${#list[@]} ${var/-/} ${var%%.*} ${var^^} ${!prefix*}",
           "region=${AWS::Region} eip=${EIP.AllocationId} p=${Param} nope=${AWS::Nope} ${EIP} ${Vol.VolumeId}",
           "${a${Vol}}",
           "${${Vol}}",
           "}${Vol}{",
           "${!Vol}",
           "${!!Vol}",
           "$${Vol}",
           "${}",
           "${ }",
           "{$}",
           "json='{\"a\": \"${x}\"}'",
           "awk '{print $1}'",
           "${\n}",
           "${Vol\n}",
           "x=$(( ${n} + 1 ))",
       }) {
    check_law(text);
  }
}

TEST_CASE("escaped random strings evaluate back to the original", "[sub][property]") {
  const std::vector<std::string> pieces{"$",
                                        "{",
                                        "}",
                                        "!",
                                        "${",
                                        "${Vol}",
                                        "${AWS::Region}",
                                        "a",
                                        "B",
                                        ":",
                                        "-",
                                        "#",
                                        "\n",
                                        " ",
                                        ".",
                                        "_",
                                        "${Param}",
                                        "${EIP.AllocationId}",
                                        "${HOME}",
                                        "${!x}",
                                        "@",
                                        "$(",
                                        ")",
                                        "[@]",
                                        "${Name}",
                                        "${AWS::Regoin}",
                                        "${EIPP.AllocationId}",
                                        "::"};
  std::mt19937 rng(424242);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 16);
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    for (int k = length(rng); k > 0; --k) text += pieces[pick(rng)];
    check_law(text);
  }
}
