// cfnpp diff on the command line: exit codes (0 same, 1 changes, 2 errors),
// messages, formats, colors, and the checked-in Autoheal template.
#include <catch2/catch.hpp>

#include "cfn/file.hpp"
#include "support/diff_helpers.hpp"
#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"
#include "support/terminal_check.hpp"

using cfn::test::pair_file;
using cfn::test::run_cli;

namespace {

const std::string kAutoheal = std::string(CFNPP_SOURCE_DIR) + "/templates/Autoheal.yaml";

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  REQUIRE(text.find(from, at + 1) == std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("cfnpp diff exits 0 without changes and 1 with changes", "[diff][cli]") {
  auto r = run_cli({"diff", pair_file("reorder_old.yaml"), pair_file("reorder_new.json")});
  CHECK(r.code == 0);
  CHECK(r.err.empty());
  CHECK(r.out.starts_with("No changes: "));
  r = run_cli({"diff", pair_file("forms_old.yaml"), pair_file("forms_new.yaml")});
  CHECK(r.code == 0);
  r = run_cli({"diff", "--format=json", pair_file("forms_old.yaml"), pair_file("forms_new.yaml")});
  CHECK(r.code == 0);
  CHECK(r.out.find("\"changed\": false") != std::string::npos);
  r = run_cli({"diff", pair_file("subnet_cidr_old.yaml"), pair_file("subnet_cidr_new.yaml")});
  CHECK(r.code == 1);
  CHECK(r.err.empty());
  CHECK(r.out.find("[~] AWS::EC2::Subnet Subnet: REPLACE\n") != std::string::npos);
}

TEST_CASE("cfnpp diff prints what the library formats", "[diff][cli]") {
  const std::string a = pair_file("rich_old.yaml");
  const std::string b = pair_file("rich_new.yaml");
  cfn::DiffOutputOptions options;
  options.old_name = a;
  options.new_name = b;
  const cfn::Document old_doc = cfn::parse_file(a);
  const cfn::Document new_doc = cfn::parse_file(b);
  options.old_document = &old_doc.root;
  options.new_document = &new_doc.root;
  const auto d = cfn::test::diff_pair("rich_old.yaml", "rich_new.yaml");
  CHECK(run_cli({"diff", a, b}).out == cfn::format_diff(d, cfn::DiffFormat::Text, options));
  CHECK(run_cli({"diff", "--format", "markdown", a, b}).out == cfn::format_diff(d, cfn::DiffFormat::Markdown, options));
  CHECK(run_cli({"diff", "--format=json", a, b}).out == cfn::format_diff(d, cfn::DiffFormat::Json, options));
}

TEST_CASE("cfnpp diff colors: auto follows the terminal, never and always override", "[diff][cli]") {
  const std::string a = pair_file("subnet_cidr_old.yaml");
  const std::string b = pair_file("subnet_cidr_new.yaml");
  CHECK(run_cli({"diff", a, b}).out.find('\x1b') == std::string::npos);  // run_cli's stdout is no terminal
  CHECK(run_cli({"diff", "--color=always", a, b}).out.find("\x1b[") != std::string::npos);
  CHECK(run_cli({"diff", "--color=never", a, b}).out.find('\x1b') == std::string::npos);
  CHECK(run_cli({"diff", "--color=always", "--format=markdown", a, b}).out.find('\x1b') == std::string::npos);

  std::istringstream in;
  std::ostringstream out;
  std::ostringstream err;
  cfn::detail::cli::Io terminal{in, out, err, true};
  const std::vector<std::string> args{"diff", a, b};
  CHECK(cfn::detail::cli::run(args, terminal) == 1);
  CHECK(out.str().find("\x1b[1;31mREPLACE") != std::string::npos);
}

TEST_CASE("cfnpp diff errors exit 2 and name the file, line and column", "[diff][cli]") {
  cfn::test::TempDir dir;
  const auto bad = dir / "bad.yaml";
  cfn::write_file_atomically(bad, "Resources:\n  A: !Bogus x\n");
  auto r = run_cli({"diff", pair_file("in_place_old.yaml"), bad.string()});
  CHECK(r.code == 2);
  CHECK(r.out.empty());
  CHECK(r.err == "cfnpp: " + bad.string() +
                     ":2:6: unknown tag !Bogus; CloudFormation knows only its functions' tags (!Ref, !GetAtt, !Sub, "
                     "!If, ...)\n");

  r = run_cli({"diff", "/no/such/old.yaml", pair_file("in_place_new.yaml")});
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: /no/such/old.yaml: cannot open: No such file or directory\n");

  r = run_cli({"diff", pair_file("in_place_old.yaml")});
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: diff: expected two files, OLD and NEW (see 'cfnpp diff --help')\n");

  r = run_cli({"diff", "--format", "html", pair_file("in_place_old.yaml"), pair_file("in_place_new.yaml")});
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: diff: --format must be text, markdown or json, not 'html'\n");

  r = run_cli({"diff", "--color=sometimes", pair_file("in_place_old.yaml"), pair_file("in_place_new.yaml")});
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: diff: --color must be never, always or auto, not 'sometimes'\n");

  r = run_cli({"diff", "-", "-"});
  CHECK(r.code == 2);
}

TEST_CASE("cfnpp diff reads one side from standard input", "[diff][cli]") {
  const auto r =
      run_cli({"diff", pair_file("subnet_cidr_old.yaml"), "-"}, cfn::read_file(pair_file("subnet_cidr_old.yaml")));
  CHECK(r.code == 0);
}

TEST_CASE("cfnpp diff --help describes the command", "[diff][cli]") {
  const auto r = run_cli({"diff", "--help"});
  CHECK(r.code == 0);
  CHECK(r.out.find("--format") != std::string::npos);
  CHECK(r.out.find("Exit status: 0 no change, 1 changes, 2") != std::string::npos);
  CHECK(run_cli({"--help"}).out.find("diff ") != std::string::npos);
}

TEST_CASE("cfnpp diff of templates/Autoheal.yaml with itself and a modified copy", "[diff][cli][autoheal]") {
  auto r = run_cli({"diff", kAutoheal, kAutoheal});
  CHECK(r.code == 0);

  cfn::test::TempDir dir;
  std::string text = cfn::read_file(kAutoheal);
  // The data volume moves to io2 (an update in place), the subnet's default range changes.
  text = replace_once(text, "      VolumeType: gp3\n      Encrypted: true\n      Tags:",
                      "      VolumeType: io2\n      Iops: 3000\n      Encrypted: true\n      Tags:");
  text = replace_once(text, "    Default: 10.0.5.0/24\n", "    Default: 10.0.6.0/24\n");
  const auto copy = dir / "Autoheal.yaml";
  cfn::write_file_atomically(copy, text);
  r = run_cli({"diff", "--color=never", kAutoheal, copy.string()});
  CHECK(r.code == 1);
  CHECK(r.out.find("Resources: 1 modified; 1 update\n") != std::string::npos);
  CHECK(r.out.find("[~] AWS::EC2::Volume AutohealVolume: update\n"
                   "    [~] Properties.VolumeType: update\n"
                   "        - gp3\n"
                   "        + io2\n"
                   "    [+] Properties.Iops: update\n"
                   "        + 3000\n") != std::string::npos);
  CHECK(r.out.find("Parameters\n[~] SubnetCidr\n    [~] Default\n        - 10.0.5.0/24\n        + 10.0.6.0/24\n") !=
        std::string::npos);
}

TEST_CASE("cfnpp diff never prints a template's control characters: ids, properties, types (issue 11 row 8)",
          "[diff][cli]") {
  cfn::test::TempDir dir;
  const auto old_file = dir / "old.yaml";
  const auto new_file = dir / "new.yaml";
  const std::string evil = "X\\r\\e[2KNo changes.\\e[8m\\u009b";
  cfn::write_file_atomically(old_file, "Resources:\n  Keep:\n    Type: AWS::SNS::Topic\n    Properties:\n      \"" +
                                           evil + "\": 1\n  Gone:\n    Type: \"AWS::SNS::Topic" + evil + "\"\n");
  cfn::write_file_atomically(new_file, "Resources:\n  Keep:\n    Type: AWS::SNS::Topic\n    Properties:\n      \"" +
                                           evil + "\": 2\n  \"" + evil + "\":\n    Type: AWS::SNS::Topic\n");
  for (const std::string format : {"text", "markdown"}) {
    INFO(format);
    const auto r = run_cli({"diff", "--format", format, old_file.string(), new_file.string()});
    CHECK(r.code == 1);
    CHECK(cfn::test::first_control(r.out) == "");
    CHECK(r.out.find("X\\x0D\\x1B[2KNo changes.\\x1B[8m\\x9B") != std::string::npos);
  }
  const auto r = run_cli({"diff", "--color", "always", old_file.string(), new_file.string()});
  CHECK(cfn::test::first_control(r.out, {"\x1b[0m", "\x1b[1m", "\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[36m",
                                         "\x1b[1;31m", "\x1b[1;33m"}) == "");
}
