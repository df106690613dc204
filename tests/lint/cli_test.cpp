// cfnpp lint, run in process: output format, exit codes, and clear messages
// (never a crash) for inputs that are not templates.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "cfn/file.hpp"
#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"
#include "support/terminal_check.hpp"

namespace fs = std::filesystem;
using cfn::test::run_cli;

namespace {

const std::string kBad = std::string(CFNPP_SOURCE_DIR) + "/tests/lint/bad/";
const std::string kGood = std::string(CFNPP_SOURCE_DIR) + "/tests/lint/good/";

fs::path write(const fs::path& dir, const std::string& name, const std::string& content) {
  const fs::path p = dir / name;
  std::ofstream(p, std::ios::binary) << content;
  return p;
}

}  // namespace

TEST_CASE("lint: a good template prints nothing and exits 0") {
  const auto r = run_cli({"lint", kGood + "references.yaml", kGood + "secure.json"});
  CHECK(r.code == 0);
  CHECK(r.out.empty());
  CHECK(r.err.empty());
}

TEST_CASE("lint: findings are FILE:LINE:COL: severity CODE: message and exit 1 on an error") {
  const std::string file = kBad + "E3005_depends_on.yaml";
  const auto r = run_cli({"lint", file});
  CHECK(r.code == 1);
  CHECK(r.out == file + ":7:17: error E3005: DependsOn names 'Queeu', which is not a resource of the template\n" +
                     file + ":7:24: error E3005: DependsOn names 'Env', a parameter; it takes resources only\n");
}

TEST_CASE("lint: warnings alone exit 0 and --no-warnings hides them") {
  const std::string file = kBad + "W3907_custom_resource_timeout.yaml";
  const auto r = run_cli({"lint", file});
  CHECK(r.code == 0);
  CHECK_THAT(r.out, Catch::StartsWith(file + ":5:7: warning W3907: "));
  const auto quiet = run_cli({"lint", "--no-warnings", file});
  CHECK(quiet.code == 0);
  CHECK(quiet.out.empty());
}

TEST_CASE("lint: --format json has a stable schema") {
  const std::string file = kBad + "E3011_resource_names.yaml";
  const auto r = run_cli({"lint", "--format", "json", file});
  CHECK(r.code == 1);
  CHECK(r.out == "[\n  {\"file\": \"" + file +
                     "\", \"line\": 2, \"column\": 3, \"severity\": \"error\", \"code\": \"E3011\", \"path\": "
                     "\"Resources.my-topic\", \"message\": \"resource name 'my-topic' must hold only ASCII letters "
                     "and digits\"}\n]\n");
  const auto none = run_cli({"lint", "--format=json", kGood + "sam.yaml"});
  CHECK(none.code == 0);
  CHECK(none.out == "[]\n");
}

TEST_CASE("lint: --list-rules") {
  const auto r = run_cli({"lint", "--list-rules"});
  CHECK(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("E3004  error    Resources do not depend on each other in a circle\n"));
  CHECK_THAT(r.out, Catch::Contains("W3905  warning  SSH and RDP are not open to the whole internet\n"));
  const auto json = run_cli({"lint", "--list-rules", "--format", "json"});
  CHECK_THAT(json.out, Catch::Contains("{\"code\": \"E0000\", \"severity\": \"error\", \"title\": "));
}

TEST_CASE("lint: --as-of moves the runtime dates") {
  const std::string file = kBad + "W2531_lambda_runtime_deprecated.yaml";
  CHECK(run_cli({"lint", file}).code == 0);
  const auto later = run_cli({"lint", "--as-of", "2027-02-01", file});
  CHECK(later.code == 1);
  CHECK_THAT(later.out, Catch::Contains("error E2531: runtime python3.9: Lambda stopped creating functions with it on "
                                        "2027-02-01"));
  const auto bad = run_cli({"lint", "--as-of", "tomorrow", file});
  CHECK(bad.code == 2);
  CHECK(bad.err == "cfnpp: lint: --as-of takes a date YYYY-MM-DD, not 'tomorrow'\n");
}

TEST_CASE("lint: --regions names the regions the resource types must be offered in") {
  const std::string file = kBad + "E3006_region_availability.yaml";  // AWS::DeviceFarm::Project: us-west-2 only
  CHECK(run_cli({"lint", "--regions", "us-west-2", file}).code == 0);
  const auto both = run_cli({"lint", "--regions", "us-west-2,eu-west-1", file});
  CHECK(both.code == 1);
  CHECK_THAT(both.out, Catch::Contains("error E3006: resource type 'AWS::DeviceFarm::Project' is not offered in "
                                       "eu-west-1 (it is in us-west-2)"));
  const auto bad = run_cli({"lint", "--regions", "eu-west-9", file});
  CHECK(bad.code == 2);
  CHECK_THAT(bad.err, Catch::StartsWith("cfnpp: lint: --regions: unknown region 'eu-west-9' (the regions are "));
}

TEST_CASE("lint: usage errors exit 2") {
  CHECK(run_cli({"lint"}).code == 2);
  CHECK(run_cli({"lint"}).err == "cfnpp: lint: expected at least one FILE (or - for standard input)\n");
  const auto format = run_cli({"lint", "--format", "xml", "x.yaml"});
  CHECK(format.code == 2);
  CHECK(format.err == "cfnpp: lint: --format must be text, json, sarif or junit, not 'xml'\n");
  CHECK(run_cli({"lint", "--bogus", "x.yaml"}).code == 2);
}

TEST_CASE("lint: standard input") {
  const auto r = run_cli({"lint", "-"}, "Resources:\n  T:\n    Type: AWS::SNS::Topic\n    DependsOn: Nope\n");
  CHECK(r.code == 1);
  CHECK(r.out == "-:4:16: error E3005: DependsOn names 'Nope', which is not a resource of the template\n");
}

TEST_CASE("lint: unreadable and malformed inputs give a message naming file and line and column and exit 2") {
  cfn::test::TempDir dir;
  const fs::path malformed = write(dir.path(), "malformed.yaml", "Resources:\n  T:\n    Type: [unclosed\n");
  const fs::path garbage = write(dir.path(), "garbage.yaml", std::string("Resources:\n\x01\x02\xff\xfe binary", 22));
  const fs::path empty = write(dir.path(), "empty.yaml", "");
  const fs::path json = write(dir.path(), "broken.json", "{\n  \"Resources\": {\n    \"T\": \n  }\n");
  const fs::path scalar = write(dir.path(), "scalar.yaml", "just a string\n");
  const fs::path missing = dir.path() / "missing.yaml";

  auto err_of = [](const fs::path& p) {
    const auto r = run_cli({"lint", p.string()});
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    return r.err;
  };
  CHECK_THAT(err_of(malformed), Catch::Matches("cfnpp: " + malformed.string() + ":[34]:[0-9]+: .+\n"));
  CHECK_THAT(err_of(garbage), Catch::StartsWith("cfnpp: " + garbage.string() + ":2:1: "));
  CHECK(err_of(empty) == "cfnpp: " + empty.string() + ":1:1: empty template\n");
  CHECK_THAT(err_of(json), Catch::StartsWith("cfnpp: " + json.string() + ":4:3: "));
  CHECK_THAT(err_of(scalar), Catch::StartsWith("cfnpp: " + scalar.string() + ":1:1: a template must be a map"));
  CHECK_THAT(err_of(missing), Catch::StartsWith("cfnpp: " + missing.string() + ": "));
  CHECK_THAT(err_of(dir.path()), Catch::StartsWith("cfnpp: " + dir.path().string() + ": "));
}

TEST_CASE("lint reads on past an unknown tag while fmt, diff, split, import and graph refuse the file, exit 2") {
  cfn::test::TempDir dir;
  const std::string text =
      "Resources:\n"
      "  Topic:\n"
      "    Type: AWS::SNS::Topic\n"
      "    Properties:\n"
      "      TopicName: !Rain::Embed name.txt\n"
      "    DependsOn: Nope\n";
  const fs::path file = write(dir.path(), "rain.yaml", text);
  const std::string name = file.string();
  const auto lint = run_cli({"lint", name});
  CHECK(lint.code == 1);
  CHECK(lint.out == name +
                        ":5:18: error E0000: unknown tag !Rain::Embed: a rain directive, which `rain pkg` replaces "
                        "before deploying; CloudFormation knows only its functions' tags; the checks read on as its "
                        "long form, Fn::Rain::Embed\n" +
                        name + ":5:18: error E3012: expected string, got map\n" + name +
                        ":6:16: error E3005: DependsOn names 'Nope', which is not a resource of the template\n");
  const std::string refusal = "cfnpp: " + name +
                              ":5:18: unknown tag !Rain::Embed: a rain directive, which `rain pkg` replaces before "
                              "deploying; CloudFormation knows only its functions' tags\n";
  const fs::path good = write(dir.path(), "good.yaml", "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n");
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{"fmt", name},
                                             {"fmt", "-w", name},
                                             {"fmt", "--check", name},
                                             {"diff", good.string(), name},
                                             {"split", name, "-o", (dir.path() / "out").string()},
                                             {"import", name},
                                             {"graph", name}}) {
    INFO(args.front() << " " << args[1]);
    const auto r = run_cli(args);
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(r.err == refusal);
  }
  CHECK(cfn::read_file(file) == text);  // fmt -w never rewrote it
}

TEST_CASE("lint: several files are each checked and a bad one does not stop the others and the worst exit wins") {
  cfn::test::TempDir dir;
  const fs::path empty = write(dir.path(), "empty.yaml", "");
  const std::string bad = kBad + "E3011_resource_names.yaml";
  const std::string warn = kBad + "W3907_custom_resource_timeout.yaml";
  const auto r = run_cli({"lint", empty.string(), bad, warn});
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: " + empty.string() + ":1:1: empty template\ncfnpp lint: 1 error, 1 warning, 0 suppressed\n");
  CHECK_THAT(r.out, Catch::Contains(bad + ":2:3: error E3011"));
  CHECK_THAT(r.out, Catch::Contains(warn + ":5:7: warning W3907"));
  CHECK(run_cli({"lint", warn, bad}).code == 1);
  CHECK(run_cli({"lint", kGood + "sam.yaml", warn}).code == 0);
}

TEST_CASE("lint: a 50 MB template is checked without a crash: E1002 and the findings in it") {
  cfn::test::TempDir dir;
  std::string text = "Resources:\n";
  text.reserve(52u << 20);
  std::size_t i = 0;
  while (text.size() < (50u << 20)) {
    text += "  Queue" + std::to_string(i) +
            ":\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Sub "
            "\"${AWS::StackName}-" +
            std::to_string(i) + "\"\n      DelaySeconds: 5\n";
    ++i;
  }
  const fs::path big = write(dir.path(), "big.yaml", text);
  const auto r = run_cli({"lint", "--no-warnings", big.string()});
  CHECK(r.code == 1);
  CHECK_THAT(r.err, Catch::Matches("cfnpp lint: [0-9]+ errors, 0 warnings, 0 suppressed\n"));
  CHECK_THAT(r.out, Catch::StartsWith(big.string() + ":1:1: error E1002: the template is " +
                                      std::to_string(text.size()) + " bytes; CloudFormation accepts at most 1000000"));
  CHECK_THAT(r.out, Catch::Contains("error E3010: the template has " + std::to_string(i) + " resources; at most 500"));
}

TEST_CASE("lint: a 50 MB file of garbage is refused with its position") {
  cfn::test::TempDir dir;
  std::string text(50u << 20, 'a');
  text[(50u << 20) - 7] = '\0';
  const fs::path big = write(dir.path(), "garbage.yaml", text);
  const auto r = run_cli({"lint", big.string()});
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::StartsWith("cfnpp: " + big.string() + ":1:"));
}

TEST_CASE("lint: a template's control characters never reach the terminal, in findings or errors (issue 11 row 8)") {
  cfn::test::TempDir dir;
  const std::string evil = "X\\r\\e[2KNo changes.\\e[8m";
  const auto file = write(dir.path(), "evil.yaml",
                          "Resources:\n  \"" + evil + "\":\n    Type: \"AWS::SNS::Topic" + evil +
                              "\"\n    Properties:\n"
                              "      \"" +
                              evil + "\": 1\n");
  auto r = run_cli({"lint", file.string()});
  CHECK(r.code == 1);
  CHECK(cfn::test::first_control(r.out) == "");
  CHECK(r.out.find("X\\x0D\\x1B[2KNo changes.\\x1B[8m") != std::string::npos);
  // A file name is user text too, and so is a parse error's.
  const auto bad = write(dir.path(), "bad\x1b[2K.yaml", "Resources: [\n");
  r = run_cli({"lint", bad.string()});
  CHECK(r.code == 2);
  CHECK(cfn::test::first_control(r.err) == "");
  CHECK(r.err.find("bad\\x1B[2K.yaml") != std::string::npos);
}
