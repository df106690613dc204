// E1001: the top level holds only CloudFormation's sections, each of the kind
// it must be, and Resources is present and not empty ("At least one
// Resources member must be defined"). SAM templates may add Globals.
// Source: the template anatomy page (template-anatomy.md) and cfn-lint E1001.
#include "cfn/knowledge.hpp"
#include "cfn/template_view.hpp"
#include "lint/context.hpp"
#include "lint/section_checks.hpp"

namespace cfn::detail::checks {
namespace e1001 {

using knowledge::SectionShape;

/// The Transform section names macros: each a string that is not empty.
void check_macro_names(Context& ctx, const RuleInfo& rule, const Member& section) {
  auto one = [&](const Value& name, const Path& path) {
    if (name.is_string() && name.as_string().empty())
      ctx.report(rule, name.mark().known() ? name.mark() : section.key_mark, path,
                 "an empty string names no macro; write the transform's name");
  };
  if (!section.value.is_list()) return one(section.value, Path{section.key});
  for (std::size_t i = 0; i < section.value.as_list().size(); ++i)
    one(section.value.as_list()[i], Path{section.key, i});
}

void check(Context& ctx, const RuleInfo& rule) {
  if (!ctx.root().is_map()) return;
  const bool sam = ctx.view().sam();
  std::vector<std::string_view> names;
  for (const knowledge::Section& s : knowledge::sections())
    if (sam || !s.sam_only) names.push_back(s.name);

  for (const Member& m : ctx.root().as_map()) {
    const knowledge::Section* info = knowledge::find_section(m.key);
    if (info == nullptr || (info->sam_only && !sam)) {
      ctx.report(rule, m.key_mark, Path{m.key},
                 "unknown top-level section '" + m.key + "'" + did_you_mean(m.key, names));
      continue;
    }
    const Value& v = m.value;
    const bool ok = info->shape == SectionShape::Any || (info->shape == SectionShape::Map && v.is_map()) ||
                    (info->shape == SectionShape::StringOrList && (v.is_string() || v.is_list()));
    if (!ok) {
      const std::string_view expected = info->shape == SectionShape::Map ? "a map" : "a string or a list of strings";
      ctx.report(rule, v.mark().known() ? v.mark() : m.key_mark, Path{m.key},
                 "section " + m.key + " must be " + std::string(expected) + ", not " + describe_kind(v));
    } else if (info->shape == SectionShape::StringOrList) {
      check_macro_names(ctx, rule, m);
    }
  }
  check_logical_ids(ctx, rule, "Rules", "rule");

  const Value* resources = ctx.root().find("Resources");
  if (resources == nullptr) {
    ctx.report(rule, ctx.root().mark(), Path{"Resources"},
               "the template has no Resources section; it needs at least one resource");
  } else if (resources->is_map() && resources->as_map().empty()) {
    ctx.report(rule, resources->mark(), Path{"Resources"},
               "Resources is empty; a template needs at least one resource");
  }
}

}  // namespace e1001

extern const Rule kE1001{
    {.code = "E1001",
     .severity = Severity::Error,
     .title = "Top-level sections are known, well formed, and Resources is not empty",
     .description = "Top-level sections are CloudFormation's (AWSTemplateFormatVersion, Description, Metadata, "
                    "Parameters, Rules, Mappings, Conditions, Transform, Resources, Outputs, Hooks; Globals with "
                    "SAM), each of its kind (maps, Transform a string or list); Resources is present and not empty. "
                    "CloudFormation rejects unknown sections and \"At least one Resources member must be defined\". "
                    "Did-you-mean for misspellings. Transform names no empty macro, and Rules entries have logical-id "
                    "names (1-255 ASCII letters and digits). cfn-lint: E1001.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html"},
    e1001::check};

}  // namespace cfn::detail::checks
