// cfnpp lint: check templates and print one finding per line,
// "FILE:LINE:COL: error|warning CODE: message", or a JSON array.
// Exit 0 without errors, 1 with at least one error, 2 when an input cannot be
// read or parsed (the message names the file, line and column) or the
// command is misused. Every file is checked even after a bad one; the exit
// code is the worst of them.
#include <cxxopts.hpp>
#include <ostream>

#include "cfn/lint.hpp"
#include "cfn/parse.hpp"
#include "cli/cli.hpp"

namespace cfn::cli {
namespace {

/// A JSON string literal; bytes that are not ASCII pass through (the
/// parser guarantees UTF-8 for template text).
void write_json_string(std::ostream& os, std::string_view s) {
  os << '"';
  for (const char c : s) {
    switch (c) {
      case '"': os << "\\\""; break;
      case '\\': os << "\\\\"; break;
      case '\n': os << "\\n"; break;
      case '\r': os << "\\r"; break;
      case '\t': os << "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          constexpr char kHex[] = "0123456789abcdef";
          os << "\\u00" << kHex[(c >> 4) & 0xF] << kHex[c & 0xF];
        } else {
          os << c;
        }
    }
  }
  os << '"';
}

struct Located {
  std::string file;
  Finding finding;
};

void write_json(std::ostream& os, const std::vector<Located>& findings) {
  if (findings.empty()) {
    os << "[]\n";
    return;
  }
  os << "[\n";
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i].finding;
    os << "  {\"file\": ";
    write_json_string(os, findings[i].file);
    os << ", \"line\": " << f.mark.line << ", \"column\": " << f.mark.column << ", \"severity\": ";
    write_json_string(os, to_string(f.severity));
    os << ", \"code\": ";
    write_json_string(os, f.code);
    os << ", \"path\": ";
    write_json_string(os, f.path);
    os << ", \"message\": ";
    write_json_string(os, f.message);
    os << (i + 1 < findings.size() ? "},\n" : "}\n");
  }
  os << "]\n";
}

int list_rules(bool json, Io& io) {
  if (json) {
    io.out << "[\n";
    const auto rules = lint_rules();
    for (std::size_t i = 0; i < rules.size(); ++i) {
      io.out << "  {\"code\": ";
      write_json_string(io.out, rules[i].code);
      io.out << ", \"severity\": ";
      write_json_string(io.out, to_string(rules[i].severity));
      io.out << ", \"title\": ";
      write_json_string(io.out, rules[i].title);
      io.out << (i + 1 < rules.size() ? "},\n" : "}\n");
    }
    io.out << "]\n";
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
                           "'-' reads standard input. --list-rules prints every rule.");
  options.positional_help("FILE...");
  options.add_options()                                                                              //
      ("format", "text or json", cxxopts::value<std::string>()->default_value("text"))              //
      ("no-warnings", "print errors only")                                                           //
      ("as-of", "judge date-dependent rules (Lambda runtimes) at this date, YYYY-MM-DD (default: " +
                    std::string(lint_data_date()) + ", when their data was reviewed)",
       cxxopts::value<std::string>())                                                                //
      ("list-rules", "print every rule: code, severity, title")                                     //
      ("files", "templates", cxxopts::value<std::vector<std::string>>());
  options.parse_positional({"files"});
  const auto parsed = parse_options(options, "lint", args, io);
  if (!parsed) return kOk;
  const auto& result = *parsed;

  const std::string format = result["format"].as<std::string>();
  if (format != "text" && format != "json")
    throw UsageError("lint: --format must be text or json, not '" + format + "'");
  const bool json = format == "json";
  if (result.count("list-rules")) return list_rules(json, io);

  LintOptions lint_options;
  if (result.count("as-of")) {
    lint_options.as_of = result["as-of"].as<std::string>();
    if (!is_iso_date(lint_options.as_of))
      throw UsageError("lint: --as-of takes a date YYYY-MM-DD, not '" + lint_options.as_of + "'");
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
      findings = lint(doc, text.size(), lint_options);
    } catch (const Error& e) {  // unreadable (UsageError) or unparsable (ParseError, "FILE:LINE:COL: reason")
      io.err << "cfnpp: " << e.what() << '\n';
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

}  // namespace cfn::cli
