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

void add_common_options(OptionSet& options) {
  options
      .text("o,output",
            "write to FILE (atomically) instead of standard output; for a template past one stack's quotas (a fleet), "
            "the directory to write its parent and nested stacks to",
            std::nullopt, "FILE|DIR")
      .text("format", "yaml or json", "yaml")
      .flag("stack-set",
            "wrap the stack in an AWS::CloudFormation::StackSet (service-managed: target OUs and regions "
            "are its parameters)")
      .flag("h,help", "show this help");
}

void add_fleet_options(OptionSet& options) {
  options.group("fleet")
      .count("instances", "a fleet of N instances (Instance1 ... InstanceN) sharing one network", std::nullopt, "N")
      .text("fleet",
            "a fleet of the instances FILE lists (YAML or JSON: name, availability_zone, instance_type, "
            "volume_size, tags)",
            std::nullopt, "FILE")
      .group("");
}

std::optional<patterns::Fleet> fleet_option(const Arguments& result) {
  if (result.count("instances") && result.count("fleet")) throw Error("give --instances or --fleet, not both");
  if (result.count("instances")) return patterns::numbered_fleet(result.number("instances"));
  if (result.count("fleet")) return patterns::read_fleet(std::filesystem::path(result.text("fleet")));
  return std::nullopt;
}

int run(OptionSet& options, int argc, char** argv, const std::function<Template(const Arguments&)>& build) {
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
    const std::string format = result.text("format");
    if (format != "yaml" && format != "json") return fail("--format must be yaml or json, not '" + format + "'");

    // The findings (W1002 when the template is too large to pass inline), then the template.
    const Template stack = build(result);
    return write_split_or_report(result.count("stack-set") ? stack_set(stack) : stack,
                                 result.count("output") ? result.text("output") : "-",
                                 format == "json" ? Format::Json : Format::Yaml, std::cout, std::cerr);
  } catch (const detail::cli::OptionError& e) {
    return fail(std::string(e.what()) + " (see '" + name + " --help')");
  } catch (const Error& e) {
    return fail(e.what());
  }
}

}  // namespace cfn::driver
