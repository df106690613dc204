#include "cfn/build.hpp"

#include <iostream>

#include "cfn/emit.hpp"
#include "cfn/file.hpp"
#include "cfn/lint.hpp"

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
      write_file_atomically(path, text);
    }
    return 0;
  } catch (const EmitError& e) {  // a value no emitter can write (a string that is not UTF-8...)
    err << name << ": " << e.what() << '\n';
    return 2;
  } catch (const Error& e) {  // the write failed: "PATH: reason"
    err << e.what() << '\n';
    return 2;
  }
}

int write_or_report(const Template& tpl, const std::filesystem::path& path, Format format) {
  return write_or_report(tpl, path, format, std::cout, std::cerr);
}

}  // namespace cfn
