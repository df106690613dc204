// E3040: no property the registry schema says is read-only
// (`readOnlyProperties`: an ARN, an endpoint, an id CloudFormation returns)
// is set in a template. CloudFormation does not send it to the resource.
// The classic specification lists some such names as properties ("Read
// only.") and others not at all: E3002 leaves them to this rule. A name the
// schema also lists as create-only, write-only or required is settable (the
// table leaves it out, generators/codegen/registry_writer.cpp).
// Source: the CloudFormation registry schemas (generators/registry); cfn-lint E3040.
#include "lint/context.hpp"
#include "lint/property_walk.hpp"
#include "lint/read_only.hpp"

namespace cfn::detail::checks {
namespace e3040 {

class ReadOnlyProperties : public PropertyVisitor {
 public:
  ReadOnlyProperties(Context& ctx, const RuleInfo& rule) : ctx_(ctx), rule_(rule) {}

  void object(const Map* object, Mark, schema::PropertyList, std::string_view type_name, const Path& path) override {
    if (object == nullptr) return;
    for (const Member& m : *object) {
      const Path at = path / m.key;
      if (!is_read_only(type_name, at)) continue;
      ctx_.report(rule_, m.key_mark, at,
                  "'" + m.key + "' is a read-only property of " + std::string(type_name) +
                      " (readOnlyProperties): CloudFormation does not pass a value to the resource; read it with "
                      "Fn::GetAtt");
    }
  }

 private:
  Context& ctx_;
  const RuleInfo& rule_;
};

void check(Context& ctx, const RuleInfo& rule) {
  ReadOnlyProperties visitor(ctx, rule);
  walk_properties(ctx, visitor);
}

}  // namespace e3040

extern const Rule kE3040{
    {.code = "E3040",
     .severity = Severity::Error,
     .title = "Read-only properties are not set",
     .description = "No property the registry schema lists in `readOnlyProperties` (at any depth) is set: an ARN, "
                    "an endpoint, an id CloudFormation returns. It is not passed to the resource; read it with "
                    "Fn::GetAtt. Reported instead of E3002's unknown property. A name the schema also lists as "
                    "create-only, write-only or required is settable (the schema contradicts itself: a SageMaker "
                    "endpoint's EndpointName) and is not judged. cfn-lint: E3040.",
     .source = "https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/"
               "resource-type-schema.html#schema-properties-readonlyproperties"},
    e3040::check};

}  // namespace cfn::detail::checks
