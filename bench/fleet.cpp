// How a fleet grows (a measurement, not a test):
//
//   fleet [INSTANCES...]     (default: 10 100 1000)
//
// For each size, in a child process of its own, times each step of the path
// a fleet takes, on CPU time:
//   generate  cfn::patterns::autoheal_fleet (every member's resources)
//   validate  every lint rule on the whole document
//   split     cfn::split into nested stacks within CloudFormation's quotas
//   emit      to_yaml of the parent and every child, written to files
//   lint      `cfnpp lint` of every stack written
//   fmt       `cfnpp fmt --check` of every stack written
//   diff      `cfnpp diff` of every stack against the same stack of the fleet
//             with every tenth member's instance type changed
// and prints each time with its growth factor against the size before, the
// megabytes written and the child's peak memory.
#include <filesystem>

#include "cfn/canonical.hpp"
#include "cfn/emit.hpp"
#include "cfn/lint.hpp"
#include "cfn/patterns/autoheal.hpp"
#include "cfn/split.hpp"
#include "cli/cli.hpp"
#include "harness.hpp"

namespace fs = std::filesystem;

namespace {

constexpr const char* kSteps[] = {"generate", "validate", "split", "emit", "lint", "fmt", "diff"};

cfn::patterns::Fleet fleet_of(std::size_t instances, bool variant) {
  cfn::patterns::Fleet fleet = cfn::patterns::numbered_fleet(instances);
  if (variant)
    for (std::size_t i = 0; i < fleet.members.size(); i += 10) fleet.members[i].instance_type = "t3.small";
  return fleet;
}

// The fleet's stacks as files in `dir`; their names.
std::vector<std::string> write_stacks(const cfn::SplitResult& split, const fs::path& dir) {
  std::vector<std::string> names;
  fs::create_directories(dir);
  for (const cfn::SplitFile& f : cfn::split_files(split)) {
    bench::write_file(dir / f.name, f.text);
    names.push_back(f.name);
  }
  return names;
}

double measure(std::size_t instances, std::span<double> times, const fs::path& dir) {
  double start = bench::now();
  const cfn::Template t = cfn::patterns::autoheal_fleet({}, fleet_of(instances, false));
  times[0] = bench::seconds_since(start);

  start = bench::now();
  cfn::Value document = t.to_value();
  [[maybe_unused]] const std::vector<cfn::Finding> findings = cfn::lint(document);
  times[1] = bench::seconds_since(start);

  start = bench::now();
  cfn::SplitResult split;
  try {
    split = cfn::split(std::move(document));  // as the drivers split (a template's to_value())
  } catch (const cfn::SplitError& e) {        // what cannot be split is reported, and the rest not measured
    std::fprintf(stderr, "fleet: %zu instances: %s\n", instances, e.what());
    for (std::size_t s = 2; s < times.size(); ++s) times[s] = -1;
    return 0;
  }
  times[2] = bench::seconds_since(start);

  start = bench::now();
  const fs::path old_dir = dir / ("old-" + std::to_string(instances));
  const std::vector<std::string> files = write_stacks(split, old_dir);
  times[3] = bench::seconds_since(start);
  double megabytes = 0;
  for (const std::string& f : files) megabytes += static_cast<double>(fs::file_size(old_dir / f)) / 1e6;

  const fs::path new_dir = dir / ("new-" + std::to_string(instances));
  const std::vector<std::string> new_files =
      write_stacks(cfn::split(cfn::patterns::autoheal_fleet({}, fleet_of(instances, true)).to_value()), new_dir);
  if (new_files != files) std::exit(2);  // the same stacks, so that each diff compares a stack with itself
  for (const std::string& f : files) {
    times[4] += bench::time_cli({"lint", (old_dir / f).string()});
    times[5] += bench::time_cli({"fmt", "--check", (old_dir / f).string()});
    times[6] += bench::time_cli({"diff", (old_dir / f).string(), (new_dir / f).string()});
  }
  return megabytes;
}

}  // namespace

int main(int argc, char** argv) {
  const fs::path dir = fs::temp_directory_path() / ("cfnpp-fleet-" + std::to_string(getpid()));
  const int code = bench::run("fleet", "instances", bench::sizes(argc, argv, {10, 100, 1000}), kSteps,
                              [&](std::size_t size, std::span<double> times) { return measure(size, times, dir); });
  fs::remove_all(dir);
  return code;
}
