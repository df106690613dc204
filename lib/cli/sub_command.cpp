// cfnpp sub: turn a script into the YAML of an Fn::Sub (or a plain literal
// block when it substitutes nothing), escaping every ${...} that is not a
// declared name; an undeclared CloudFormation name (${AWS::Regoin}) is an
// error, a plain ${Name} close to a declared one a warning.
#include <cxxopts.hpp>
#include <ostream>

#include "cfn/emit.hpp"
#include "cfn/limits.hpp"
#include "cfn/sub.hpp"
#include "cli/cli.hpp"
#include "text/position.hpp"
#include "text/utf8.hpp"

namespace cfn::detail::cli {

int run_sub(std::span<const std::string> args, Io& io) {
  cxxopts::Options options("cfnpp sub",
                           "Print a script (user data, inline Lambda code) as a YAML !Sub block.\n"
                           "Every ${...} that is not a declared name is escaped as ${!...}, so CloudFormation\n"
                           "passes it through; pseudo parameters (${AWS::Region}...) are always declared.\n"
                           "A name with :: or . is CloudFormation's (bash rejects it): undeclared, it is an\n"
                           "error (exit 2); a ${Name} close to a declared name and never assigned, a warning.");
  options.positional_help("FILE|-");
  options.add_options()                                                                     //
      ("var", "a name the script substitutes: a parameter or a Sub variable (repeatable)",  //
       cxxopts::value<std::vector<std::string>>())                                          //
      ("resource", "a resource the script substitutes, with its attributes (${Res}, ${Res.Attr}) (repeatable)",
       cxxopts::value<std::vector<std::string>>())  //
      ("file", "the script", cxxopts::value<std::vector<std::string>>());
  options.parse_positional({"file"});
  const auto parsed = parse_options(options, "sub", args, io);
  if (!parsed) return kOk;
  const auto& result = *parsed;
  if (!result.count("file") || result["file"].as<std::vector<std::string>>().size() != 1)
    throw UsageError("sub: expected exactly one FILE (or - for standard input)");

  const std::string path = result["file"].as<std::vector<std::string>>().front();
  SubNames names;
  if (result.count("var"))
    for (const auto& v : result["var"].as<std::vector<std::string>>()) names.add(v);
  if (result.count("resource"))
    for (const auto& r : result["resource"].as<std::vector<std::string>>()) names.add_resource(r);

  const std::string script = read_input(path, io);
  if (const auto bad = detail::strings::find_invalid_utf8(script))
    throw UsageError(path + ": " + detail::strings::describe_position(script, *bad) + ": not valid UTF-8");
  // The names given are all the script may use: an undeclared CloudFormation
  // name is an error here, not left for a template to catch.
  bool undeclared = false;
  for (const SubNameProblem& problem : check_sub_names(script, names)) {
    const bool error = problem.severity == SubNameProblem::Severity::Error;
    io.err << "cfnpp: " << path << ": " << detail::strings::describe_position(script, problem.offset) << ": "
           << (error ? "" : "warning: ") << problem.message << '\n';
    undeclared = undeclared || error;
  }
  if (undeclared) return kUsage;
  try {
    io.out << to_yaml(sub_text(script, names));
  } catch (const Error& e) {
    throw UsageError(path + ": " + e.what());
  }
  if (script.size() > limits::kUserDataBytes)
    io.err << "cfnpp: " << path << ": warning: " << script.size() << " bytes is over the " << limits::kUserDataBytes
           << "-byte EC2 user-data limit\n";
  return kOk;
}

}  // namespace cfn::detail::cli
