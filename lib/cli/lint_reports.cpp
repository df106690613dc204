#include "cli/lint_reports.hpp"

#include <filesystem>
#include <map>
#include <ostream>
#include <string_view>

#include "cfn/emit.hpp"
#include "cfn/lint.hpp"
#include "cfn/version.hpp"
#include "text/terminal_text.hpp"

namespace cfn::detail::cli {
namespace {

namespace fs = std::filesystem;

// ---- SARIF ----

// RFC 3986: every byte but the unreserved characters and '/' percent-encoded.
std::string percent_encoded(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : path) {
    const auto b = static_cast<unsigned char>(c);
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || c == '-' || c == '.' ||
        c == '_' || c == '~' || c == '/') {
      out += c;
    } else {
      out += '%';
      out += kHex[b >> 4];
      out += kHex[b & 0xF];
    }
  }
  return out;
}

// Where code scanning finds the file: relative to the checkout (%SRCROOT%,
// the directory cfnpp runs in) when it is below it, else an absolute file URI.
// Standard input has no location.
std::optional<Value> artifact_location(const std::string& file) {
  if (file == "-") return std::nullopt;
  fs::path path = fs::path(file).lexically_normal();
  if (path.is_absolute()) {
    std::error_code ec;
    const fs::path relative = path.lexically_relative(fs::current_path(ec));
    if (ec || relative.empty() || *relative.begin() == "..")
      return Value(Map{{"uri", "file://" + percent_encoded(path.generic_string())}});
    path = relative;
  }
  return Value(Map{{"uri", percent_encoded(path.generic_string())}, {"uriBaseId", "%SRCROOT%"}});
}

Value sarif_level(Severity severity) { return severity == Severity::Error ? "error" : "warning"; }

Value sarif_rule(const RuleInfo& rule) {
  const std::string description(rule.description);
  const std::string source(rule.source);
  return Map{{"id", rule.code},
             {"shortDescription", Map{{"text", rule.title}}},
             {"fullDescription", Map{{"text", description}}},
             {"help", Map{{"text", description + "\nDocumented at " + source},
                          {"markdown", description + "\n\n[Documentation](" + source + ")"}}},
             {"helpUri", source},
             {"defaultConfiguration", Map{{"level", sarif_level(rule.severity)}}}};
}

// A physical location (when the file has one) with a region (when the mark is known).
Map physical_location(const std::optional<Value>& artifact, Mark mark, std::size_t character_column) {
  Map physical{{"artifactLocation", *artifact}};
  if (mark.known()) {
    Map region{{"startLine", mark.line}};
    if (character_column != 0) region.set("startColumn", character_column);
    physical.set("region", std::move(region));
  }
  return physical;
}

}  // namespace

// A list written one element to a line, each element as compact JSON.
void write_lines(std::ostream& os, std::string_view indent, const std::vector<Value>& items) {
  for (std::size_t i = 0; i < items.size(); ++i)
    os << indent << to_json(items[i], JsonLayout::Compact) << (i + 1 < items.size() ? ",\n" : "\n");
}

// The log is written a result at a time: a whole log as one Value took
// 8.7 KB a result (873 MB for 10^5 findings), the text it becomes 0.4 KB;
// streamed, 10^5 results take what the text format takes (77 MB, 1.4 s).
void write_sarif(std::ostream& os, std::span<const FileReport> files) {
  std::vector<Value> rules;
  std::map<std::string_view, std::size_t> rule_index;
  for (const RuleInfo& rule : lint_rules()) {
    rule_index.emplace(rule.code, rules.size());
    rules.push_back(sarif_rule(rule));
  }
  List notifications;
  std::size_t suppressed = 0;
  for (const FileReport& file : files) {
    suppressed += file.suppressed.size();
    if (!file.problem) continue;
    Map notification{{"level", "error"}, {"message", Map{{"text", file.file + ": " + file.problem->reason}}}};
    if (const std::optional<Value> artifact = artifact_location(file.file))
      notification.set("locations", List{Map{{"physicalLocation", physical_location(artifact, file.problem->mark,
                                                                                    file.problem->character_column)}}});
    notifications.push_back(std::move(notification));
  }
  Map invocation{{"executionSuccessful", notifications.empty()}};
  if (!notifications.empty()) invocation.set("toolExecutionNotifications", std::move(notifications));

  os << "{\"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\", \"version\": \"2.1.0\", \"runs\": [{\n"
     << "  \"tool\": {\"driver\": {\"name\": \"cfnpp\", \"version\": " << to_json(kVersion, JsonLayout::Compact)
     << ", \"semanticVersion\": " << to_json(kVersion, JsonLayout::Compact) << ", \"rules\": [\n";
  write_lines(os, "    ", rules);
  os << "  ]}},\n  \"invocations\": [" << to_json(invocation, JsonLayout::Compact)
     << "],\n  \"columnKind\": \"unicodeCodePoints\",\n  \"properties\": {\"suppressed\": " << suppressed
     << "},\n  \"results\": [";
  bool first = true;
  for (const FileReport& file : files) {
    const std::optional<Value> artifact = artifact_location(file.file);
    for (std::size_t i = 0; i < file.findings.size(); ++i) {
      const Finding& f = file.findings[i];
      Map location;
      if (artifact) location.set("physicalLocation", physical_location(artifact, f.mark, file.character_columns[i]));
      location.set("logicalLocations", List{Map{{"fullyQualifiedName", to_string(f.path)}}});
      const Value result = Map{{"ruleId", f.code},
                               {"ruleIndex", rule_index.at(f.code)},
                               {"level", sarif_level(f.severity)},
                               {"message", Map{{"text", f.message}}},
                               {"locations", List{std::move(location)}}};
      os << (first ? "\n    " : ",\n    ") << to_json(result, JsonLayout::Compact);
      first = false;
    }
  }
  os << (first ? "]\n}]}\n" : "\n  ]\n}]}\n");
}

// ---- JUnit ----

namespace {

// Text for an attribute or an element: terminal-safe first (no control
// character XML 1.0 forbids, valid UTF-8), then XML's five escapes.
std::string xml(std::string_view text, bool keep_line_breaks = false) {
  std::string out;
  for (const char c : detail::strings::terminal_safe(text, keep_line_breaks)) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string where(const Finding& f) {
  return f.mark.known() ? std::to_string(f.mark.line) + ":" + std::to_string(f.mark.column) : to_string(f.path);
}

struct Counts {
  std::size_t tests = 0, failures = 0, errors = 0, skipped = 0;
};

std::string counts_attributes(const Counts& c) {
  return "tests=\"" + std::to_string(c.tests) + "\" failures=\"" + std::to_string(c.failures) + "\" errors=\"" +
         std::to_string(c.errors) + "\" skipped=\"" + std::to_string(c.skipped) + "\"";
}

// One file's suite: its test cases, and what they count.
std::string junit_suite(const FileReport& file, Counts& counts) {
  const std::string classname = xml(file.file);
  std::string cases;
  if (file.problem) {
    const std::string what = file.problem->mark.known()
                                 ? std::to_string(file.problem->mark.line) + ":" +
                                       std::to_string(file.problem->mark.column) + ": " + file.problem->reason
                                 : file.problem->reason;
    cases += "    <testcase classname=\"" + classname +
             "\" name=\"read and parse\">\n      <error type=\"input\" message=\"" + xml(what) +
             "\"/>\n    </testcase>\n";
    counts = {.tests = 1, .errors = 1};
    return cases;
  }
  std::map<std::string_view, std::vector<const Finding*>> found, suppressed;
  for (const Finding& f : file.findings) found[f.code].push_back(&f);
  for (const Finding& f : file.suppressed) suppressed[f.code].push_back(&f);
  for (const RuleInfo& rule : lint_rules()) {
    ++counts.tests;
    cases += "    <testcase classname=\"" + classname + "\" name=\"" +
             xml(std::string(rule.code) + " " + std::string(rule.title)) + "\"";
    if (const auto it = found.find(rule.code); it != found.end()) {
      ++counts.failures;
      const Finding& first = *it->second.front();
      std::string message = where(first) + ": " + first.message;
      if (it->second.size() > 1) message += " (and " + std::to_string(it->second.size() - 1) + " more)";
      std::string body;
      for (const Finding* f : it->second) body += format_finding(*f, file.file) + "\n";
      cases += ">\n      <failure type=\"" + std::string(to_string(rule.severity)) + "\" message=\"" + xml(message) +
               "\">" + xml(body, true) + "</failure>\n    </testcase>\n";
    } else if (const auto s = suppressed.find(rule.code); s != suppressed.end()) {
      ++counts.skipped;
      cases += ">\n      <skipped message=\"" + std::to_string(s->second.size()) +
               " suppressed by ignore_checks\"/>\n    </testcase>\n";
    } else {
      cases += "/>\n";
    }
  }
  return cases;
}

}  // namespace

void write_junit(std::ostream& os, std::span<const FileReport> files) {
  std::string suites;
  Counts total;
  for (const FileReport& file : files) {
    Counts counts;
    const std::string cases = junit_suite(file, counts);
    suites += "  <testsuite name=\"" + xml(file.file) + "\" " + counts_attributes(counts) + ">\n" + cases +
              "  </testsuite>\n";
    total.tests += counts.tests;
    total.failures += counts.failures;
    total.errors += counts.errors;
    total.skipped += counts.skipped;
  }
  os << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"cfnpp lint\" " << counts_attributes(total)
     << ">\n"
     << suites << "</testsuites>\n";
}

}  // namespace cfn::detail::cli
