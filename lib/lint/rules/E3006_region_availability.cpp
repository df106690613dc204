// E3006: every resource type is offered in each region the template is
// meant for (`cfnpp lint --regions us-east-1,eu-west-1`; default us-east-1).
// A type the region data does not know in any region (newer than the data,
// a registry type of one's own, a SAM type) is not judged; nor is a template
// a macro rewrites (it may define its own types).
// Source: the resource types per region of the CloudFormation registry
// (generators/registry/regions.json); cfn-lint E3006.
#include "cfn/registry.hpp"
#include "cfn/template_view.hpp"
#include "lint/context.hpp"
#include "lint/property_walk.hpp"
#include "text/shortened_list.hpp"

namespace cfn::detail::checks {
namespace e3006 {

void check(Context& ctx, const RuleInfo& rule) {
  const TemplateView& view = ctx.view();
  if (view.macros()) return;
  for (const TemplateResource& r : view.resources()) {
    if (!is_checked_type_namespace(r.type)) continue;
    for (const std::string& region : ctx.regions()) {
      if (registry::offered_in(r.type, region).value_or(true)) continue;
      const std::vector<std::string_view> offering = registry::regions_offering(r.type);
      const Value* type = r.find("Type");
      ctx.report(
          rule, type != nullptr ? type->mark() : r.member->key_mark, r.path / "Type",
          "resource type '" + std::string(r.type) + "' is not offered in " + region +
              (offering.empty() ? std::string(" (nor in any region)")
                                : " (it is in " + detail::strings::shortened_list(offering, 6, "regions") + ")"));
    }
  }
}

}  // namespace e3006

extern const Rule kE3006{
    {.code = "E3006",
     .severity = Severity::Error,
     .title = "Resource types are offered in the template's regions",
     .description = "Every resource type is offered in each region the template is meant for (`cfnpp lint --regions "
                    "us-east-1,eu-west-1`, `LintOptions::regions`; default us-east-1); the message lists the regions "
                    "that offer it. A type the region data (`generators/registry/regions.json`) does not know in any "
                    "region (newer than the data, SAM, registry types of one's own) is not judged, nor a template a "
                    "macro rewrites. cfn-lint: E3006.",
     .source =
         "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html"},
    e3006::check};

}  // namespace cfn::detail::checks
