// E3003: the properties the specification marks as required are present,
// at any depth.
#include "lint/context.hpp"
#include "lint/property_walk.hpp"

namespace cfn::detail::checks {
namespace e3003 {

class RequiredProperties : public PropertyVisitor {
 public:
  RequiredProperties(Context& ctx, const RuleInfo& rule) : ctx_(ctx), rule_(rule) {}

  void object(const Map* object, Mark mark, schema::PropertyList properties, std::string_view type_name,
              const Path& path) override {
    for (const schema::PropertyInfo p : properties)
      if (p.required() && (object == nullptr || !object->contains(p.name())))
        ctx_.report(rule_, mark, path,
                    "missing required property '" + std::string(p.name()) + "' of " + std::string(type_name));
  }

 private:
  Context& ctx_;
  const RuleInfo& rule_;
};

void check(Context& ctx, const RuleInfo& rule) {
  RequiredProperties visitor(ctx, rule);
  walk_properties(ctx, visitor);
}

}  // namespace e3003

extern const Rule kE3003{
    {.code = "E3003",
     .severity = Severity::Error,
     .title = "Required properties are present",
     .description = "Required properties are present, at any depth. Missing ones fail. cfn-lint: E3003.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cfn-resource-specification.html"},
    e3003::check};

}  // namespace cfn::detail::checks
