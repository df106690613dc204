// What the stack drivers (generators/*/main.cpp) share: parsing the command
// line with cxxopts (--help, -o, --format), writing the template as YAML or
// JSON to standard output or atomically to a file, saying so when it is too
// large to pass inline, and turning every error into "NAME: reason", exit 2.
#pragma once

#include <cxxopts.hpp>
#include <functional>
#include <string>

#include "cfn/template.hpp"

namespace cfn::driver {

/// Adds -o/--output, --format and -h/--help to `options`.
void add_common_options(cxxopts::Options& options);

/// Parses the command line, then writes the template `build(result)` returns.
/// Returns the exit code: 0, or 2 after printing "NAME: reason" (a usage
/// error, an invalid option, an output that cannot be written). When the
/// template is over CloudFormation's 51,200-byte inline limit it is still
/// written, and a note on standard error says how to deploy it from S3.
int run(cxxopts::Options& options, int argc, char** argv,
        const std::function<Template(const cxxopts::ParseResult&)>& build);

}  // namespace cfn::driver
