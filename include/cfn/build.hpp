/// @file
/// A template built in code, checked and then written: where what the
/// builder recorded (cfn::Template::findings) and what the checks find
/// (cfn/lint.hpp) meet. Nothing is written while the template has an error.
///
/// @code
///   int main() {
///     cfn::Template t;
///     ...
///     return cfn::write_or_report(t, "templates/Stack.yaml");  // 0; or 1, the findings on stderr
///   }
/// @endcode
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "cfn/document.hpp"
#include "cfn/finding.hpp"
#include "cfn/template.hpp"

namespace cfn {

/// Every finding about the template, errors and warnings: what the builder
/// recorded and what lint finds in its document, sorted as lint sorts them.
[[nodiscard]] std::vector<Finding> check(const Template& tpl);

/// The template's document in canonical order, once check() found no error;
/// else throws cfn::ValidationError listing every error (path, message, code).
/// To write a template unchecked, emit tpl.to_value() instead.
[[nodiscard]] std::string to_yaml(const Template& tpl);
/// The same as JSON (long-form intrinsics, 2-space indent).
[[nodiscard]] std::string to_json(const Template& tpl);
/// to_yaml or to_json.
[[nodiscard]] std::string emit(const Template& tpl, Format format);

/// For a driver's main(): checks the template and prints every finding to
/// `err` as `cfnpp lint` prints them ("PATH: error CODE: Resources.X: message",
/// PATH being the output file), the size limits of the written text included
/// (E1002, W1002). Returns 1 and writes nothing when there is an error; else
/// writes the template to `path` atomically ("-": to `out`) and returns 0.
/// Returns 2 after printing "PATH: reason" when it cannot be written.
[[nodiscard]] int write_or_report(const Template& tpl, const std::filesystem::path& path, Format format,
                                  std::ostream& out, std::ostream& err);
/// The same with standard output and standard error, YAML unless `format` says otherwise.
[[nodiscard]] int write_or_report(const Template& tpl, const std::filesystem::path& path, Format format = Format::Yaml);

/// For a driver whose template may be past one stack's quotas (a fleet): as
/// write_or_report when it fits one stack; else splits it (cfn/split.hpp)
/// into the directory `path` as parent.yaml and the nested stacks, in YAML,
/// checking each stack as written (findings printed with its file's name)
/// and writing nothing when one has an error (1), then prints to `out` the
/// commands that deploy them. Returns 2 when `path` is "-" (a split is
/// files), 1 when the template cannot be split (the reason printed).
[[nodiscard]] int write_split_or_report(const Template& tpl, const std::filesystem::path& path, Format format,
                                        std::ostream& out, std::ostream& err);

}  // namespace cfn
