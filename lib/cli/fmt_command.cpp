// cfnpp fmt FILE...: rewrite templates in the canonical form cfnpp emits.
// The output is parsed again and compared with the original before it is
// printed or written: fmt never changes what a template means. -w writes
// atomically (temporary file + rename), so an error leaves the file as it was.
#include <algorithm>
#include <ostream>

#include "cfn/emit.hpp"
#include "cfn/file.hpp"
#include "cfn/parse.hpp"
#include "cli/cli.hpp"
#include "cli/fmt.hpp"
#include "cli/options.hpp"
#include "text/terminal_text.hpp"

namespace cfn::detail::cli {
namespace {

enum class Mode { Print, Write, Check };

// 0, 1 (not canonical, --check) or 2 (error) for one file.
int format_one(const std::string& path, Mode mode, const std::optional<Format>& to, bool force, Io& io) {
  const std::string text = read_input(path, io);
  const Document doc = parse_document(text, path);
  const Format format = to.value_or(doc.format);
  std::string out;
  try {
    out = canonical_text(doc.root, format);
  } catch (const EmitError& e) {  // "PATH: reason" of the document: name the file
    throw Error(path + ": " + e.what());
  }
  if (const auto change = meaning_change(doc.root, out, format)) {
    print_error(io, path + ": the canonical form would change the template's meaning (" + *change + "); left as it is");
    return kUsage;
  }
  if (mode == Mode::Check) {
    if (out == text) return kOk;
    io.out << detail::strings::terminal_safe(path) << '\n';
    return kFindings;
  }
  for (const DuplicateKey& d : doc.duplicate_keys)
    print_error(io, path + ':' + std::to_string(d.duplicate.line) + ':' + std::to_string(d.duplicate.column) +
                        ": warning: duplicate key '" + d.key + "' (first at line " + std::to_string(d.first.line) +
                        "): the last value is kept, as CloudFormation does");
  for (const VersionDependentScalar& v : doc.version_dependent_scalars)
    print_error(
        io, path + ':' + std::to_string(v.mark.line) + ':' + std::to_string(v.mark.column) + ": warning: '" + v.text +
                "' means one thing in YAML 1.1 and another in YAML 1.2; written as CloudFormation (YAML 1.1) reads it");
  if (mode == Mode::Print) {
    if (doc.has_comments) print_error(io, path + ": warning: the comments are not kept");
    io.out << out;
    return kOk;
  }
  if (out == text) return kOk;
  if (doc.has_comments && !force) {
    print_error(io, path + ": has comments, which fmt cannot keep; not rewritten (--force rewrites it without them)");
    return kUsage;
  }
  // Throws cfn::Error "PATH: reason"; the file is then untouched.
  if (const auto written = write_file_atomically(path, out); written != path)
    print_error(io, path + ": wrote " + written.string() + ", the file the symbolic link names");
  return kOk;
}

}  // namespace

int run_fmt(std::span<const std::string> args, Io& io) {
  OptionSet options("cfnpp fmt",
                    "Rewrite CloudFormation templates in the canonical form cfnpp emits: sections and resource\n"
                    "attributes in the user guide's order, YAML with short-form intrinsics, literal blocks for\n"
                    "multi-line strings and minimal quoting (or JSON with long-form intrinsics). The meaning is kept\n"
                    "exactly: the result is parsed again and compared with the original before anything is written.\n"
                    "COMMENTS ARE LOST: YAML comments cannot be carried over; -w refuses a file that has comments\n"
                    "unless --force is given (printing to standard output warns).\n"
                    "Without -w or --check, prints the formatted template of one FILE ('-': standard input).\n"
                    "Exit status: 0 success, 1 (--check) some files are not canonical, 2 error (unreadable or\n"
                    "unparsable input, a file with comments under -w, usage).");
  options.text("to", "yaml or json (default: the format of each input)")
      .flag("w,write", "rewrite the files in place (atomically)")
      .flag("check", "write nothing; print the files that are not in canonical form, exit 1 if any")
      .flag("force", "with -w, rewrite files even though their comments are lost")
      .positional("files", "templates", "FILE...");
  const auto parsed = parse_options(options, "fmt", args, io);
  if (!parsed) return kOk;
  const auto& result = *parsed;

  std::optional<Format> to;
  if (result.count("to")) {
    const std::string name = result.text("to");
    if (name == "yaml") {
      to = Format::Yaml;
    } else if (name == "json") {
      to = Format::Json;
    } else {
      throw UsageError("fmt: --to must be yaml or json, not '" + name + "'");
    }
  }
  const bool write = result.count("write") != 0;
  const bool check = result.count("check") != 0;
  if (write && check) throw UsageError("fmt: -w and --check exclude each other");
  if (result.count("force") && !write) throw UsageError("fmt: --force goes with -w");
  const auto files = result.count("files") ? result.texts("files") : std::vector<std::string>{};
  if (files.empty()) throw UsageError("fmt: expected at least one FILE (or - for standard input)");
  const Mode mode = write ? Mode::Write : check ? Mode::Check : Mode::Print;
  if (mode == Mode::Print && files.size() != 1)
    throw UsageError("fmt: printing takes one FILE; use -w to rewrite several, or --check");
  if (mode == Mode::Write && std::find(files.begin(), files.end(), "-") != files.end())
    throw UsageError("fmt: -w cannot rewrite standard input");

  int worst = kOk;
  for (const std::string& path : files) {
    int code = kOk;
    try {
      code = format_one(path, mode, to, result.count("force") != 0, io);
    } catch (const Error& e) {  // unreadable, unparsable ("FILE:LINE:COL: reason"), or the write failed
      print_error(io, e.what());
      code = kUsage;
    }
    worst = std::max(worst, code);
  }
  return worst;
}

}  // namespace cfn::detail::cli
