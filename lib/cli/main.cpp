#include <unistd.h>

#include <iostream>
#include <string>
#include <vector>

#include "cli/cli.hpp"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const std::vector<std::string> args(argv + 1, argv + argc);
  cfn::detail::cli::Io io{std::cin, std::cout, std::cerr, ::isatty(STDOUT_FILENO) == 1};
  const int code = cfn::detail::cli::run(args, io);
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "cfnpp: cannot write to standard output\n";
    return cfn::detail::cli::kUsage;
  }
  return code;
}
