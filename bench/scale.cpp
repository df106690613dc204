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
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "cfn/canonical.hpp"
#include "cfn/emit.hpp"
#include "cfn/lint.hpp"
#include "cfn/split.hpp"
#include "cfn/template.hpp"
#include "cli/cli.hpp"
#include "harness.hpp"

namespace fs = std::filesystem;

namespace {

constexpr const char* kSteps[] = {"build", "validate", "emit", "split", "lint", "fmt", "diff"};
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

// Runs one size: its step times; returns the megabytes of its YAML.
double measure(std::size_t size, std::span<double> times, const fs::path& dir) {
  auto start = bench::now();
  cfn::Template t = mixed_template(size, false);
  times[0] = bench::seconds_since(start);

  start = bench::now();
  cfn::Value document = cfn::canonicalize(t.to_value());
  const std::vector<cfn::Finding> findings = cfn::lint(document);
  times[1] = bench::seconds_since(start);

  start = bench::now();
  const std::string text = cfn::to_yaml(cfn::canonicalize(t.to_value()));
  times[2] = bench::seconds_since(start);

  start = bench::now();
  const cfn::SplitResult pieces = cfn::split(document);
  std::size_t split_bytes = cfn::to_yaml(pieces.parent).size();
  for (const cfn::NestedStack& child : pieces.children) split_bytes += cfn::to_yaml(child.document).size();
  times[3] = bench::seconds_since(start);
  if (split_bytes == 0) std::exit(2);

  const fs::path old_file = dir / ("old-" + std::to_string(size) + ".yaml");
  const fs::path new_file = dir / ("new-" + std::to_string(size) + ".yaml");
  bench::write_file(old_file, text);
  bench::write_file(new_file, cfn::to_yaml(cfn::canonicalize(mixed_template(size, true).to_value())));

  times[4] = bench::time_cli({"lint", old_file.string()});
  times[5] = bench::time_cli({"fmt", old_file.string()});
  times[6] = bench::time_cli({"diff", old_file.string(), new_file.string()});
  return static_cast<double>(text.size()) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
  const fs::path dir = fs::temp_directory_path() / ("cfnpp-scale-" + std::to_string(getpid()));
  fs::create_directories(dir);
  const int code = bench::run("scale", "resources", bench::sizes(argc, argv, {1000, 10000, 100000}), kSteps,
                              [&](std::size_t size, std::span<double> times) { return measure(size, times, dir); });
  fs::remove_all(dir);
  return code;
}
