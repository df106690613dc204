// Issue 11, row 6: a map of 100,000 keys, and 100,000 resources, through
// fmt, diff and lint. Map::find was a linear scan called once per key, so
// each of these took minutes; they now take about a second. The test checks
// what the tools say (a bench, bench/growth, measures how the time grows).
#include <catch2/catch.hpp>
#include <fstream>
#include <string>

#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace {

constexpr int kKeys = 100000;

// A bucket whose Metadata has kKeys keys; `changed` gives one of them another value.
std::string wide_map(int changed = -1) {
  std::string text =
      "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    DeletionPolicy: Retain\n"
      "    UpdateReplacePolicy: Retain\n    Metadata:\n";
  for (int i = 0; i < kKeys; ++i)
    text += "      key" + std::to_string(i) + ": " + std::to_string(i == changed ? -1 : i) + "\n";
  return text;
}

// The same bucket in compact JSON with keys of at most four characters
// (base 36): 100,000 keys in under 900 KB, within the 1,000,000-byte quota,
// so lint has nothing to report and every rule reads every key.
std::string wide_map_within_quota() {
  std::string text = R"({"Resources":{"Bucket":{"Type":"AWS::S3::Bucket","DeletionPolicy":"Retain",)"
                     R"("UpdateReplacePolicy":"Retain","Metadata":{)";
  for (int i = 0; i < kKeys; ++i) {
    std::string key;
    for (int n = i; key.empty() || n > 0; n /= 36)
      key.insert(key.begin(), "0123456789abcdefghijklmnopqrstuvwxyz"[n % 36]);
    text += (i == 0 ? "\"" : ",\"") + key + "\":" + std::to_string(i % 10);
  }
  return text + "}}}}";
}

// kKeys queues; `renamed` gives one of them a new logical id.
std::string many_resources(int renamed = -1) {
  std::string text = "Resources:\n";
  for (int i = 0; i < kKeys; ++i)
    text += "  " + std::string(i == renamed ? "Moved" : "Queue") + std::to_string(i) +
            ":\n    Type: AWS::SQS::Queue\n    Properties:\n      DelaySeconds: " + std::to_string(i % 900) + "\n";
  return text;
}

}  // namespace

TEST_CASE("100,000 keys in one map: fmt, diff and lint answer", "[cli][regression][large]") {
  const cfn::test::TempDir dir;
  std::ofstream(dir / "old.yaml") << wide_map();
  std::ofstream(dir / "new.yaml") << wide_map(kKeys / 2);
  const std::string old_file = (dir / "old.yaml").string();
  const std::string new_file = (dir / "new.yaml").string();

  const auto same = cfn::test::run_cli({"diff", old_file, old_file});
  CHECK(same.code == 0);
  const auto changed = cfn::test::run_cli({"diff", "--format", "json", old_file, new_file});
  CHECK(changed.code == 1);
  CHECK(changed.out.find("key50000") != std::string::npos);
  CHECK(changed.out.find("key50001") == std::string::npos);

  const auto formatted = cfn::test::run_cli({"fmt", "--to", "json", old_file});
  REQUIRE(formatted.code == 0);
  CHECK(formatted.out.find("\"key99999\": 99999") != std::string::npos);
  // 2.2 MB: over the 1 MB quota, the one error.
  const auto lint = cfn::test::run_cli({"lint", old_file});
  CHECK(lint.code == 1);
  CHECK(lint.out.find("E1002") != std::string::npos);
  CHECK(lint.out.find("error", lint.out.find("E1002")) == std::string::npos);
}

TEST_CASE("100,000 keys in one map within the size quota: lint reads them all and finds nothing",
          "[cli][regression][large]") {
  const cfn::test::TempDir dir;
  const std::string text = wide_map_within_quota();
  REQUIRE(text.size() < 1000000);
  std::ofstream(dir / "wide.json") << text;
  const std::string file = (dir / "wide.json").string();
  const auto lint = cfn::test::run_cli({"lint", file});
  CHECK(lint.out.find("error") == std::string::npos);
  CHECK(lint.code == 0);
  // The last key is there: the map was read whole.
  const auto formatted = cfn::test::run_cli({"fmt", "--to", "json", file});
  REQUIRE(formatted.code == 0);
  CHECK(formatted.out.find("\"255r\": 9") != std::string::npos);
}

TEST_CASE("100,000 resources: fmt, diff and lint answer", "[cli][regression][large]") {
  const cfn::test::TempDir dir;
  std::ofstream(dir / "old.yaml") << many_resources();
  std::ofstream(dir / "new.yaml") << many_resources(77777);
  const std::string old_file = (dir / "old.yaml").string();
  const std::string new_file = (dir / "new.yaml").string();

  const auto changed = cfn::test::run_cli({"diff", "--format", "json", old_file, new_file});
  CHECK(changed.code == 1);
  CHECK(changed.out.find("\"Moved77777\"") != std::string::npos);
  CHECK(changed.out.find("\"Queue77778\"") == std::string::npos);

  const auto check = cfn::test::run_cli({"fmt", "--check", old_file});
  CHECK(check.code == 0);
  // Past the quota of 500 resources: an error, found and reported.
  const auto lint = cfn::test::run_cli({"lint", old_file});
  CHECK(lint.code == 1);
  CHECK(lint.out.find("E3010") != std::string::npos);
}
