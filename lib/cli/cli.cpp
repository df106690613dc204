#include "cli/cli.hpp"

#include <iostream>
#include <vector>

#include "cfn/file.hpp"
#include "cfn/version.hpp"
#include "cli/options.hpp"
#include "text/terminal_text.hpp"

namespace cfn::detail::cli {
namespace {

struct Command {
  std::string_view name;
  std::string_view summary;
  int (*run)(std::span<const std::string>, Io&);
};

constexpr Command kCommands[] = {
    {"sub", "escape a script for Fn::Sub and print it as a YAML !Sub block", run_sub},
    {"diff", "compare two templates: what an update replaces, loses or changes (exit 1 on changes)", run_diff},
    {"fmt", "rewrite templates in canonical form (--check for CI; comments are lost)", run_fmt},
    {"graph", "draw a template: resources and their references as DOT, Mermaid or SVG", run_graph},
    {"lint", "check templates: references, limits, schema, risky settings (exit 1 on errors)", run_lint},
    {"split", "split a template past CloudFormation's quotas into a parent and nested stacks", run_split},
    {"import", "print the C++ program that builds a template with cfnpp (exit 1 on parts left out)", run_import},
};

void print_usage(std::ostream& os) {
  os << "usage: cfnpp <command> [options] [args]\n\n"
        "cfnpp builds, checks and compares AWS CloudFormation templates.\n\n"
        "commands:\n";
  for (const Command& c : kCommands) os << "  " << c.name << std::string(10 - c.name.size(), ' ') << c.summary << '\n';
  os << "\n'cfnpp <command> --help' describes a command. Exit codes: 0 success (diff: no change),\n"
        "1 findings (lint: an error; diff: changes; fmt --check: files not canonical), 2 usage or input error.\n";
}

}  // namespace

std::optional<Arguments> parse_options(OptionSet& options, std::string_view command, std::span<const std::string> args,
                                       Io& io) {
  options.flag("h,help", "show this help");
  std::vector<const char*> argv{"cfnpp"};
  for (const std::string& a : args) argv.push_back(a.c_str());
  try {
    Arguments result = options.parse(static_cast<int>(argv.size()), argv.data());
    if (result.count("help")) {
      io.out << options.help();
      return std::nullopt;
    }
    return result;
  } catch (const OptionError& e) {
    throw UsageError(std::string(command) + ": " + e.what() + " (see 'cfnpp " + std::string(command) + " --help')");
  }
}

void print_error(Io& io, std::string_view message) {
  io.err << "cfnpp: " << detail::strings::terminal_safe(message) << '\n';
}

std::string read_input(const std::string& path, Io& io) {
  try {
    return path == "-" ? read_stream(io.in, "-") : read_file(path);
  } catch (const Error& e) {
    throw UsageError(e.what());
  }
}

int run(std::span<const std::string> args, Io& io) {
  if (args.empty()) {
    print_usage(io.err);
    return kUsage;
  }
  const std::string& first = args.front();
  if (first == "-h" || first == "--help" || first == "help") {
    print_usage(io.out);
    return kOk;
  }
  if (first == "--version") {
    io.out << "cfnpp " << kVersion << '\n';
    return kOk;
  }
  for (const Command& c : kCommands) {
    if (c.name != first) continue;
    try {
      return c.run(args.subspan(1), io);
    } catch (const Error& e) {  // UsageError and input errors alike
      print_error(io, e.what());
      return kUsage;
    }
  }
  print_error(io, "unknown command '" + first + "'");
  io.err << '\n';
  print_usage(io.err);
  return kUsage;
}

}  // namespace cfn::detail::cli
