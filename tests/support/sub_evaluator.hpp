// A small Fn::Sub evaluator written from CloudFormation's documented rules,
// independently of lib/sub: the oracle for the escaping tests.
#pragma once

#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <string_view>

namespace cfn::test {

/// Evaluates `sub` as CloudFormation does: "${name}" becomes values[name],
/// "${!text}" becomes "${text}". Fails the test when CloudFormation would
/// reject the string (unknown name, bad characters, no closing brace).
inline std::string evaluate_sub(std::string_view sub, const std::map<std::string, std::string, std::less<>>& values) {
  std::string out;
  std::size_t i = 0;
  while (i < sub.size()) {
    if (sub[i] != '$' || i + 1 >= sub.size() || sub[i + 1] != '{') {
      out += sub[i++];
      continue;
    }
    const std::size_t close = sub.find('}', i + 2);
    INFO("Sub string: " << sub);
    REQUIRE(close != std::string_view::npos);
    const std::string_view body = sub.substr(i + 2, close - i - 2);
    if (!body.empty() && body[0] == '!') {
      out += "${";
      out += body.substr(1);
      out += '}';
    } else {
      for (char c : body) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                        c == '.' || c == ':';
        INFO("variable name: " << body);
        REQUIRE(ok);
      }
      const auto it = values.find(body);
      INFO("unresolved variable: " << body);
      REQUIRE(it != values.end());
      out += it->second;
    }
    i = close + 1;
  }
  return out;
}

}  // namespace cfn::test
