// cfnpp fmt: printing, -w (atomic), --check, --to, comments, errors.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "cfn/file.hpp"
#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
using cfn::test::run_cli;

namespace {

const std::string kMessy =
    "Resources:\n"
    "  Queue:\n"
    "    Properties: {VisibilityTimeout: 30, QueueName: {\"Fn::Sub\": \"${AWS::StackName}-q\"}}\n"
    "    Type: \"AWS::SQS::Queue\"\n"
    "Description: 'A queue'\n"
    "AWSTemplateFormatVersion: \"2010-09-09\"\n";

const std::string kCanonical =
    "AWSTemplateFormatVersion: '2010-09-09'\n"
    "Description: A queue\n"
    "Resources:\n"
    "  Queue:\n"
    "    Type: AWS::SQS::Queue\n"
    "    Properties:\n"
    "      VisibilityTimeout: 30\n"
    "      QueueName: !Sub ${AWS::StackName}-q\n";

const std::string kWithComment = "# the queue\n" + kMessy;

}  // namespace

TEST_CASE("cfnpp fmt prints the canonical form", "[fmt]") {
  auto r = run_cli({"fmt", "-"}, kMessy);
  CHECK(r.code == 0);
  CHECK(r.err.empty());
  CHECK(r.out == kCanonical);
  // Formatting the canonical form changes nothing.
  r = run_cli({"fmt", "-"}, kCanonical);
  CHECK(r.out == kCanonical);
}

TEST_CASE("cfnpp fmt --to converts between YAML and JSON", "[fmt]") {
  auto r = run_cli({"fmt", "--to", "json", "-"}, kMessy);
  CHECK(r.code == 0);
  CHECK(r.out ==
        "{\n  \"AWSTemplateFormatVersion\": \"2010-09-09\",\n  \"Description\": \"A queue\",\n  \"Resources\": {\n"
        "    \"Queue\": {\n      \"Type\": \"AWS::SQS::Queue\",\n      \"Properties\": {\n"
        "        \"VisibilityTimeout\": 30,\n        \"QueueName\": {\n          \"Fn::Sub\": \"${AWS::StackName}-q\"\n"
        "        }\n      }\n    }\n  }\n}\n");
  const std::string json = r.out;
  r = run_cli({"fmt", "-"}, json);  // a JSON input stays JSON
  CHECK(r.out == json);
  r = run_cli({"fmt", "--to=yaml", "-"}, json);
  CHECK(r.out == kCanonical);
  r = run_cli({"fmt", "--to", "toml", "-"}, json);
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: fmt: --to must be yaml or json, not 'toml'\n");
}

TEST_CASE("cfnpp fmt -w rewrites files in place and leaves canonical files alone", "[fmt]") {
  cfn::test::TempDir dir;
  const auto a = dir / "a.yaml";
  const auto b = dir / "b.yaml";
  cfn::write_file_atomically(a, kMessy);
  cfn::write_file_atomically(b, kCanonical);
  const auto b_time = fs::last_write_time(b);
  auto r = run_cli({"fmt", "-w", a.string(), b.string()});
  CHECK(r.code == 0);
  CHECK(r.out.empty());
  CHECK(r.err.empty());
  CHECK(cfn::read_file(a) == kCanonical);
  CHECK(cfn::read_file(b) == kCanonical);
  CHECK(fs::last_write_time(b) == b_time);  // not rewritten
}

TEST_CASE("cfnpp fmt --check names the files that are not canonical and writes nothing", "[fmt]") {
  cfn::test::TempDir dir;
  const auto a = dir / "a.yaml";
  const auto b = dir / "b.yaml";
  cfn::write_file_atomically(a, kMessy);
  cfn::write_file_atomically(b, kCanonical);
  auto r = run_cli({"fmt", "--check", a.string(), b.string()});
  CHECK(r.code == 1);
  CHECK(r.out == a.string() + "\n");
  CHECK(cfn::read_file(a) == kMessy);
  r = run_cli({"fmt", "--check", b.string()});
  CHECK(r.code == 0);
  CHECK(r.out.empty());
  // A canonical YAML file is not canonical JSON.
  r = run_cli({"fmt", "--check", "--to", "json", b.string()});
  CHECK(r.code == 1);
}

TEST_CASE("cfnpp fmt refuses -w on a file with comments unless --force", "[fmt]") {
  cfn::test::TempDir dir;
  const auto a = dir / "a.yaml";
  cfn::write_file_atomically(a, kWithComment);
  auto r = run_cli({"fmt", "-w", a.string()});
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: " + a.string() +
                     ": has comments, which fmt cannot keep; not rewritten (--force rewrites it without them)\n");
  CHECK(cfn::read_file(a) == kWithComment);
  r = run_cli({"fmt", "-w", "--force", a.string()});
  CHECK(r.code == 0);
  CHECK(cfn::read_file(a) == kCanonical);
  // Printing warns; --check lists it (comments are never canonical).
  r = run_cli({"fmt", "-"}, kWithComment);
  CHECK(r.code == 0);
  CHECK(r.out == kCanonical);
  CHECK(r.err == "cfnpp: -: warning: the comments are not kept\n");
  r = run_cli({"fmt", "--help"});
  CHECK(r.out.find("COMMENTS ARE LOST") != std::string::npos);
}

TEST_CASE("cfnpp fmt -w: a failed write leaves the original intact", "[fmt]") {
  cfn::test::TempDir dir;
  // The temporary file (".NAME.tmp.XXXXXX", beside the target) cannot be
  // created when NAME is 250 bytes long: past NAME_MAX, which stops root too.
  const auto long_name = dir / (std::string(245, 'x') + ".yaml");
  std::ofstream(long_name) << kMessy;
  auto r = run_cli({"fmt", "-w", long_name.string()});
  CHECK(r.code == 2);
  CHECK(r.err.starts_with("cfnpp: " + long_name.string() + ": cannot create a temporary file in "));
  CHECK(cfn::read_file(long_name) == kMessy);

  // A read-only directory (root is not stopped by that).
  const auto sub = dir / "ro";
  fs::create_directory(sub);
  const auto a = sub / "a.yaml";
  cfn::write_file_atomically(a, kMessy);
  fs::permissions(sub, fs::perms::owner_read | fs::perms::owner_exec);
  r = run_cli({"fmt", "-w", a.string()});
  fs::permissions(sub, fs::perms::owner_all);
  if (::geteuid() != 0) {
    CHECK(r.code == 2);
    CHECK(r.err.starts_with("cfnpp: " + a.string() + ": "));
    CHECK(cfn::read_file(a) == kMessy);
  } else {
    CHECK(r.code == 0);
  }
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(sub)) ++files;
  CHECK(files == 1);  // no temporary file left behind
}

TEST_CASE("cfnpp fmt usage and input errors exit 2", "[fmt]") {
  cfn::test::TempDir dir;
  const auto a = dir / "a.yaml";
  const auto bad = dir / "bad.yaml";
  cfn::write_file_atomically(a, kMessy);
  cfn::write_file_atomically(bad, "Resources: {A: [1, 2}\n");
  auto r = run_cli({"fmt", a.string(), a.string()});
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: fmt: printing takes one FILE; use -w to rewrite several, or --check\n");
  r = run_cli({"fmt", "-w", "-"}, kMessy);
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: fmt: -w cannot rewrite standard input\n");
  r = run_cli({"fmt", "-w", "--check", a.string()});
  CHECK(r.code == 2);
  r = run_cli({"fmt", "--force", a.string()});
  CHECK(r.code == 2);
  r = run_cli({"fmt"});
  CHECK(r.code == 2);
  // A bad file is reported with its position; the other files are still done.
  r = run_cli({"fmt", "-w", bad.string(), a.string()});
  CHECK(r.code == 2);
  CHECK(r.err.starts_with("cfnpp: " + bad.string() + ":1:"));
  CHECK(cfn::read_file(a) == kCanonical);
  r = run_cli({"fmt", "/no/such/file.yaml"});
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: /no/such/file.yaml: cannot open: No such file or directory\n");
}

TEST_CASE("cfnpp fmt keeps the last of duplicate keys, as CloudFormation does, and says so", "[fmt]") {
  const auto r = run_cli({"fmt", "-"}, "Resources:\n  Q: {Type: AWS::SQS::Queue}\n  Q: {Type: AWS::SNS::Topic}\n");
  CHECK(r.code == 0);
  CHECK(r.out == "Resources:\n  Q:\n    Type: AWS::SNS::Topic\n");
  CHECK(r.err ==
        "cfnpp: -:3:3: warning: duplicate key 'Q' (first at line 2): the last value is kept, as "
        "CloudFormation does\n");
}
