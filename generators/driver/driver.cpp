#include "driver.hpp"

#include <filesystem>
#include <iostream>

#include "cfn/build.hpp"
#include "cfn/error.hpp"
#include "cfn/stack_set.hpp"

namespace cfn::driver {
namespace {

constexpr int kUsage = 2;

}  // namespace

void add_common_options(cxxopts::Options& options) {
  options.add_options()  //
      ("o,output",
       "write to FILE (atomically) instead of standard output; for a template past one stack's quotas (a fleet), "
       "the directory to write its parent and nested stacks to",
       cxxopts::value<std::string>(), "FILE|DIR")                                       //
      ("format", "yaml or json", cxxopts::value<std::string>()->default_value("yaml"))  //
      ("stack-set",
       "wrap the stack in an AWS::CloudFormation::StackSet (service-managed: target OUs and regions "
       "are its parameters)")  //
      ("h,help", "show this help");
}

void add_fleet_options(cxxopts::Options& options) {
  options.add_options("fleet")  //
      ("instances", "a fleet of N instances (Instance1 ... InstanceN) sharing one network",
       cxxopts::value<std::size_t>(), "N")  //
      ("fleet",
       "a fleet of the instances FILE lists (YAML or JSON: name, availability_zone, instance_type, "
       "volume_size, tags)",
       cxxopts::value<std::string>(), "FILE");
}

std::optional<patterns::Fleet> fleet_option(const cxxopts::ParseResult& result) {
  if (result.count("instances") && result.count("fleet")) throw Error("give --instances or --fleet, not both");
  if (result.count("instances")) return patterns::numbered_fleet(result["instances"].as<std::size_t>());
  if (result.count("fleet")) return patterns::read_fleet(std::filesystem::path(result["fleet"].as<std::string>()));
  return std::nullopt;
}

int run(cxxopts::Options& options, int argc, char** argv,
        const std::function<Template(const cxxopts::ParseResult&)>& build) {
  const std::string name = options.program();
  const auto fail = [&](const std::string& message) {
    std::cerr << name << ": " << message << '\n';
    return kUsage;
  };
  try {
    const auto result = options.parse(argc, argv);
    if (result.count("help")) {
      std::cout << options.help();
      return 0;
    }
    if (!result.unmatched().empty()) return fail("unexpected argument '" + result.unmatched().front() + "'");
    const std::string format = result["format"].as<std::string>();
    if (format != "yaml" && format != "json") return fail("--format must be yaml or json, not '" + format + "'");

    // The findings (W1002 when the template is too large to pass inline), then the template.
    const Template stack = build(result);
    return write_split_or_report(result.count("stack-set") ? stack_set(stack) : stack,
                                 result.count("output") ? result["output"].as<std::string>() : "-",
                                 format == "json" ? Format::Json : Format::Yaml, std::cout, std::cerr);
  } catch (const cxxopts::exceptions::exception& e) {
    return fail(std::string(e.what()) + " (see '" + name + " --help')");
  } catch (const Error& e) {
    return fail(e.what());
  }
}

}  // namespace cfn::driver
