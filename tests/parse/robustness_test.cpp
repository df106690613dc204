// Large and hostile input: parsed or refused cleanly, never a crash or a hang.
#include <catch2/catch.hpp>
#include <chrono>
#include <random>

#include "cfn/emit.hpp"
#include "cfn/parse.hpp"
#include "support/large_template.hpp"

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_CASE("robustness: a 50 MB JSON template parses", "[parse][large]") {
  const std::string text = cfn::test::large_template(cfn::Format::Json, 50u << 20);
  const auto start = std::chrono::steady_clock::now();
  const cfn::Document doc = cfn::parse_document(text, "big.json");
  WARN("50 MB JSON parsed in " << seconds_since(start) << " s");
  CHECK(doc.format == cfn::Format::Json);
  CHECK(doc.root.as_map().at("Resources").as_map().size() > 100000);
}

TEST_CASE("robustness: a 10 MB YAML template parses (50 MB: see parse_bench)", "[parse][large]") {
  const std::string text = cfn::test::large_template(cfn::Format::Yaml, 10u << 20);
  const auto start = std::chrono::steady_clock::now();
  const cfn::Document doc = cfn::parse_document(text, "big.yaml");
  WARN("10 MB YAML parsed in " << seconds_since(start) << " s");
  CHECK(doc.format == cfn::Format::Yaml);
  CHECK(doc.root.as_map().at("Resources").as_map().size() > 20000);
  CHECK_FALSE(doc.has_comments);
}

TEST_CASE("robustness: huge scalars", "[parse][large]") {
  const std::string big(5u << 20, 'x');
  CHECK(cfn::parse_document("a: " + big + "\n", "t.yaml").root.as_map().at("a").as_string().size() == big.size());
  CHECK(cfn::parse_document("a: '" + big + "'\n", "t.yaml").root.as_map().at("a").as_string().size() == big.size());
  CHECK(cfn::parse_document("{\"a\": \"" + big + "\"}", "t.json").root.as_map().at("a").as_string().size() ==
        big.size());
  std::string block = "a: |\n";
  for (int i = 0; i < 100000; ++i) block += "  #!/bin/bash line of a long script\n";
  const cfn::Document doc = cfn::parse_document(block, "t.yaml");
  CHECK(doc.root.as_map().at("a").as_string().size() == 100000u * 34);
  CHECK_FALSE(doc.has_comments);
  const std::string long_key(2000, 'k');
  CHECK(cfn::parse_document("{\"" + long_key + "\": 1}", "t.json").root.as_map().contains(long_key));
}

TEST_CASE("robustness: a million opening brackets", "[parse][large]") {
  // No wall-clock assertion (it fails on a loaded machine); a hang is caught by CTest's timeout.
  for (const char c : {'[', '{'})
    CHECK_THROWS_AS(cfn::parse_document(std::string(1000000, c), "t.yaml"), cfn::ParseError);
  std::string dashes;
  for (int i = 0; i < 1000000; ++i) dashes += "- ";
  CHECK_THROWS_WITH(cfn::parse_document(dashes, "t.yaml"), Catch::Contains("nested more than 256 levels"));
  std::string keys;
  for (int i = 0; i < 200000; ++i) keys += "{\"a\":";
  CHECK_THROWS_WITH(cfn::parse_document(keys, "t.json"), Catch::Contains("nested more than 256 levels"));
}

TEST_CASE("robustness: many keys and many items", "[parse][large]") {
  std::string text = "Resources:\n";
  for (int i = 0; i < 100000; ++i) text += "  R" + std::to_string(i) + ": " + std::to_string(i) + "\n";
  CHECK(cfn::parse_document(text, "t.yaml").root.as_map().at("Resources").as_map().size() == 100000);
  std::string list = "{\"a\": [";
  for (int i = 0; i < 1000000; ++i) list += i == 0 ? "1" : ",1";
  list += "]}";
  CHECK(cfn::parse_document(list, "t.json").root.as_map().at("a").as_list().size() == 1000000);
}

TEST_CASE("robustness: random bytes and mutated templates never crash", "[parse][fuzz]") {
  std::mt19937 rng(42);
  const std::string seed =
      "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  B:\n    Type: AWS::S3::Bucket\n"
      "    Properties:\n      Name: !Sub '${AWS::Region}-x'\n      Tags: [{Key: a, Value: 1}]\n"
      "      Data: |\n        #!/bin/bash\n        echo hi # x\n";
  const std::string json = cfn::to_json(cfn::parse_document(seed, "seed").root);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int n = 0; n < 3000; ++n) {
    std::string text = n % 2 == 0 ? seed : json;
    for (int k = 1 + n % 4; k > 0 && !text.empty(); --k) {
      const std::size_t at = std::uniform_int_distribution<std::size_t>(0, text.size() - 1)(rng);
      switch (byte(rng) % 3) {
        case 0:
          text[at] = static_cast<char>(byte(rng));
          break;
        case 1:
          text.insert(at, 1, "{}[]:,-'\"!&*#|> \n\t"[byte(rng) % 18]);
          break;
        default:
          text.erase(at, 1 + static_cast<std::size_t>(byte(rng) % 8));
          break;
      }
    }
    try {
      const cfn::Document doc = cfn::parse_document(text, "mutated");
      (void)cfn::to_json(doc.root);
    } catch (const cfn::Error&) {
    }
  }
}
