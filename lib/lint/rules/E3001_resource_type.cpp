// E3001: every resource has a Type, and a type in the specification's
// namespaces (AWS::, Alexa::) is one the specification knows. Not judged
// when the Transform section names a macro (it may define its own types, as
// the S3Objects sample's AWS::S3::Object), nor for Fn::ForEach entries.
#include <vector>

#include "cfn/schema.hpp"
#include "lint/property_walk.hpp"
#include "lint/rules.hpp"
#include "lint/template_index.hpp"

namespace cfn::checks {
namespace {

std::string suggestion(std::string_view type) {
  std::vector<std::string_view> names;
  for (const schema::ResourceTypeInfo t : schema::resource_types()) names.push_back(t.name());
  const std::string_view best = closest_match(type, names);
  return best.empty() ? "" : " (did you mean " + std::string(best) + "?)";
}

void check(Context& ctx, const RuleInfo& rule) {
  const Map* resources = ctx.section("Resources");
  if (resources == nullptr || ctx.index().macros()) return;  // a macro may define types and fill in Type
  const bool loops = ctx.index().language_extensions();
  for (const Member& r : *resources) {
    const std::string path = join_path("Resources", r.key);
    if (!r.value.is_map()) {
      if (!(loops && r.key.starts_with("Fn::ForEach::")))
        ctx.report(rule, r.value.mark().known() ? r.value.mark() : r.key_mark, path,
                   "resource '" + r.key + "' must be a map with a Type, not " + describe_kind(r.value));
      continue;
    }
    const Value* type = r.value.find("Type");
    if (type == nullptr) {
      ctx.report(rule, r.key_mark, path, "resource '" + r.key + "' has no Type");
    } else if (!type->is_string()) {
      ctx.report(rule, type->mark(), path + ".Type", "Type must be a string, got " + describe_kind(*type));
    } else if (is_checked_type_namespace(type->as_string()) && !schema::find_resource_type(type->as_string())) {
      ctx.report(rule, type->mark(), path + ".Type",
                 "unknown resource type '" + type->as_string() + "'" + suggestion(type->as_string()));
    }
  }
}

}  // namespace

extern const Rule kE3001{{"E3001", Severity::Error, "Resource types exist in the specification"}, check};

}  // namespace cfn::checks
