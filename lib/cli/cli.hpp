// The `cfnpp` command-line tool: one function per subcommand, each taking
// its arguments (without the program and subcommand names) and the streams,
// so tests can run them in process.
#pragma once

#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "cfn/error.hpp"

namespace cfn::detail::cli {

class Arguments;
class OptionSet;

/// Exit codes shared by all subcommands.
enum Exit : int { kOk = 0, kFindings = 1, kUsage = 2 };

struct Io {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  bool out_is_terminal = false;
};

/// A usage or input error: printed as "cfnpp: message", exit code 2.
class UsageError : public Error {
 public:
  using Error::Error;
};

/// Runs the tool; `args` excludes the program name.
int run(std::span<const std::string> args, Io& io);

int run_sub(std::span<const std::string> args, Io& io);
int run_diff(std::span<const std::string> args, Io& io);
int run_graph(std::span<const std::string> args, Io& io);
int run_fmt(std::span<const std::string> args, Io& io);
int run_lint(std::span<const std::string> args, Io& io);
int run_split(std::span<const std::string> args, Io& io);
int run_import(std::span<const std::string> args, Io& io);

// ---- helpers for subcommands ----

/// Parses `args` with `options`. Returns nullopt after printing the help for
/// --help; throws UsageError on unknown options or bad values.
std::optional<Arguments> parse_options(OptionSet& options, std::string_view command, std::span<const std::string> args,
                                       Io& io);

/// Prints "cfnpp: MESSAGE" and a line break on the error stream, the message
/// made terminal-safe (detail::strings::terminal_safe): it may quote the user's text.
void print_error(Io& io, std::string_view message);

/// The content of FILE, or of standard input for "-". Throws UsageError
/// "FILE: reason" when it cannot be read.
std::string read_input(const std::string& path, Io& io);

}  // namespace cfn::detail::cli
