// How the whole path grows with the size of a template (a measurement, not a
// test):
//
//   scale [SIZE...]          (default: 1000 10000 100000)
//
// For each size, in a child process of its own (so that its peak memory is
// its own), builds a template of SIZE mixed resources in code (queues,
// topics, subscriptions, buckets, log groups, parameters; each group of five
// refers to itself by Ref, Fn::GetAtt and Fn::Sub), then times:
//   build     cfn::Template calls
//   validate  every lint rule on the built document (what cfn::to_yaml(Template) runs)
//   emit      canonicalize + to_yaml
//   split     cfn::split into nested stacks of at most 500 resources, and to_yaml of every piece
//   lint      `cfnpp lint FILE` (reading, parsing, checking, printing)
//   fmt       `cfnpp fmt FILE` (parse, canonical text, the meaning check)
//   diff      `cfnpp diff OLD NEW`, NEW with a tenth of the groups changed and a
//             hundredth renamed
// and prints each CPU time with its growth factor against the size before it
// (a linear path grows ten times for ten times the size) and the peak
// resident memory of the child.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cfn/canonical.hpp"
#include "cfn/emit.hpp"
#include "cfn/lint.hpp"
#include "cfn/split.hpp"
#include "cfn/template.hpp"
#include "cli/cli.hpp"

namespace fs = std::filesystem;

namespace {

// CPU time of this process, not wall-clock: the machine is shared, and
// other processes' load would otherwise count as ours.
struct Clock {
  using time_point = double;
  static double now() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  }
};

constexpr const char* kSteps[] = {"build", "validate", "emit", "split", "lint", "fmt", "diff"};
constexpr std::size_t kStepCount = std::size(kSteps);

double seconds_since(Clock::time_point start) { return Clock::now() - start; }

// Groups of five resources; `variant` changes every tenth group's queue and
// renames every hundredth group's log group (as a second version would).
cfn::Template mixed_template(std::size_t resources, bool variant) {
  cfn::Template t;
  t.description("A plain template of mixed resources, for bench/scale");
  const cfn::ParameterRef retention = t.add_parameter("RetentionDays", {.type = "Number", .default_value = 14});
  for (std::size_t g = 0; g * 5 < resources; ++g) {
    const std::string n = std::to_string(g);
    const bool changed = variant && g % 10 == 3;
    const bool renamed = variant && g % 100 == 7;
    const cfn::ResourceRef queue = t.add_resource(
        "Queue" + n, "AWS::SQS::Queue", {{"VisibilityTimeout", changed ? 60 : 30}, {"MessageRetentionPeriod", 345600}});
    const cfn::ResourceRef topic =
        t.add_resource("Topic" + n, "AWS::SNS::Topic", {{"TopicName", cfn::sub("${AWS::StackName}-topic-" + n)}});
    t.add_resource("Subscription" + n, "AWS::SNS::Subscription",
                   {{"Protocol", "sqs"}, {"TopicArn", topic.ref()}, {"Endpoint", queue.get_att("Arn")}});
    t.add_resource(
        "Bucket" + n, "AWS::S3::Bucket",
        {{"BucketName", cfn::sub("data-${AWS::AccountId}-${AWS::Region}-" + n)},
         {"Tags", cfn::List{cfn::Map{{"Key", "Group"}, {"Value", n}}}}},
        {.deletion_policy = cfn::DeletionPolicy::Retain, .update_replace_policy = cfn::DeletionPolicy::Retain});
    t.add_resource((renamed ? "Logs" : "LogGroup") + n, "AWS::Logs::LogGroup",
                   {{"LogGroupName", cfn::sub("/app/${" + queue.logical_id() + ".QueueName}")},
                    {"RetentionInDays", retention.ref()}},
                   {.depends_on = {topic}});
  }
  return t;
}

void write_file(const fs::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary);
  out << text;
  if (!out) {
    std::fprintf(stderr, "scale: cannot write %s\n", file.c_str());
    std::exit(2);
  }
}

double time_cli(std::vector<std::string> args) {
  std::istringstream in;
  std::ostringstream out;
  std::ostringstream err;
  cfn::detail::cli::Io io{in, out, err, false};
  const auto start = Clock::now();
  const int code = cfn::detail::cli::run(args, io);
  const double elapsed = seconds_since(start);
  if (code == 2) {
    std::fprintf(stderr, "scale: cfnpp %s failed: %s\n", args[0].c_str(), err.str().c_str());
    std::exit(2);
  }
  return elapsed;
}

// Runs one size and writes its step times, then its peak memory, to `pipe`.
void measure(std::size_t size, const fs::path& dir, int pipe) {
  double times[kStepCount] = {};
  auto start = Clock::now();
  cfn::Template t = mixed_template(size, false);
  times[0] = seconds_since(start);

  start = Clock::now();
  cfn::Value document = cfn::canonicalize(t.to_value());
  const std::vector<cfn::Finding> findings = cfn::lint(document);
  times[1] = seconds_since(start);

  start = Clock::now();
  const std::string text = cfn::to_yaml(cfn::canonicalize(t.to_value()));
  times[2] = seconds_since(start);

  start = Clock::now();
  const cfn::SplitResult pieces = cfn::split(document);
  std::size_t split_bytes = cfn::to_yaml(pieces.parent).size();
  for (const cfn::NestedStack& child : pieces.children) split_bytes += cfn::to_yaml(child.document).size();
  times[3] = seconds_since(start);
  if (split_bytes == 0) std::exit(2);

  const fs::path old_file = dir / ("old-" + std::to_string(size) + ".yaml");
  const fs::path new_file = dir / ("new-" + std::to_string(size) + ".yaml");
  write_file(old_file, text);
  write_file(new_file, cfn::to_yaml(cfn::canonicalize(mixed_template(size, true).to_value())));

  times[4] = time_cli({"lint", old_file.string()});
  times[5] = time_cli({"fmt", old_file.string()});
  times[6] = time_cli({"diff", old_file.string(), new_file.string()});
  if (::write(pipe, times, sizeof times) != static_cast<ssize_t>(sizeof times)) std::exit(2);
  std::size_t bytes = text.size();
  if (::write(pipe, &bytes, sizeof bytes) != static_cast<ssize_t>(sizeof bytes)) std::exit(2);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::size_t> sizes;
  for (int i = 1; i < argc; ++i) sizes.push_back(std::strtoull(argv[i], nullptr, 10));
  if (sizes.empty()) sizes = {1000, 10000, 100000};
  const fs::path dir = fs::temp_directory_path() / ("cfnpp-scale-" + std::to_string(getpid()));
  fs::create_directories(dir);

  std::printf("%-9s %-9s", "resources", "MB");
  for (const char* step : kSteps) std::printf(" %16s", step);
  std::printf(" %9s\n", "peak MB");
  double previous[kStepCount] = {};
  std::size_t previous_size = 0;
  for (const std::size_t size : sizes) {
    int fds[2];
    if (pipe(fds) != 0) return 2;
    const pid_t child = fork();
    if (child == 0) {
      close(fds[0]);
      measure(size, dir, fds[1]);
      _exit(0);
    }
    close(fds[1]);
    double times[kStepCount] = {};
    std::size_t bytes = 0;
    const bool complete = read(fds[0], times, sizeof times) == static_cast<ssize_t>(sizeof times) &&
                          read(fds[0], &bytes, sizeof bytes) == static_cast<ssize_t>(sizeof bytes);
    close(fds[0]);
    int status = 0;
    rusage usage{};
    wait4(child, &status, 0, &usage);
    if (!complete || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      std::fprintf(stderr, "scale: the run of %zu resources failed\n", size);
      return 2;
    }
    std::printf("%-9zu %-9.1f", size, static_cast<double>(bytes) / 1e6);
    for (std::size_t s = 0; s < kStepCount; ++s) {
      char cell[32];
      if (previous_size != 0 && previous[s] > 0)
        std::snprintf(cell, sizeof cell, "%.3f s (x%.1f)", times[s], times[s] / previous[s]);
      else
        std::snprintf(cell, sizeof cell, "%.3f s", times[s]);
      std::printf(" %16s", cell);
      previous[s] = times[s];
    }
    std::printf(" %9.0f\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
    std::fflush(stdout);
    previous_size = size;
  }
  fs::remove_all(dir);
  return 0;
}
