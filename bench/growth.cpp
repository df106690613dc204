// How the inputs of issue 11's attack matrix grow (a measurement, not a test):
//
//   growth [SIZE...]          (default: 10000 100000)
//
// For each size N, in a child process of its own, times:
//   keys fmt     `cfnpp fmt` of a template whose Metadata is a map of N keys
//   keys diff    `cfnpp diff` of that template against one with every tenth value changed
//   renames      `cfnpp diff` of N/10 queues against the same queues, every one renamed
//   spread       `cfnpp diff` of a chain of N/10 parameters, each naming the one before
//                in its Name (Immutable), the first one's Name changed: all replaced
//   sub vars     cfn::escape_for_sub and cfn::check_sub_names of a script with N
//                ${...} (a third declared, a third close to a declared name, a third the shell's)
//   line diff    cfn::diff_lines of two texts of N lines, every hundredth line changed
// and prints each CPU time with its growth factor against the size before:
// a linear path grows about ten times for ten times the size.
#include <cstdio>
#include <filesystem>
#include <string>

#include "cfn/diff.hpp"
#include "cfn/emit.hpp"
#include "cfn/intrinsics.hpp"
#include "cfn/sub.hpp"
#include "harness.hpp"

namespace fs = std::filesystem;

namespace {

constexpr const char* kSteps[] = {"keys fmt", "keys diff", "renames", "spread", "sub vars", "line diff"};

cfn::Value keyed_template(std::size_t keys, bool variant) {
  cfn::Map metadata;
  for (std::size_t i = 0; i < keys; ++i)
    metadata["Key" + std::to_string(i)] = variant && i % 10 == 0 ? "changed" : "value " + std::to_string(i);
  return cfn::Map{{"Metadata", std::move(metadata)},
                  {"Resources", cfn::Map{{"Topic", cfn::Map{{"Type", "AWS::SNS::Topic"}}}}}};
}

cfn::Value queues(std::size_t count, const char* prefix) {
  cfn::Map resources;
  for (std::size_t i = 0; i < count; ++i)
    resources[prefix + std::to_string(i)] =
        cfn::Map{{"Type", "AWS::SQS::Queue"},
                 {"Properties", cfn::Map{{"QueueName", "queue-" + std::to_string(i)}, {"DelaySeconds", 5}}}};
  return cfn::Map{{"Resources", std::move(resources)}};
}

// P0 is named `first`; P<i> is named after P<i-1>.
cfn::Value parameter_chain(std::size_t count, const char* first) {
  cfn::Map resources;
  for (std::size_t i = 0; i < count; ++i) {
    cfn::Value name = i == 0 ? cfn::Value(first) : cfn::Value(cfn::sub("${P" + std::to_string(i - 1) + "}-next"));
    resources["P" + std::to_string(i)] =
        cfn::Map{{"Type", "AWS::SSM::Parameter"},
                 {"Properties", cfn::Map{{"Name", std::move(name)}, {"Type", "String"}, {"Value", "v"}}}};
  }
  return cfn::Map{{"Resources", std::move(resources)}};
}

double write(const fs::path& file, const cfn::Value& document) {
  const std::string text = cfn::to_yaml(document);
  bench::write_file(file, text);
  return static_cast<double>(text.size()) / 1e6;
}

double measure(std::size_t size, std::span<double> times, const fs::path& dir) {
  const fs::path keys_old = dir / "keys-old.yaml";
  const fs::path keys_new = dir / "keys-new.yaml";
  double megabytes = write(keys_old, keyed_template(size, false));
  write(keys_new, keyed_template(size, true));
  times[0] = bench::time_cli({"fmt", keys_old.string()});
  times[1] = bench::time_cli({"diff", keys_old.string(), keys_new.string()});

  const fs::path queues_old = dir / "queues-old.yaml";
  const fs::path queues_new = dir / "queues-new.yaml";
  megabytes += write(queues_old, queues(size / 10, "Queue"));
  write(queues_new, queues(size / 10, "Renamed"));
  times[2] = bench::time_cli({"diff", queues_old.string(), queues_new.string()});

  const fs::path chain_old = dir / "chain-old.yaml";
  const fs::path chain_new = dir / "chain-new.yaml";
  megabytes += write(chain_old, parameter_chain(size / 10, "first"));
  write(chain_new, parameter_chain(size / 10, "renamed"));
  times[3] = bench::time_cli({"diff", chain_old.string(), chain_new.string()});

  cfn::SubNames names;
  std::string script = "#!/bin/bash\n";
  for (std::size_t i = 0; i < size; ++i) {
    const std::string n = std::to_string(i);
    if (i % 3 == 0) names.add("Param" + n);
    script += i % 3 == 0 ? "echo ${Param" + n + "}\n" : i % 3 == 1 ? "echo ${Parom" + n + "}\n" : "echo ${HOME}\n";
  }
  auto start = bench::now();
  const std::string escaped = cfn::escape_for_sub(script, names);
  const auto problems = cfn::check_sub_names(script, names);
  times[4] = bench::seconds_since(start);
  if (escaped.empty() || problems.empty()) std::exit(2);

  std::string old_text;
  std::string new_text;
  for (std::size_t i = 0; i < size; ++i) {
    const std::string line = "line " + std::to_string(i) + " of the text\n";
    old_text += line;
    new_text += i % 100 == 50 ? "changed " + line : line;
  }
  start = bench::now();
  const auto lines = cfn::diff_lines(old_text, new_text);
  times[5] = bench::seconds_since(start);
  if (lines.size() < size) std::exit(2);
  return megabytes;
}

}  // namespace

int main(int argc, char** argv) {
  const fs::path dir = fs::temp_directory_path() / ("cfnpp-growth-" + std::to_string(getpid()));
  fs::create_directories(dir);
  const int code = bench::run("growth", "N", bench::sizes(argc, argv, {10000, 100000}), kSteps,
                              [&](std::size_t size, std::span<double> times) { return measure(size, times, dir); });
  fs::remove_all(dir);
  return code;
}
