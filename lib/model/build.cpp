#include "cfn/build.hpp"

#include <iostream>

#include "cfn/emit.hpp"
#include "cfn/file.hpp"
#include "cfn/lint.hpp"
#include "cfn/split.hpp"
#include "text/terminal_text.hpp"

namespace cfn {
namespace {

std::vector<Finding> check_document(const Template& tpl, const Document& document) {
  std::vector<Finding> findings(tpl.findings().begin(), tpl.findings().end());
  for (Finding& f : lint(document)) findings.push_back(std::move(f));
  sort_findings(findings);
  return findings;
}

}  // namespace

std::vector<Finding> check(const Template& tpl) {
  Document document;
  document.root = tpl.to_value();
  return check_document(tpl, document);
}

std::string emit(const Template& tpl, Format format) {
  Document document;
  document.root = tpl.to_value();
  throw_if_errors(check_document(tpl, document));
  return emit(document.root, format);
}

std::string to_yaml(const Template& tpl) { return emit(tpl, Format::Yaml); }
std::string to_json(const Template& tpl) { return emit(tpl, Format::Json); }

int write_or_report(const Template& tpl, const std::filesystem::path& path, Format format, std::ostream& out,
                    std::ostream& err) {
  const std::string name = path.string();
  try {
    Document document;
    document.format = format;
    document.root = tpl.to_value();
    const std::string text = emit(document.root, format);
    document.source_bytes = text.size();  // the size rules judge what is written
    bool errors = false;
    for (const Finding& f : check_document(tpl, document)) {
      err << format_finding(f, name) << '\n';
      errors = errors || f.severity == Severity::Error;
    }
    if (errors) return 1;
    if (name == "-") {
      out << text << std::flush;
      if (!out) throw Error("-: cannot write to standard output");
    } else {
      if (const auto written = write_file_atomically(path, text); written != path)
        err << detail::strings::terminal_safe(name + ": wrote " + written.string() +
                                              ", the file the symbolic link names")
            << '\n';
    }
    return 0;
  } catch (const EmitError& e) {  // a value no emitter can write (a string that is not UTF-8...)
    err << detail::strings::terminal_safe(name + ": " + e.what()) << '\n';
    return 2;
  } catch (const Error& e) {                                        // the write failed: "PATH: reason"
    err << detail::strings::terminal_safe(e.what(), true) << '\n';  // a ValidationError lists its findings a line each
    return 2;
  }
}

int write_or_report(const Template& tpl, const std::filesystem::path& path, Format format) {
  return write_or_report(tpl, path, format, std::cout, std::cerr);
}

int write_split_or_report(const Template& tpl, const std::filesystem::path& path, Format format, std::ostream& out,
                          std::ostream& err) {
  const std::string name = path.string();
  SplitResult parts;
  try {
    parts = split(tpl.to_value());
  } catch (const SplitError& e) {
    err << name << ": cannot split the template into nested stacks: " << e.what() << '\n';
    return 1;
  }
  if (parts.children.empty()) return write_or_report(tpl, path, format, out, err);
  if (name == "-") {
    err << "-: the template is past one stack's quotas (" << tpl.resources().size()
        << " resources): give -o DIR to write it as a parent stack and nested stacks\n";
    return 2;
  }
  try {
    const std::vector<SplitFile> files = split_files(parts);
    // What the builder saw, then each stack as lint sees the file written.
    bool errors = false;
    const auto report = [&](const Finding& f, const std::string& file) {
      err << format_finding(f, file) << '\n';
      errors = errors || f.severity == Severity::Error;
    };
    for (const Finding& f : tpl.findings()) report(f, (path / kSplitParentFile).string());
    for (const SplitFile& file : files) {
      Document document;
      document.root = *file.document;
      document.source_bytes = file.text.size();
      // Every stack of the package is uploaded to S3 (deploy_commands), so none is passed inline.
      for (const Finding& f : lint(document, {.from_s3 = true})) report(f, (path / file.name).string());
    }
    if (errors) return 1;
    write_split_files(files, path);
    out << "wrote " << (path / kSplitParentFile).string() << " and " << parts.children.size() << " nested stacks\n\n"
        << deploy_commands(parts, path);
    return 0;
  } catch (const EmitError& e) {
    err << name << ": " << e.what() << '\n';
    return 2;
  } catch (const Error& e) {  // a write failed: "PATH: reason"
    err << e.what() << '\n';
    return 2;
  }
}

}  // namespace cfn
