// E3001: every resource has a Type, and a type in the specification's
// namespaces (AWS::, Alexa::) is one the specification knows; its keys are
// resource attributes (Type, Properties, DependsOn, Condition, Metadata, the
// policies; Version; with SAM also Connectors and IgnoreGlobals): a `Tags:` beside
// `Properties:` is rejected ("Invalid template resource property"). Not
// judged when the Transform section names a macro (it may define its own
// types, as the S3Objects sample's AWS::S3::Object), nor for Fn::ForEach entries.
// Source: resources-section-structure.html, the SAM connectors and Globals
// pages; cfn-lint E3001.
#include <algorithm>
#include <span>
#include <vector>

#include "cfn/knowledge.hpp"
#include "cfn/schema.hpp"
#include "cfn/template_view.hpp"
#include "lint/context.hpp"
#include "lint/property_walk.hpp"

namespace cfn::detail::checks {
namespace e3001 {

// Accepted besides the resource attributes: Version, of the early custom
// resources (AWS's own samples set Version: "1.0" and deploy; cfn-lint accepts it).
constexpr std::string_view kAlsoAccepted[] = {"Version"};
// What SAM adds to the resource attributes of every resource in a SAM template.
constexpr std::string_view kSamAttributes[] = {"Connectors", "IgnoreGlobals"};

bool listed(std::span<const std::string_view> names, std::string_view key) {
  return std::find(names.begin(), names.end(), key) != names.end();
}

void check_attributes(Context& ctx, const RuleInfo& rule, const TemplateResource& r) {
  for (const Member& m : *r.body) {
    if (knowledge::find_resource_attribute(m.key) != nullptr || listed(kAlsoAccepted, m.key)) continue;
    if (ctx.view().sam() && listed(kSamAttributes, m.key)) continue;
    std::vector<std::string_view> names;
    for (const knowledge::ResourceAttribute& a : knowledge::resource_attributes()) names.push_back(a.name);
    std::string hint = did_you_mean(m.key, names);
    if (hint.empty() && r.schema && r.schema->find_property(m.key)) hint = " (a property: it belongs under Properties)";
    ctx.report(rule, m.key_mark, r.path / m.key,
               "resource '" + std::string(r.id) + "' has an unknown attribute '" + m.key + "'" + hint);
  }
}

void check(Context& ctx, const RuleInfo& rule) {
  const TemplateView& idx = ctx.view();
  if (idx.macros()) return;                            // a macro may define types and fill in Type
  for (const TemplateResource& r : idx.resources()) {  // Fn::ForEach entries are expanded, not judged as resources
    if (r.body == nullptr) {
      const Value& v = r.member->value;
      ctx.report(rule, v.mark().known() ? v.mark() : r.member->key_mark, r.path,
                 "resource '" + std::string(r.id) + "' must be a map with a Type, not " + describe_kind(v));
      continue;
    }
    const Value* type = r.find("Type");
    if (type == nullptr) {
      ctx.report(rule, r.member->key_mark, r.path, "resource '" + std::string(r.id) + "' has no Type");
    } else if (!type->is_string()) {
      ctx.report(rule, type->mark(), r.path / "Type", "Type must be a string, got " + describe_kind(*type));
    } else if (r.type.empty()) {
      ctx.report(rule, type->mark().known() ? type->mark() : r.member->key_mark, r.path / "Type",
                 "resource '" + std::string(r.id) + "' has an empty Type");
    } else if (!r.schema && is_checked_type_namespace(r.type)) {
      ctx.report(rule, type->mark(), r.path / "Type",
                 "unknown resource type '" + type->as_string() + "'" + did_you_mean(type->as_string(), ctx.names(Context::Names::ResourceTypes)));
    }
    check_attributes(ctx, rule, r);
  }
}

}  // namespace e3001

extern const Rule kE3001{
    {.code = "E3001",
     .severity = Severity::Error,
     .title = "Resource types exist in the specification and resources have known attributes",
     .description = "Every resource is a map with a Type; AWS::/Alexa:: types exist in the specification "
                    "(did-you-mean); its keys are resource attributes (Type, Properties, DependsOn, Condition, "
                    "Metadata, CreationPolicy, UpdatePolicy, DeletionPolicy, UpdateReplacePolicy; Version; with SAM "
                    "also Connectors and IgnoreGlobals): a `Tags:` beside `Properties:` is rejected, and the message "
                    "says when the key is a property of the type. Not judged under a macro (it may define types). "
                    "cfn-lint: E3001/E3006.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cfn-resource-specification.html"},
    e3001::check};

}  // namespace cfn::detail::checks
