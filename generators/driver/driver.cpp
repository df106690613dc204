#include "driver.hpp"

#include <iostream>

#include "cfn/build.hpp"
#include "cfn/error.hpp"
#include "cfn/stack_set.hpp"

namespace cfn::driver {
namespace {

constexpr int kUsage = 2;

}  // namespace

void add_common_options(cxxopts::Options& options) {
  options.add_options()                                                                                             //
      ("o,output", "write to FILE (atomically) instead of standard output", cxxopts::value<std::string>(), "FILE")  //
      ("format", "yaml or json", cxxopts::value<std::string>()->default_value("yaml"))                              //
      ("stack-set",
       "wrap the stack in an AWS::CloudFormation::StackSet (service-managed: target OUs and regions "
       "are its parameters)")  //
      ("h,help", "show this help");
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
    return write_or_report(result.count("stack-set") ? stack_set(stack) : stack,
                           result.count("output") ? result["output"].as<std::string>() : "-",
                           format == "json" ? Format::Json : Format::Yaml);
  } catch (const cxxopts::exceptions::exception& e) {
    return fail(std::string(e.what()) + " (see '" + name + " --help')");
  } catch (const Error& e) {
    return fail(e.what());
  }
}

}  // namespace cfn::driver
