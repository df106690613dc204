// E3710: no resource of a service AWS has shut down, judged at the as-of
// date (LintOptions::as_of, default lint_data_date()): after the end of
// support the service's resources can no longer be created or reached.
// Source: each service's end-of-support page, in the table below; cfn-lint E3710.
#include <array>

#include "cfn/template_view.hpp"
#include "lint/context.hpp"
#include "lint/property_walk.hpp"

namespace cfn::detail::checks {
namespace e3710 {

struct Discontinued {
  std::string_view prefix;   // of the resource types: "AWS::IoTAnalytics::"
  std::string_view service;  // "AWS IoT Analytics"
  std::string_view end;      // the end of support, YYYY-MM-DD
};

// https://docs.aws.amazon.com/iotanalytics/latest/userguide/iotanalytics-end-of-support.html:
// "After December 15, 2025, you will no longer be able to access the AWS IoT Analytics console, or AWS IoT
// Analytics resources."
constexpr std::array<Discontinued, 1> kDiscontinued{{
    {"AWS::IoTAnalytics::", "AWS IoT Analytics", "2025-12-15"},
}};

void check(Context& ctx, const RuleInfo& rule) {
  for (const TemplateResource& r : ctx.view().resources()) {
    for (const Discontinued& d : kDiscontinued) {
      if (!r.type.starts_with(d.prefix) || ctx.as_of() < d.end) continue;
      const Value* type = r.find("Type");
      ctx.report(rule, type != nullptr ? type->mark() : r.member->key_mark, r.path / "Type",
                 "resource type '" + std::string(r.type) + "' belongs to " + std::string(d.service) +
                     ", which AWS shut down on " + std::string(d.end));
    }
  }
}

}  // namespace e3710

extern const Rule kE3710{
    {.code = "E3710",
     .severity = Severity::Error,
     .title = "No resources of services AWS has shut down",
     .description = "No resource of a service AWS has shut down, at the as-of date (`--as-of`): AWS IoT Analytics "
                    "(2025-12-15). Its resources can no longer be created or reached. cfn-lint: E3710.",
     .source = "https://docs.aws.amazon.com/iotanalytics/latest/userguide/iotanalytics-end-of-support.html"},
    e3710::check};

}  // namespace cfn::detail::checks
