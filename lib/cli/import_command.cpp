// cfnpp import: a template as the C++ program that builds it with cfnpp.
#include <ostream>

#include "cfn/parse.hpp"
#include "cli/cli.hpp"
#include "cli/options.hpp"
#include "import/cpp_import.hpp"

namespace cfn::detail::cli {

int run_import(std::span<const std::string> args, Io& io) {
  OptionSet options("cfnpp import",
                    "Print a C++ program that builds FILE (a YAML or JSON template) with cfnpp and prints it\n"
                    "(cfn::write_or_report), for moving a template to code: typed classes of the resource\n"
                    "specification (cfn::aws::ec2::Instance, ec2::LaunchTemplate_LaunchTemplateData...), handles\n"
                    "where a resource, parameter or condition of the template is meant (vpc.ref(), role.Arn()),\n"
                    "user data as a raw string literal through the Fn::Sub escaper (cfn::user_data), and the\n"
                    "parameters, mappings, conditions, rules, outputs and resource attributes. What the typed\n"
                    "classes cannot take (an unknown type or property, a value of another shape) is written in\n"
                    "the raw forms (add_resource, set_property, cfn::Value literals), each with a comment.\n"
                    "A part no builder call can write (an unknown section or attribute) is a NOT IMPORTED\n"
                    "comment in the program and a warning here, and the exit status is 1.\n"
                    "Exit status: 0 the program prints the template again, 1 parts not carried over,\n"
                    "2 unreadable input or usage error. '-' reads standard input.");
  options.positional("file", "the template", "FILE|-");
  const auto parsed = parse_options(options, "import", args, io);
  if (!parsed) return kOk;
  const auto& result = *parsed;
  if (!result.count("file") || result.texts("file").size() != 1)
    throw UsageError("import: expected exactly one FILE (or - for standard input)");
  const std::string path = result.texts("file").front();
  const Document doc =
      parse_document(read_input(path, io),
                     path);  // ParseError (a syntax error, a root that is not a map): "FILE:LINE:COL: reason", exit 2
  const importer::ImportedProgram program = importer::to_cpp(doc);
  io.out << program.code;
  for (const std::string& lost : program.lost) print_error(io, path + ": warning: not imported: " + lost);
  return program.lost.empty() ? kOk : kFindings;
}

}  // namespace cfn::detail::cli
