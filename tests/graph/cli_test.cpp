// cfnpp graph on the command line: formats, -o, exit codes, and errors in
// the tool's format ("cfnpp: FILE:LINE:COL: reason", exit 2).
#include <catch2/catch.hpp>

#include "cfn/file.hpp"
#include "support/run_cli.hpp"
#include "support/run_process.hpp"
#include "support/temp_dir.hpp"

using cfn::test::run_cli;

namespace {

const char* const kTopicAndQueue =
    "Resources:\n  Topic: {Type: AWS::SNS::Topic}\n  Queue: {Type: AWS::SQS::Queue, DependsOn: Topic}\n";

}  // namespace

TEST_CASE("cfnpp graph writes DOT by default and Mermaid on request", "[graph][cli]") {
  auto r = run_cli({"graph", "-"}, kTopicAndQueue);
  CHECK(r.code == 0);
  CHECK(r.err.empty());
  CHECK(r.out.starts_with("digraph template {\n"));
  CHECK(r.out.find("  R_Queue -> R_Topic [style=dashed, color=\"#8c959f\"];\n") != std::string::npos);
  r = run_cli({"graph", "--format", "mermaid", "-"}, kTopicAndQueue);
  CHECK(r.code == 0);
  CHECK(r.out.starts_with("flowchart LR\n"));
  CHECK(r.out.find("  R_Queue -.-> R_Topic\n") != std::string::npos);
  r = run_cli({"graph", "--show-parameters", "--show-outputs", "-"},
              "Parameters:\n  N: {Type: String}\nResources:\n  T: {Type: AWS::SNS::Topic, Properties: {TopicName: "
              "!Ref N}}\nOutputs:\n  Arn: {Value: !Ref T}\n");
  CHECK(r.code == 0);
  CHECK(r.out.find("  R_T -> P_N;\n") != std::string::npos);
  CHECK(r.out.find("  O_Arn -> R_T;\n") != std::string::npos);
}

TEST_CASE("cfnpp graph -o writes the file", "[graph][cli]") {
  cfn::test::TempDir dir;
  const auto input = dir / "t.yaml";
  const auto output = dir / "t.mmd";
  cfn::write_file_atomically(input, kTopicAndQueue);
  const auto r = run_cli({"graph", "--format=mermaid", "-o", output.string(), input.string()});
  CHECK(r.code == 0);
  CHECK(r.out.empty());
  CHECK(cfn::read_file(output) == run_cli({"graph", "--format=mermaid", input.string()}).out);
}

TEST_CASE("cfnpp graph errors exit 2 in the tool's format", "[graph][cli]") {
  auto r = run_cli({"graph", "-"}, "Resources:\n  A: !Bogus x\n");
  CHECK(r.code == 2);
  CHECK(r.out.empty());
  CHECK(r.err.starts_with("cfnpp: -:2:6: unknown tag !Bogus"));
  r = run_cli({"graph", "-"}, "Resources: [\n");
  CHECK(r.code == 2);
  CHECK(r.err.starts_with("cfnpp: -:"));
  r = run_cli({"graph", "/no/such/file.yaml"});
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: /no/such/file.yaml: cannot open: No such file or directory\n");
  r = run_cli({"graph"});
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: graph: expected exactly one FILE (or - for standard input)\n");
  r = run_cli({"graph", "--format", "png", "-"}, kTopicAndQueue);
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: graph: --format must be dot, mermaid or svg, not 'png'\n");
  r = run_cli({"graph", "--bogus", "-"}, kTopicAndQueue);
  CHECK(r.code == 2);
  CHECK(r.err.starts_with("cfnpp: graph: Option "));
  r = run_cli({"graph", "-o", "/no/such/dir/out.dot", "-"}, kTopicAndQueue);
  CHECK(r.code == 2);
  CHECK(r.err.starts_with("cfnpp: /no/such/dir/out.dot: "));
}

TEST_CASE("cfnpp graph --format svg without Graphviz's dot on PATH says so and exits 2", "[graph][cli]") {
  cfn::test::TempDir dir;
  const auto input = dir / "t.yaml";
  cfn::write_file_atomically(input, kTopicAndQueue);
  const auto r = cfn::test::run_process(
      {"/usr/bin/env", "PATH=" + dir.path().string(), CFNPP_CLI_PATH, "graph", "--format", "svg", input.string()},
      cfn::test::StdinFrom{});
  CHECK(r.exited);
  CHECK(r.code == 2);
  CHECK(r.out.empty());
  CHECK(r.err ==
        "cfnpp: graph: --format svg runs Graphviz's dot, which is not on PATH (Debian: apt-get install graphviz); "
        "--format dot or mermaid need nothing else\n");
}

#ifdef CFNPP_DOT
TEST_CASE("cfnpp graph --format svg draws with Graphviz's dot", "[graph][cli]") {
  const auto r = run_cli({"graph", "--format", "svg", "-"}, kTopicAndQueue);
  CHECK(r.code == 0);
  CHECK(r.err.empty());
  CHECK(r.out.starts_with("<?xml"));
  CHECK(r.out.find("<title>R_Queue&#45;&gt;R_Topic</title>") != std::string::npos);
}
#endif
