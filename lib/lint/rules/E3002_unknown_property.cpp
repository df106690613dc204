// E3002: every property, at any depth, is one the specification lists for
// its resource type or property type. A Fn::Transform key (AWS::Include, or a
// snippet macro) stands for what it will insert and is not judged; a
// read-only property of the registry schema is E3040's.
#include <vector>

#include "lint/context.hpp"
#include "lint/property_walk.hpp"
#include "lint/read_only.hpp"

namespace cfn::detail::checks {
namespace e3002 {

class UnknownProperties : public PropertyVisitor {
 public:
  UnknownProperties(Context& ctx, const RuleInfo& rule) : ctx_(ctx), rule_(rule) {}

  void object(const Map* object, Mark, schema::PropertyList properties, std::string_view type_name,
              const Path& path) override {
    if (object == nullptr) return;
    for (const Member& m : *object) {
      if (schema::find_property(properties, m.key) || m.key == "Fn::Transform") continue;  // AWS::Include merges in
      if (is_read_only(type_name, path / m.key)) continue;
      std::vector<std::string_view> names;
      for (const schema::PropertyInfo p : properties) names.push_back(p.name());
      const std::string_view best = closest_match(m.key, names);
      ctx_.report(rule_, m.key_mark, path / m.key,
                  "unknown property '" + m.key + "' of " + std::string(type_name) +
                      (best.empty() ? "" : " (did you mean " + std::string(best) + "?)"));
    }
  }

 private:
  Context& ctx_;
  const RuleInfo& rule_;
};

void check(Context& ctx, const RuleInfo& rule) {
  UnknownProperties visitor(ctx, rule);
  walk_properties(ctx, visitor);
}

}  // namespace e3002

extern const Rule kE3002{
    {.code = "E3002",
     .severity = Severity::Error,
     .title = "Properties exist in the specification",
     .description = "Every property, at any depth, exists for its type (did-you-mean). A `Fn::Transform` key is not "
                    "judged; a read-only property of the registry schema is E3040's. CloudFormation rejects unknown "
                    "properties. cfn-lint: E3002.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cfn-resource-specification.html"},
    e3002::check};

}  // namespace cfn::detail::checks
