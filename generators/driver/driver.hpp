// What the stack drivers (generators/*/main.cpp) share: parsing the command
// line (cli/options.hpp: --help, -o, --format), and writing the template as YAML
// or JSON to standard output or atomically to a file with
// cfn::write_or_report (its findings printed as cfnpp lint prints them,
// exit 1 on an error); usage errors are "NAME: reason", exit 2.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "cfn/patterns/fleet.hpp"
#include "cfn/template.hpp"
#include "cli/options.hpp"

namespace cfn::driver {

using detail::cli::Arguments;
using detail::cli::OptionSet;

/// Adds -o/--output, --format, --stack-set and -h/--help to `options`.
void add_common_options(OptionSet& options);

/// Adds --instances N and --fleet FILE, for a driver that builds fleets.
void add_fleet_options(OptionSet& options);

/// The fleet --instances or --fleet asks for; none when neither is given.
/// Throws cfn::Error for both, a count out of range or a file that is not a
/// fleet (cfn::ParseError "FILE:LINE:COL: reason").
[[nodiscard]] std::optional<patterns::Fleet> fleet_option(const Arguments& result);

/// Parses the command line, then writes the template `build(result)` returns.
/// Returns the exit code: 0; 1 when the template has errors (printed, nothing
/// written); 2 after printing "NAME: reason" (a usage error, an invalid
/// option) or "PATH: reason" (an output that cannot be written). Warnings
/// are printed (W1002 when it is over the 51,200-byte inline limit: deploy
/// it from S3) and the template is written. A template past one stack's
/// quotas (a fleet) is written split into nested stacks, in the directory
/// -o names (cfn::write_split_or_report).
int run(OptionSet& options, int argc, char** argv, const std::function<Template(const Arguments&)>& build);

}  // namespace cfn::driver
