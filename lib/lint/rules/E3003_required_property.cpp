// E3003: the properties the specification marks as required are present,
// at any depth.
#include "lint/property_walk.hpp"
#include "lint/rules.hpp"

namespace cfn::checks {
namespace {

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

}  // namespace

extern const Rule kE3003{{"E3003", Severity::Error, "Required properties are present"}, check};

}  // namespace cfn::checks
