// cfnpp lint: check templates and print one finding per line,
// "FILE:LINE:COL: error|warning CODE: message", or a JSON array.
// Exit 0 without errors, 1 with at least one error, 2 when an input cannot be
// read or parsed (the message names the file, line and column) or the
// command is misused. Every file is checked even after a bad one; the exit
// code is the worst of them.
#include <cxxopts.hpp>
#include <ostream>

#include "cfn/emit.hpp"
#include "cfn/lint.hpp"
#include "cfn/parse.hpp"
#include "cfn/registry.hpp"
#include "cli/cli.hpp"

namespace cfn::detail::cli {
namespace {

struct Located {
  std::string file;
  Finding finding;
};

// A JSON array with one object per line: easy to read, easy to grep.
void write_json_lines(std::ostream& os, const std::vector<Value>& objects) {
  if (objects.empty()) {
    os << "[]\n";
    return;
  }
  os << "[\n";
  for (std::size_t i = 0; i < objects.size(); ++i)
    os << "  " << to_json(objects[i], JsonLayout::Compact) << (i + 1 < objects.size() ? ",\n" : "\n");
  os << "]\n";
}

void write_json(std::ostream& os, const std::vector<Located>& findings) {
  std::vector<Value> objects;
  for (const auto& [file, f] : findings)
    objects.emplace_back(Map{{"file", file},
                             {"line", f.mark.line},
                             {"column", f.mark.column},
                             {"severity", to_string(f.severity)},
                             {"code", f.code},
                             {"path", to_string(f.path)},
                             {"message", f.message}});
  write_json_lines(os, objects);
}

// A Markdown table cell: a '|' would end it.
std::string cell(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

int list_rules(std::string_view format, Io& io) {
  if (format == "json") {
    std::vector<Value> objects;
    for (const RuleInfo& r : lint_rules())
      objects.emplace_back(Map{{"code", r.code},
                               {"severity", to_string(r.severity)},
                               {"title", r.title},
                               {"description", r.description},
                               {"source", r.source}});
    write_json_lines(io.out, objects);
    return kOk;
  }
  if (format == "markdown") {  // the table of lib/lint/README.md
    io.out << "| Code | Severity | Title | What and why | Source |\n|---|---|---|---|---|\n";
    for (const RuleInfo& r : lint_rules())
      io.out << "| " << r.code << " | " << to_string(r.severity) << " | " << cell(r.title) << " | "
             << cell(r.description) << " | <" << r.source << "> |\n";
    return kOk;
  }
  for (const RuleInfo& r : lint_rules())
    io.out << r.code << "  " << (r.severity == Severity::Error ? "error  " : "warning") << "  " << r.title << '\n';
  return kOk;
}

}  // namespace

int run_lint(std::span<const std::string> args, Io& io) {
  cxxopts::Options options("cfnpp lint",
                           "Check CloudFormation templates (YAML or JSON) and print one finding per line:\n"
                           "  FILE:LINE:COL: error|warning CODE: message\n"
                           "Exit status: 0 no error, 1 at least one error, 2 unreadable input or usage error.\n"
                           "'-' reads standard input. --list-rules prints every rule (--format text, json\n"
                           "or markdown).");
  options.positional_help("FILE...");
  options.add_options()  //
      ("format", "text or json (and markdown for --list-rules)",
       cxxopts::value<std::string>()->default_value("text"))  //
      ("no-warnings", "print errors only")                    //
      ("as-of",
       "judge date-dependent rules (Lambda runtimes) at this date, YYYY-MM-DD (default: " +
           std::string(lint_data_date()) + ", when their data was reviewed)",
       cxxopts::value<std::string>())  //
      ("regions", "the regions the templates are meant for, comma-separated (default: us-east-1)",
       cxxopts::value<std::vector<std::string>>())  //
      ("list-rules",
       "print every rule: code, severity, title (json and markdown: also what it checks and its source)")  //
      ("files", "templates", cxxopts::value<std::vector<std::string>>());
  options.parse_positional({"files"});
  const auto parsed = parse_options(options, "lint", args, io);
  if (!parsed) return kOk;
  const auto& result = *parsed;

  const std::string format = result["format"].as<std::string>();
  if (result.count("list-rules")) {
    if (format != "text" && format != "json" && format != "markdown")
      throw UsageError("lint: --list-rules --format must be text, json or markdown, not '" + format + "'");
    return list_rules(format, io);
  }
  if (format != "text" && format != "json")
    throw UsageError("lint: --format must be text or json, not '" + format + "'");
  const bool json = format == "json";

  LintOptions lint_options;
  if (result.count("as-of")) {
    lint_options.as_of = result["as-of"].as<std::string>();
    if (!is_iso_date(lint_options.as_of))
      throw UsageError("lint: --as-of takes a date YYYY-MM-DD, not '" + lint_options.as_of + "'");
  }
  if (result.count("regions")) {
    lint_options.regions = result["regions"].as<std::vector<std::string>>();
    for (const std::string& region : lint_options.regions) {
      if (registry::is_region(region)) continue;
      std::string known;
      for (const std::string_view r : registry::regions()) known += (known.empty() ? "" : ", ") + std::string(r);
      throw UsageError("lint: --regions: unknown region '" + region + "' (the regions are " + known + ")");
    }
  }
  if (!result.count("files")) throw UsageError("lint: expected at least one FILE (or - for standard input)");
  const bool warnings = result.count("no-warnings") == 0;

  int worst = kOk;
  std::vector<Located> all;
  for (const std::string& path : result["files"].as<std::vector<std::string>>()) {
    std::vector<Finding> findings;
    try {
      const std::string text = read_input(path, io);
      const Document doc = parse_document(text, path);
      findings = lint(doc, lint_options);
    } catch (const Error& e) {  // unreadable (UsageError) or unparsable (ParseError, "FILE:LINE:COL: reason")
      print_error(io, e.what());
      worst = kUsage;
      continue;
    }
    for (Finding& f : findings) {
      if (f.severity == Severity::Error && worst == kOk) worst = kFindings;
      if (f.severity == Severity::Warning && !warnings) continue;
      if (json) {
        all.push_back({path, std::move(f)});
      } else {
        io.out << format_finding(f, path) << '\n';
      }
    }
  }
  if (json) write_json(io.out, all);
  return worst;
}

}  // namespace cfn::detail::cli
