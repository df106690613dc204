// Suppression as cfn-lint has it: Metadata ignore_checks at the template and
// the resource level, LintOptions::ignore_checks (cfnpp lint --ignore), codes
// and their prefixes; a suppressed finding is counted, not lost.
#include <catch2/catch.hpp>
#include <string>

#include "cfn/lint.hpp"
#include "cfn/parse.hpp"
#include "support/run_cli.hpp"

using cfn::test::run_cli;

namespace {

// Two resources with the same mistake (E3005, a DependsOn to nothing) and a
// warning (W3907, a custom resource without ServiceTimeout); `metadata` is
// spliced in at the template level, `queue_metadata` into Queue.
std::string stack(const std::string& metadata, const std::string& queue_metadata = "") {
  return metadata +
         "Resources:\n"
         "  Topic:\n"
         "    Type: AWS::SNS::Topic\n"
         "    DependsOn: Nothing\n"
         "  Queue:\n"
         "    Type: AWS::SQS::Queue\n"
         "    DependsOn: Nowhere\n" +
         queue_metadata +
         "  Custom:\n"
         "    Type: Custom::Thing\n"
         "    Properties:\n"
         "      ServiceToken: arn:aws:lambda:us-east-1:123456789012:function:f\n";
}

std::vector<std::string> codes_and_lines(const std::vector<cfn::Finding>& findings) {
  std::vector<std::string> out;
  for (const cfn::Finding& f : findings) out.push_back(std::string(f.code) + "@" + std::to_string(f.mark.line));
  return out;
}

cfn::LintReport report(const std::string& text, cfn::LintOptions options = {}) {
  return cfn::lint_report(cfn::parse_document(text, "stack.yaml"), options);
}

}  // namespace

TEST_CASE("lint suppression: without ignore_checks every finding is reported") {
  const auto r = report(stack(""));
  CHECK(codes_and_lines(r.findings) == std::vector<std::string>{"E3005@4", "E3005@7", "W3907@11", "W1055@11"});
  CHECK(r.suppressed.empty());
}

TEST_CASE("lint suppression: template Metadata ignore_checks suppresses the code everywhere") {
  const auto r = report(stack("Metadata:\n  cfn-lint:\n    config:\n      ignore_checks: [E3005]\n"));
  CHECK(codes_and_lines(r.findings) == std::vector<std::string>{"W3907@15", "W1055@15"});
  CHECK(codes_and_lines(r.suppressed) == std::vector<std::string>{"E3005@8", "E3005@11"});
  CHECK(cfn::lint(cfn::parse_document(stack("Metadata: {cfn-lint: {config: {ignore_checks: E3005}}}\n"), "s.yaml"))
            .size() == 2);  // one string, as cfn-lint reads it
}

TEST_CASE("lint suppression: resource Metadata ignore_checks suppresses only inside that resource") {
  const auto r =
      report(stack("", "    Metadata:\n      cfn-lint:\n        config:\n          ignore_checks: [E3005, W3907]\n"));
  CHECK(codes_and_lines(r.findings) == std::vector<std::string>{"E3005@4", "W3907@15", "W1055@15"});
  CHECK(codes_and_lines(r.suppressed) == std::vector<std::string>{"E3005@7"});
}

TEST_CASE("lint suppression: options and Metadata take prefixes, as cfn-lint does") {
  CHECK(codes_and_lines(report(stack(""), {.ignore_checks = {"W"}}).findings) ==
        std::vector<std::string>{"E3005@4", "E3005@7"});
  const auto r = report(stack(""), {.ignore_checks = {"W39", "E30"}});
  CHECK(codes_and_lines(r.findings) == std::vector<std::string>{"W1055@11"});
  CHECK(r.suppressed.size() == 3);
  CHECK(report(stack("Metadata: {cfn-lint: {config: {ignore_checks: [W1]}}}\n")).suppressed.size() == 1);
  CHECK(report(stack(""), {.ignore_checks = {""}}).suppressed.empty());  // an empty entry is no prefix of everything
}

TEST_CASE("lint suppression: cfnpp lint --ignore, the exit code and the summary") {
  const std::string file = std::string(CFNPP_SOURCE_DIR) + "/tests/lint/bad/E3005_depends_on.yaml";
  const auto plain = run_cli({"lint", file});
  CHECK(plain.code == 1);
  CHECK(plain.err == "cfnpp lint: 2 errors, 0 warnings, 0 suppressed\n");
  const auto ignored = run_cli({"lint", "--ignore", "W3907,E3005", file});
  CHECK(ignored.code == 0);
  CHECK(ignored.out.empty());
  CHECK(ignored.err == "cfnpp lint: 0 errors, 0 warnings, 2 suppressed\n");
  CHECK(run_cli({"lint", "--ignore", "W", "--ignore", "E3", file}).err ==
        "cfnpp lint: 0 errors, 0 warnings, 2 suppressed\n");  // repeatable
  const auto bad = run_cli({"lint", "--ignore", "e3005", file});
  CHECK(bad.code == 2);
  CHECK(bad.err == "cfnpp: lint: --ignore takes rule codes or their prefixes (E3012, W39, W), not 'e3005'\n");
}

TEST_CASE("lint suppression: Metadata suppression counts in the summary of every format") {
  const std::string text = stack("Metadata: {cfn-lint: {config: {ignore_checks: [E3005, W1055]}}}\n");
  for (const char* format : {"text", "json", "sarif", "junit"}) {
    const auto r = run_cli({"lint", "--format", format, "-"}, text);
    INFO(format);
    CHECK(r.code == 0);
    CHECK(r.err == "cfnpp lint: 0 errors, 1 warning, 3 suppressed\n");
  }
}
