// Runs the cfnpp tool in process and captures what it prints.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.hpp"

namespace cfn::test {

struct CliResult {
  int code;
  std::string out;
  std::string err;
};

inline CliResult run_cli(std::vector<std::string> args, const std::string& stdin_text = "") {
  std::istringstream in(stdin_text);
  std::ostringstream out;
  std::ostringstream err;
  detail::cli::Io io{in, out, err, false};
  const int code = detail::cli::run(args, io);
  return {code, out.str(), err.str()};
}

}  // namespace cfn::test
