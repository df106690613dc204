// cfnpp split: a template past CloudFormation's quotas as a parent stack and
// nested stacks (cfn::split), written to a directory, with the commands that
// upload and deploy them.
#include <filesystem>
#include <ostream>

#include "cfn/parse.hpp"
#include "cfn/split.hpp"
#include "cli/cli.hpp"
#include "cli/options.hpp"

namespace cfn::detail::cli {

int run_split(std::span<const std::string> args, Io& io) {
  OptionSet options("cfnpp split",
                    "Split a template that exceeds CloudFormation's quotas (500 resources, 200 parameters,\n"
                    "200 outputs, 1 MB) into a parent stack and nested stacks, written to DIR as\n"
                    "parent.yaml and stack-N.yaml. The parent takes the template's parameters and gives\n"
                    "its outputs, plus two parameters that say where the nested stacks' templates are.");
  options.text("o,output", "the directory to write")
      .count("max-resources", "resources per stack", 500)
      .count("max-bytes", "template bytes per stack", 1000000)
      .positional("file", "the template", "FILE|- -o DIR");
  const auto parsed = parse_options(options, "split", args, io);
  if (!parsed) return kOk;
  const auto& result = *parsed;
  if (!result.count("file") || result.texts("file").size() != 1)
    throw UsageError("split: expected exactly one FILE (or - for standard input)");
  if (!result.count("output")) throw UsageError("split: expected -o DIR");
  const std::string path = result.texts("file").front();
  const std::filesystem::path dir = result.text("output");
  SplitLimits limits;
  limits.resources = result.number("max-resources");
  limits.template_bytes = result.number("max-bytes");
  if (limits.resources < 1 || limits.template_bytes < 1024)
    throw UsageError("split: --max-resources must be at least 1 and --max-bytes at least 1024");

  const Document document = parse_document(read_input(path, io), path);
  SplitResult split_result;
  try {
    split_result = split(document.root, limits);
  } catch (const SplitError& e) {
    throw UsageError(path + ": cannot split: " + e.what());
  }
  const std::vector<SplitFile> files = split_files(split_result);
  write_split_files(files, dir);  // cfn::Error "PATH: reason"
  const std::string parent = (dir / kSplitParentFile).string();
  if (split_result.children.empty()) {
    io.out << path << " fits one stack: wrote it as " << parent << '\n';
    return kOk;
  }
  io.out << "wrote " << parent << " and " << split_result.children.size() << " nested stacks\n\n"
         << deploy_commands(split_result, dir);
  return kOk;
}

}  // namespace cfn::detail::cli
