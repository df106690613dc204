// cfnpp sub: turn a script into the YAML of an Fn::Sub (or a plain literal
// block when it substitutes nothing), escaping every ${...} that is not a
// declared name; an undeclared CloudFormation name (${AWS::Regoin}) is an
// error, a plain ${Name} close to a declared one a warning.
#include <ostream>

#include "cfn/emit.hpp"
#include "cfn/limits.hpp"
#include "cfn/sub.hpp"
#include "cli/cli.hpp"
#include "cli/options.hpp"
#include "text/position.hpp"
#include "text/utf8.hpp"

namespace cfn::detail::cli {

int run_sub(std::span<const std::string> args, Io& io) {
  OptionSet options("cfnpp sub",
                    "Print a script (user data, inline Lambda code) as a YAML !Sub block.\n"
                    "Every ${...} that is not a declared name is escaped as ${!...}, so CloudFormation\n"
                    "passes it through; pseudo parameters (${AWS::Region}...) are always declared.\n"
                    "A name with :: or . is CloudFormation's (bash rejects it): undeclared, it is an\n"
                    "error (exit 2); a ${Name} close to a declared name and never assigned, a warning.");
  options.texts("var", "a name the script substitutes: a parameter or a Sub variable (repeatable)")
      .texts("resource", "a resource the script substitutes, with its attributes (${Res}, ${Res.Attr}) (repeatable)")
      .positional("file", "the script", "FILE|-");
  const auto parsed = parse_options(options, "sub", args, io);
  if (!parsed) return kOk;
  const auto& result = *parsed;
  if (!result.count("file") || result.texts("file").size() != 1)
    throw UsageError("sub: expected exactly one FILE (or - for standard input)");

  const std::string path = result.texts("file").front();
  SubNames names;
  for (const auto& [option, add] : {std::pair{"var", &SubNames::add}, std::pair{"resource", &SubNames::add_resource}}) {
    if (!result.count(option)) continue;
    for (const auto& name : result.texts(option)) {
      try {
        (names.*add)(name);
      } catch (const Error& e) {
        throw UsageError(std::string("sub: --") + option + ": " + e.what());
      }
    }
  }

  const std::string script = read_input(path, io);
  const auto located = [&](std::size_t line, std::size_t column, std::string_view reason) {
    return UsageError(path + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + std::string(reason));
  };
  if (const auto bad = detail::strings::find_invalid_utf8(script)) {
    const detail::strings::Position at = detail::strings::position_at(script, *bad);
    throw located(at.line, at.column, "not valid UTF-8");
  }
  // The names given are all the script may use: an undeclared CloudFormation
  // name is an error here, not left for a template to catch.
  bool undeclared = false;
  for (const SubNameProblem& problem : check_sub_names(script, names)) {
    const bool error = problem.severity == SubNameProblem::Severity::Error;
    const detail::strings::Position at = detail::strings::position_at(script, problem.offset);
    print_error(io, path + ':' + std::to_string(at.line) + ':' + std::to_string(at.column) + ": " +
                        (error ? "" : "warning: ") + problem.message);
    undeclared = undeclared || error;
  }
  if (undeclared) return kUsage;
  try {
    io.out << to_yaml(sub_text(script, names));
  } catch (const SubError& e) {
    throw located(e.line(), e.column(), e.reason());
  } catch (const Error& e) {
    throw UsageError(path + ": " + e.what());
  }
  if (script.size() > limits::kUserDataBytes)
    print_error(io, path + ": warning: " + std::to_string(script.size()) + " bytes is over the " +
                        std::to_string(limits::kUserDataBytes) + "-byte EC2 user-data limit");
  return kOk;
}

}  // namespace cfn::detail::cli
