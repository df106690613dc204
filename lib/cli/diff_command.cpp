// cfnpp diff OLD NEW: what updating a stack built from OLD with NEW would do.
// Exit 0 when the templates mean the same, 1 when they differ, 2 when an
// input cannot be read or parsed ("cfnpp: FILE:LINE:COL: reason") or the
// command is misused, like diff(1).
#include <cstdlib>
#include <ostream>

#include "cfn/diff.hpp"
#include "cfn/intrinsics.hpp"
#include "cfn/parse.hpp"
#include "cli/cli.hpp"
#include "cli/options.hpp"
#include "cli/parameters.hpp"

namespace cfn::detail::cli {
namespace {

Document read_template(const std::string& path, Io& io) {
  const std::string text = read_input(path, io);
  return parse_document(text, path);  // ParseError: "FILE:LINE:COL: reason", exit 2
}

bool declares_parameter(const Value& document, std::string_view name) {
  const Value* parameters = document.is_map() ? document.find("Parameters") : nullptr;
  return parameters != nullptr && parameters->is_map() && parameters->as_map().contains(name);
}

}  // namespace

int run_diff(std::span<const std::string> args, Io& io) {
  OptionSet options(
      "cfnpp diff",
      "Compare two CloudFormation templates (YAML or JSON) by meaning and print what updating a stack\n"
      "built from OLD with NEW would do: resources added, removed and modified, each changed property\n"
      "with its consequence from the resource specification (update in place, may replace, REPLACE, or\n"
      "REJECTED when CloudFormation refuses the change), the resources a replacement reaches through\n"
      "their references (Ref, GetAtt, Sub) with the chain, data lost by removed or replaced resources\n"
      "(DeletionPolicy, UpdateReplacePolicy), and changed parameters, mappings, conditions, outputs,\n"
      "metadata and transforms. Formatting, key order, short/long intrinsic forms and quoting ('80' vs 80)\n"
      "are not changes. Resources come first, in NEW's order (a removed one where it stood in OLD),\n"
      "then the other sections in the user guide's order.\n"
      "With --parameters, the diff is for one deployment: conditions are evaluated with the values given\n"
      "(else each template's Default; pseudo parameters such as AWS::Region only when given), resources\n"
      "and outputs whose condition is false are left out, Fn::If takes its branch and a parameter's Ref its\n"
      "value, so only what changes for that deployment is shown; without it a Condition or Fn::If change\n"
      "is shown as it is written, for every deployment at once.\n"
      "Exit status: 0 no change, 1 changes, 2 unreadable input or usage error. '-' reads standard input.");
  options.text("format", "text, markdown (for pull-request comments) or json", "text")
      .text_or("color", "never, always or auto (text on a terminal, unless NO_COLOR is set)", "auto", "always")
      .texts("parameters",
             "one deployment's parameters: a JSON or YAML FILE as 'aws cloudformation' takes it (a list of "
             "{ParameterKey, ParameterValue}, {\"Parameters\": {KEY: VALUE}} or {KEY: VALUE}; file:// allowed), "
             "KEY=VALUE, or ParameterKey=KEY,ParameterValue=VALUE; repeatable, a later value wins",
             "FILE|KEY=VALUE")
      .positional("files", "templates", "OLD NEW");
  const auto parsed = parse_options(options, "diff", args, io);
  if (!parsed) return kOk;
  const auto& result = *parsed;

  const std::string format_name = result.text("format");
  DiffFormat format = DiffFormat::Text;
  if (format_name == "markdown") {
    format = DiffFormat::Markdown;
  } else if (format_name == "json") {
    format = DiffFormat::Json;
  } else if (format_name != "text") {
    throw UsageError("diff: --format must be text, markdown or json, not '" + format_name + "'");
  }
  const std::string color = result.text("color");
  if (color != "never" && color != "always" && color != "auto")
    throw UsageError("diff: --color must be never, always or auto, not '" + color + "'");
  const auto files = result.count("files") ? result.texts("files") : std::vector<std::string>{};
  if (files.size() != 2) throw UsageError("diff: expected two files, OLD and NEW (see 'cfnpp diff --help')");
  if (files[0] == "-" && files[1] == "-") throw UsageError("diff: only one of OLD and NEW can be standard input");

  const Document old_doc = read_template(files[0], io);
  const Document new_doc = read_template(files[1], io);
  std::optional<DeploymentParameters> deployment;
  if (result.count("parameters")) {
    // Each occurrence as written: cxxopts would split a vector's values at commas.
    std::vector<std::string> arguments;
    for (const auto& [key, value] : result.in_order())
      if (key == "parameters") arguments.push_back(value);
    deployment = read_parameters(arguments, io);
    for (const auto& [name, value] : deployment->values)
      if (!is_pseudo_parameter(name) && !declares_parameter(old_doc.root, name) &&
          !declares_parameter(new_doc.root, name))
        throw UsageError("diff: --parameters: " + name + " is not a parameter of " + files[0] + " or " + files[1]);
  }
  const TemplateDiff diff = deployment ? diff_deployment(old_doc.root, new_doc.root, *deployment)
                                       : diff_templates(old_doc.root, new_doc.root);

  DiffOutputOptions out_options;
  out_options.old_name = files[0];
  out_options.new_name = files[1];
  out_options.old_document = &old_doc.root;
  out_options.new_document = &new_doc.root;
  const char* no_color = std::getenv("NO_COLOR");
  out_options.color =
      format == DiffFormat::Text &&
      (color == "always" || (color == "auto" && io.out_is_terminal && (no_color == nullptr || *no_color == '\0')));
  io.out << format_diff(diff, format, out_options);
  return diff.empty() ? kOk : kFindings;
}

}  // namespace cfn::detail::cli
