// cfnpp lint: check templates and print one finding per line,
// "FILE:LINE:COL: error|warning CODE: message", a JSON array, a SARIF log or
// a JUnit report (cli/lint_reports.hpp), then a summary on standard error.
// Exit 0 without errors, 1 with at least one error, 2 when an input cannot be
// read or parsed (the message names the file, line and column) or the
// command is misused. Every file is checked even after a bad one; the exit
// code is the worst of them.
#include <algorithm>
#include <ostream>

#include "cfn/emit.hpp"
#include "cfn/lint.hpp"
#include "cfn/parse.hpp"
#include "cfn/registry.hpp"
#include "cli/cli.hpp"
#include "cli/lint_reports.hpp"
#include "cli/options.hpp"
#include "text/position.hpp"

namespace cfn::detail::cli {
namespace {

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

void write_json(std::ostream& os, std::span<const FileReport> files) {
  std::vector<Value> objects;
  for (const FileReport& file : files)
    for (const Finding& f : file.findings)
      objects.emplace_back(Map{{"file", file.file},
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

// cfn-lint's codes: E, W or I and up to four digits; a prefix stands for every code it starts.
bool is_code_or_prefix(std::string_view code) {
  if (code.empty() || code.size() > 5 || (code[0] != 'E' && code[0] != 'W' && code[0] != 'I')) return false;
  return std::all_of(code.begin() + 1, code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// What one file gives: its findings and what was suppressed, or why it could not be linted.
FileReport lint_file(const std::string& path, const LintOptions& options, bool warnings, Io& io) {
  FileReport report{.file = path};
  std::string text;
  try {
    text = read_input(path, io);
    // Read on past an unknown tag (E0000 reports it) so every other rule still runs.
    LintReport found = lint_report(parse_document(text, path, {.unknown_tags = UnknownTags::ReadAsLongForm}), options);
    report.suppressed = std::move(found.suppressed);
    for (Finding& f : found.findings)
      if (warnings || f.severity == Severity::Error) report.findings.push_back(std::move(f));
  } catch (const ParseError& e) {
    report.problem =
        InputProblem{.mark = e.mark(),
                     .character_column = strings::CharacterColumns(text).column(e.mark().line, e.mark().column),
                     .reason = e.reason()};
    print_error(io, e.what());
    return report;
  } catch (const Error& e) {  // unreadable (UsageError): the message names the file
    std::string reason = e.what();
    if (reason.starts_with(path + ": ")) reason.erase(0, path.size() + 2);
    report.problem = InputProblem{.reason = std::move(reason)};
    print_error(io, e.what());
    return report;
  }
  strings::CharacterColumns columns(text);
  for (const Finding& f : report.findings)
    report.character_columns.push_back(columns.column(f.mark.line, f.mark.column));
  return report;
}

std::string counted(std::size_t n, std::string_view what) {
  return std::to_string(n) + " " + std::string(what) + (n == 1 ? "" : "s");
}

}  // namespace

int run_lint(std::span<const std::string> args, Io& io) {
  OptionSet options("cfnpp lint",
                    "Check CloudFormation templates (YAML or JSON) and print one finding per line:\n"
                    "  FILE:LINE:COL: error|warning CODE: message\n"
                    "Exit status: 0 no error, 1 at least one error, 2 unreadable input or usage error.\n"
                    "'-' reads standard input. --list-rules prints every rule (--format text, json\n"
                    "or markdown).");
  options
      .text("format",
            "text, json, sarif (SARIF 2.1.0, for code scanning) or junit (JUnit XML, for CI test reports); markdown "
            "for --list-rules",
            "text")
      .flag("no-warnings", "print errors only")
      .texts("ignore",
             "suppress the findings of these rule codes or code prefixes (W39: W3902 to W3908), comma-separated, "
             "repeatable; also read from Metadata: cfn-lint: config: ignore_checks")
      .text("as-of", "judge date-dependent rules (Lambda runtimes) at this date, YYYY-MM-DD (default: " +
                         std::string(lint_data_date()) + ", when their data was reviewed)")
      .texts("regions", "the regions the templates are meant for, comma-separated (default: us-east-1)")
      .flag("from-s3", "the templates are deployed from S3 (nested stacks, deploy --s3-bucket), never inline: no W1002")
      .flag("list-rules",
            "print every rule: code, severity, title (json and markdown: also what it checks and its source)")
      .positional("files", "templates", "FILE...");
  const auto parsed = parse_options(options, "lint", args, io);
  if (!parsed) return kOk;
  const auto& result = *parsed;

  const std::string format = result.text("format");
  if (result.count("list-rules")) {
    if (format != "text" && format != "json" && format != "markdown")
      throw UsageError("lint: --list-rules --format must be text, json or markdown, not '" + format + "'");
    return list_rules(format, io);
  }
  if (format != "text" && format != "json" && format != "sarif" && format != "junit")
    throw UsageError("lint: --format must be text, json, sarif or junit, not '" + format + "'");

  LintOptions lint_options;
  if (result.count("as-of")) {
    lint_options.as_of = result.text("as-of");
    if (!is_iso_date(lint_options.as_of))
      throw UsageError("lint: --as-of takes a date YYYY-MM-DD, not '" + lint_options.as_of + "'");
  }
  if (result.count("regions")) {
    lint_options.regions = result.texts("regions");
    for (const std::string& region : lint_options.regions) {
      if (registry::is_region(region)) continue;
      std::string known;
      for (const std::string_view r : registry::regions()) known += (known.empty() ? "" : ", ") + std::string(r);
      throw UsageError("lint: --regions: unknown region '" + region + "' (the regions are " + known + ")");
    }
  }
  if (result.count("ignore")) {
    lint_options.ignore_checks = result.texts("ignore");
    for (const std::string& code : lint_options.ignore_checks)
      if (!is_code_or_prefix(code))
        throw UsageError("lint: --ignore takes rule codes or their prefixes (E3012, W39, W), not '" + code + "'");
  }
  lint_options.from_s3 = result.count("from-s3") != 0;
  if (!result.count("files")) throw UsageError("lint: expected at least one FILE (or - for standard input)");
  const bool warnings = result.count("no-warnings") == 0;

  int worst = kOk;
  std::vector<FileReport> reports;
  std::size_t errors = 0, warnings_printed = 0, suppressed = 0;
  for (const std::string& path : result.texts("files")) {
    FileReport report = lint_file(path, lint_options, warnings, io);
    if (report.problem) worst = kUsage;
    for (const Finding& f : report.findings) {
      ++(f.severity == Severity::Error ? errors : warnings_printed);
      if (format == "text") io.out << format_finding(f, path) << '\n';
    }
    if (errors != 0 && worst == kOk) worst = kFindings;
    suppressed += report.suppressed.size();
    if (format == "text") report.findings.clear();  // printed: memory stays bounded by one file
    reports.push_back(std::move(report));
  }
  if (format == "json") write_json(io.out, reports);
  if (format == "sarif") write_sarif(io.out, reports);
  if (format == "junit") write_junit(io.out, reports);
  if (errors + warnings_printed + suppressed != 0)
    io.err << "cfnpp lint: " << counted(errors, "error") << ", " << counted(warnings_printed, "warning") << ", "
           << suppressed << " suppressed\n";
  return worst;
}

}  // namespace cfn::detail::cli
