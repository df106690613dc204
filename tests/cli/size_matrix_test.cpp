// The size and shape matrix (issue 11): every command on every large or
// deep input ends by itself with exit 0, 1 or 2, never by a signal. Inputs:
// a scalar of 10^5 and 10^6 characters, a map of 10^5 keys, 10^5
// resources, nesting at the parser's limit and one past it. The watchdog
// only turns a hang into a failure; no test here measures time.
#include <catch2/catch.hpp>
#include <map>
#include <string>

#include "cfn/file.hpp"
#include "cfn/limits.hpp"
#include "support/run_process.hpp"
#include "support/temp_dir.hpp"

namespace {

using cfn::test::run_process;
using cfn::test::StdinFrom;

constexpr std::string_view kTopic = "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n";

std::string long_scalar(std::size_t n) {
  return "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: '" + std::string(n, '1') +
         "x'\n";
}

std::string many_keys(std::size_t n) {
  std::string text = std::string(kTopic) + "Metadata:\n";
  for (std::size_t i = 0; i < n; ++i) text += "  Key" + std::to_string(i) + ": " + std::to_string(i) + "\n";
  return text;
}

std::string many_topics(std::size_t n) {
  std::string text = "Resources:\n";
  for (std::size_t i = 0; i < n; ++i) text += "  Topic" + std::to_string(i) + ":\n    Type: AWS::SNS::Topic\n";
  return text;
}

// The root map is one level; Metadata's lists make up the rest.
std::string nested(std::size_t levels) {
  const std::size_t lists = levels - 1;
  return std::string(kTopic) + "Metadata: " + std::string(lists, '[') + std::string(lists, ']') + "\n";
}

// The input `name` as a file, written once per test process.
std::string input_file(const std::string& name) {
  static const cfn::test::TempDir dir;
  static std::map<std::string, std::string> written;
  if (const auto it = written.find(name); it != written.end()) return it->second;
  const std::map<std::string, std::string (*)()> makers{
      {"scalar-1e5", [] { return long_scalar(100'000); }},
      {"scalar-1e6", [] { return long_scalar(1'000'000); }},
      {"keys-1e5", [] { return many_keys(100'000); }},
      {"resources-1e5", [] { return many_topics(100'000); }},
      {"nesting-at-limit", [] { return nested(cfn::limits::kNestingDepth); }},
      {"nesting-past-limit", [] { return nested(cfn::limits::kNestingDepth + 1); }},
      {"small", [] { return std::string(kTopic); }},
  };
  const auto path = (dir / (name + ".yaml")).string();
  cfn::write_file_atomically(path, makers.at(name)());
  return written[name] = path;
}

void check_ends_by_itself(const std::vector<std::string>& args, const std::vector<int>& codes) {
  std::vector<std::string> argv{CFNPP_CLI_PATH};
  argv.insert(argv.end(), args.begin(), args.end());
  std::string shown;
  for (const auto& a : args) shown += " " + a.substr(a.rfind('/') + 1);
  INFO("cfnpp" << shown);
  const auto r = run_process(argv, StdinFrom{"/dev/null"});
  INFO("stderr: " << r.err.substr(0, 500));
  CHECK(r.exited);
  CHECK(r.signal == 0);
  CHECK(std::find(codes.begin(), codes.end(), r.code) != codes.end());
}

// Every command on one input: `refused` inputs are errors (2) for all but sub, which takes any text.
void check_every_command(const std::string& name, bool refused) {
  const std::string path = input_file(name);
  const std::vector<int> read_ok = refused ? std::vector{2} : std::vector{0, 1};
  check_ends_by_itself({"lint", path}, read_ok);
  check_ends_by_itself({"fmt", path}, refused ? std::vector{2} : std::vector{0});
  check_ends_by_itself({"fmt", "--check", path}, read_ok);
  check_ends_by_itself({"diff", path, path}, refused ? std::vector{2} : std::vector{0});
  check_ends_by_itself({"diff", input_file("small"), path}, refused ? std::vector{2} : std::vector{1});
  check_ends_by_itself({"sub", path}, {0});
}

}  // namespace

TEST_CASE("size matrix: a scalar of 10^5 characters", "[cli][matrix]") { check_every_command("scalar-1e5", false); }
TEST_CASE("size matrix: a scalar of 10^6 characters", "[cli][matrix]") { check_every_command("scalar-1e6", false); }
TEST_CASE("size matrix: a map of 10^5 keys", "[cli][matrix]") { check_every_command("keys-1e5", false); }
TEST_CASE("size matrix: 10^5 resources", "[cli][matrix]") { check_every_command("resources-1e5", false); }
TEST_CASE("size matrix: nesting at the limit", "[cli][matrix]") { check_every_command("nesting-at-limit", false); }
TEST_CASE("size matrix: nesting past the limit", "[cli][matrix]") { check_every_command("nesting-past-limit", true); }
