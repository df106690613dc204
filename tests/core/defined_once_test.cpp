// Every fact about CloudFormation is written down once, in the core (issue 9):
// the stateful types, the sections and resource attributes
// (cfn/knowledge.hpp), the intrinsic functions, GetAtt splitting and Sub
// parsing (cfn/intrinsics.hpp), and paths (cfn/path.hpp). These tests read
// the sources of lib/, include/ and generators/ and look for the marks a
// second copy would leave: a file that lists several stateful types, a
// switch over the functions, a second scanner of "${", a second Path type or
// renderer. The names come from the core's own tables, so a fact added there
// is looked for everywhere else too.
//
// Where a file other than the definition legitimately shows the mark (the
// builder fills the sections it names), it is listed below with the reason;
// a new file showing it fails the test until it uses the core instead (or is
// listed, in review, with its reason).
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "cfn/file.hpp"
#include "cfn/intrinsics.hpp"
#include "cfn/knowledge.hpp"

namespace fs = std::filesystem;

namespace {

struct SourceFile {
  std::string path;  // relative to the source tree: "lib/core/knowledge.cpp"
  std::string text;
};

const std::vector<SourceFile>& sources() {
  static const std::vector<SourceFile> files = [] {
    std::vector<SourceFile> out;
    const fs::path root = CFNPP_SOURCE_DIR;
    for (const char* top : {"lib", "include", "generators"}) {
      for (const auto& e : fs::recursive_directory_iterator(root / top)) {
        const std::string ext = e.path().extension().string();
        if (!e.is_regular_file() || (ext != ".cpp" && ext != ".hpp" && ext != ".h" && ext != ".py")) continue;
        out.push_back({fs::relative(e.path(), root).generic_string(), cfn::read_file(e.path())});
      }
    }
    std::sort(out.begin(), out.end(), [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
    return out;
  }();
  return files;
}

/// The files in which at least `at_least` of `names` appear as string literals ("name").
template <class Names>
std::set<std::string> files_quoting(const Names& names, std::size_t at_least) {
  std::set<std::string> out;
  for (const SourceFile& f : sources()) {
    std::size_t found = 0;
    for (std::string_view name : names)
      if (f.text.find("\"" + std::string(name) + "\"") != std::string::npos) ++found;
    if (found >= at_least) out.insert(f.path);
  }
  return out;
}

/// The files in which `pattern` matches at least `at_least` times.
std::set<std::string> files_matching(const std::string& pattern, std::size_t at_least = 1) {
  const std::regex re(pattern);
  std::set<std::string> out;
  for (const SourceFile& f : sources()) {
    const auto n = static_cast<std::size_t>(
        std::distance(std::sregex_iterator(f.text.begin(), f.text.end(), re), std::sregex_iterator()));
    if (n >= at_least) out.insert(f.path);
  }
  return out;
}

std::set<std::string> only(std::initializer_list<std::string> files) { return files; }

}  // namespace

TEST_CASE("the sources are found (the checks below would pass on nothing otherwise)", "[core][once]") {
  CHECK(sources().size() > 200);
  CHECK(std::any_of(sources().begin(), sources().end(),
                    [](const SourceFile& f) { return f.path == "lib/core/knowledge.cpp"; }));
}

TEST_CASE("the stateful resource types are listed once: lib/core/knowledge.cpp", "[core][once]") {
  std::vector<std::string_view> types;
  for (const cfn::knowledge::StatefulType& t : cfn::knowledge::stateful_types()) types.push_back(t.type);
  REQUIRE(types.size() > 10);
  // Three of them in one file is a list (W3908 and the diff each had one).
  CHECK(files_quoting(types, 3) == only({
                                       "lib/core/knowledge.cpp",
                                       // The SAM mapping names what SAM turns its types into, tables and buckets
                                       // among them; it says nothing about their data.
                                       "lib/core/sam_mapping.cpp",
                                   }));
}

TEST_CASE("the sections and their order are listed once: lib/core/knowledge.cpp", "[core][once]") {
  std::vector<std::string_view> names;
  for (const cfn::knowledge::Section& s : cfn::knowledge::sections()) names.push_back(s.name);
  REQUIRE(names.size() >= 12);
  CHECK(files_quoting(names, 6) == only({
                                       "lib/core/knowledge.cpp",
                                       // The builder fills the sections it names; canonicalize() orders them.
                                       "lib/model/template.cpp",
                                       // The index reads the sections it indexes.
                                       "lib/core/template_view.cpp",
                                       // cfn::split writes the parent and each nested stack section by section.
                                       "lib/split/split.cpp",
                                       // cfnpp import writes each section with the builder call that fills it.
                                       "lib/import/cpp_import.cpp",
                                   }));
}

TEST_CASE("the resource attributes and their order are listed once: lib/core/knowledge.cpp", "[core][once]") {
  std::vector<std::string_view> names;
  for (const cfn::knowledge::ResourceAttribute& a : cfn::knowledge::resource_attributes()) names.push_back(a.name);
  REQUIRE(names.size() >= 9);
  CHECK(files_quoting(names, 5) ==
        only({
            "lib/core/knowledge.cpp",
            // The builder writes ResourceOptions into the attributes; canonicalize() orders them.
            "lib/model/template.cpp",
            // cfn::split reads each resource's Condition and DependsOn and writes the nested stacks' resources.
            "lib/split/split.cpp",
            // cfnpp import reads each attribute into its ResourceOptions field.
            "lib/import/cpp_import.cpp",
        }));
}

TEST_CASE("the intrinsic functions and their traits are listed once: lib/core/intrinsics.cpp", "[core][once]") {
  std::vector<std::string> long_names;
  std::vector<std::string> tags;
  for (const cfn::FnTraits& t : cfn::all_fn_traits()) {
    if (t.name.starts_with("Fn::")) long_names.emplace_back(t.name);
    tags.push_back("!" + std::string(t.tag));
  }
  for (std::string_view name : cfn::unmodelled_function_names()) long_names.emplace_back(name);
  REQUIRE(long_names.size() > 15);
  CHECK(files_quoting(long_names, 5) == only({"lib/core/intrinsics.cpp"}));
  // The YAML tags are the table's too (the parser and the emitter read them from it).
  CHECK(files_quoting(tags, 3) == std::set<std::string>{});
  // Classifying the functions by hand: a switch over many of them.
  CHECK(files_matching(R"(case FnKind::)", 4) == only({
                                                     // cfn::deploy evaluates the condition functions and the
                                                     // values they compare: what each computes, not what it is.
                                                     "lib/core/deployment.cpp",
                                                     // cfnpp import writes each function with its builder
                                                     // (cfn::join, cfn::if_...): how to spell it in C++.
                                                     "lib/import/cpp_import.cpp",
                                                 }));
}

TEST_CASE("YAML is written by one emitter: lib/emit/yaml_emitter.cpp", "[core][once]") {
  // Writing short-form tags (the diff had a writer of its own for values on one line).
  CHECK(files_matching(R"(fn_tag\()") == only({
                                             "include/cfn/value.hpp",    // declared
                                             "lib/core/intrinsics.cpp",  // defined, from the function table
                                             "lib/emit/yaml_emitter.cpp",
                                             // fmt's check of the written tags, read back by libyaml's loader
                                             "lib/emit/spelling_check.cpp",
                                         }));
}

TEST_CASE("GetAtt's one string is split once: cfn::split_get_att", "[core][once]") {
  // Splitting "A.b.c" in a file about GetAtt: find the dot, then cut there.
  std::set<std::string> splitting;
  for (const std::string& file : files_matching(R"(find\('\.'\)[\s\S]{0,200}?substr\()"))
    for (const SourceFile& f : sources())
      if (f.path == file && f.text.find("GetAtt") != std::string::npos) splitting.insert(file);
  CHECK(splitting == only({
                         "lib/core/intrinsics.cpp",
                         // A dotted attribute name ("Endpoint.Address") walked through the property types.
                         "lib/schema/schema.cpp",
                     }));
  // Reading the list form's parts by hand instead of through GetAttView (lib/model/arn.cpp did).
  CHECK(files_matching(R"(FnKind::GetAtt[\s\S]{0,250}?as_list\(\)\[[01]\])") == std::set<std::string>{});
}

TEST_CASE("Fn::Sub strings are parsed once: cfn::parse_sub, cfn::SubView", "[core][once]") {
  // A scanner of "${...}": looking for the next "${" from a position, or for its closing brace.
  CHECK(files_matching(R"(find\("\$\{",|find\('\}')") ==
        only({
            "lib/core/intrinsics.cpp",
            // Fn::ForEach's ${Identifier} and &{Identifier} in the logical ids it generates (not Fn::Sub).
            "lib/core/template_view.cpp",
            // The registry's ARN templates (${Partition}), read by the generator the core is built from.
            "generators/codegen/header_writer.cpp",
        }));
  // Reading the two forms (a string, or [string, variables]) by hand instead of through SubView.
  CHECK(files_matching(R"(FnKind::Sub[\s\S]{0,250}?as_list\(\)\[[01]\])") == std::set<std::string>{});
}

TEST_CASE("paths have one type and one renderer of each form: cfn/path.hpp", "[core][once]") {
  // A type of its own for a path into a document (lint's PathStack, emit's NodePath, the diff's ValuePath were).
  CHECK(files_matching(R"(\b(class|struct)\s+\w*Path\s*[{:])") == only({"include/cfn/path.hpp"}));
  // Writing an index in brackets.
  CHECK(files_matching(R"(['"]\[['"];?\s*\n?[^\n]*to_string\()") == only({"lib/core/path.cpp"}));
  // JSON pointer escapes.
  CHECK(files_matching(R"("~[01]")") == std::set<std::string>{});
}
