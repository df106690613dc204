// E1001: the top level holds only CloudFormation's sections, each of the kind
// it must be, and Resources is present and not empty ("At least one
// Resources member must be defined"). SAM templates may add Globals.
// Source: the template anatomy page (template-anatomy.md) and cfn-lint E1001.
#include <array>

#include "lint/rules.hpp"
#include "lint/template_index.hpp"

namespace cfn::checks {
namespace {

enum class Kind { Map, String, StringOrList, Any };

struct SectionInfo {
  std::string_view name;
  Kind kind;
};

constexpr std::array<SectionInfo, 11> kSections{{
    {"AWSTemplateFormatVersion", Kind::Any},  // E1006
    {"Description", Kind::Any},               // E1004
    {"Metadata", Kind::Map},
    {"Parameters", Kind::Map},
    {"Rules", Kind::Map},
    {"Mappings", Kind::Map},
    {"Conditions", Kind::Map},
    {"Transform", Kind::StringOrList},
    {"Resources", Kind::Map},
    {"Outputs", Kind::Map},
    {"Hooks", Kind::Map},  // CodeDeploy blue/green deployments (AWS::CodeDeployBlueGreen)
}};

void check(Context& ctx, const RuleInfo& rule) {
  if (!ctx.root().is_map()) return;
  const bool sam = ctx.index().sam();
  std::vector<std::string_view> names;
  for (const SectionInfo& s : kSections) names.push_back(s.name);
  if (sam) names.push_back("Globals");

  for (const Member& m : ctx.root().as_map()) {
    const SectionInfo* info = nullptr;
    for (const SectionInfo& s : kSections)
      if (s.name == m.key) info = &s;
    if (info == nullptr && sam && m.key == "Globals") {
      static constexpr SectionInfo kGlobals{"Globals", Kind::Map};
      info = &kGlobals;
    }
    if (info == nullptr) {
      ctx.report(rule, m.key_mark, Path{m.key},
                 "unknown top-level section '" + m.key + "'" + did_you_mean(m.key, names));
      continue;
    }
    const Value& v = m.value;
    bool ok = true;
    switch (info->kind) {
      case Kind::Map:
        ok = v.is_map();
        break;
      case Kind::String:
        ok = v.is_string();
        break;
      case Kind::StringOrList:
        ok = v.is_string() || v.is_list();
        break;
      case Kind::Any:
        break;
    }
    if (!ok) {
      const std::string_view expected = info->kind == Kind::Map ? "a map" : "a string or a list of strings";
      ctx.report(rule, v.mark().known() ? v.mark() : m.key_mark, Path{m.key},
                 "section " + m.key + " must be " + std::string(expected) + ", not " + describe_kind(v));
    }
  }

  const Value* resources = ctx.root().find("Resources");
  if (resources == nullptr) {
    ctx.report(rule, ctx.root().mark(), Path{"Resources"},
               "the template has no Resources section; it needs at least one resource");
  } else if (resources->is_map() && resources->as_map().empty()) {
    ctx.report(rule, resources->mark(), Path{"Resources"},
               "Resources is empty; a template needs at least one resource");
  }
}

}  // namespace

extern const Rule kE1001{
    {"E1001", Severity::Error, "Top-level sections are known, well formed, and Resources is not empty"}, check};

}  // namespace cfn::checks
