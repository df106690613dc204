#include "driver.hpp"

#include <iostream>

#include "cfn/emit.hpp"
#include "cfn/error.hpp"
#include "cfn/file.hpp"
#include "cfn/limits.hpp"

namespace cfn::driver {
namespace {

constexpr int kUsage = 2;

}  // namespace

void add_common_options(cxxopts::Options& options) {
  options.add_options()                                                                                             //
      ("o,output", "write to FILE (atomically) instead of standard output", cxxopts::value<std::string>(), "FILE")  //
      ("format", "yaml or json", cxxopts::value<std::string>()->default_value("yaml"))                              //
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

    const std::string text = emit(build(result), format == "json" ? Format::Json : Format::Yaml);
    if (text.size() > limits::kInlineBodyBytes)
      std::cerr << name << ": note: the template is " << text.size() << " bytes, over the " << limits::kInlineBodyBytes
                << " bytes CloudFormation takes inline: deploy it from S3 (aws cloudformation deploy --s3-bucket "
                   "BUCKET ...)\n";
    if (result.count("output")) {
      write_file_atomically(result["output"].as<std::string>(), text);
    } else {
      std::cout << text << std::flush;
      if (!std::cout) return fail("cannot write to standard output");
    }
    return 0;
  } catch (const cxxopts::exceptions::exception& e) {
    return fail(std::string(e.what()) + " (see '" + name + " --help')");
  } catch (const Error& e) {
    return fail(e.what());
  }
}

}  // namespace cfn::driver
