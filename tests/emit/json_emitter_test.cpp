// The JSON emitter: long-form intrinsics, escaping, layout; its output is
// read back by yaml-cpp (JSON is YAML) to the same structure as the YAML.
#include <catch2/catch.hpp>

#include "cfn/emit.hpp"
#include "cfn/intrinsics.hpp"
#include "support/tricky_strings.hpp"
#include "support/yaml_cpp.hpp"

using cfn::List;
using cfn::Map;

TEST_CASE("JSON layout and long-form intrinsics", "[emit][json]") {
  const cfn::Value doc = Map{{"A", cfn::ref("X")},
                             {"B", List{1, 2.5, true, nullptr}},
                             {"C", Map{}},
                             {"D", List{}},
                             {"E", cfn::base64(cfn::sub("x ${Y}"))}};
  CHECK(cfn::to_json(doc) ==
        "{\n"
        "  \"A\": {\n"
        "    \"Ref\": \"X\"\n"
        "  },\n"
        "  \"B\": [\n"
        "    1,\n"
        "    2.5,\n"
        "    true,\n"
        "    null\n"
        "  ],\n"
        "  \"C\": {},\n"
        "  \"D\": [],\n"
        "  \"E\": {\n"
        "    \"Fn::Base64\": {\n"
        "      \"Fn::Sub\": \"x ${Y}\"\n"
        "    }\n"
        "  }\n"
        "}\n");
}

TEST_CASE("JSON escapes strings exactly", "[emit][json]") {
  CHECK(cfn::to_json(List{"q\"b\\s\n\t\r\x01\x7f\xc3\xbc"}) == "[\n  \"q\\\"b\\\\s\\n\\t\\r\\u0001\x7f\xc3\xbc\"\n]\n");
  for (const std::string& s : cfn::test::tricky_strings()) {
    if (s.find('\0') != std::string::npos) continue;  // yaml-cpp's JSON reading stops at NUL
    INFO(s);
    const YAML::Node node = YAML::Load(cfn::to_json(Map{{"k", s}}));
    CHECK(node["k"].Scalar() == s);
  }
}
