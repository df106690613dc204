// E3020: where the registry schema says `dependentExcluded`, a property that
// is set excludes others (an instance's SubnetId and NetworkInterfaces, an
// alarm's Metrics and MetricName...). Only properties set
// for certain are judged (not behind an Fn::If with an AWS::NoValue branch).
// Source: the CloudFormation registry schemas (generators/registry); cfn-lint E3020.
#include <algorithm>
#include <set>
#include <utility>

#include "lint/constraint_walk.hpp"
#include "lint/context.hpp"
#include "lint/schema_match.hpp"

namespace cfn::detail::checks {
namespace e3020 {

void check(Context& ctx, const RuleInfo& rule) {
  walk_constraints(ctx, [&](const Value& v, const registry::Constraints& c, const Path& path) {
    if (!v.is_map()) return;
    const Map& map = v.as_map();
    std::set<std::pair<std::string_view, std::string_view>> reported;  // schemas often list a pair both ways
    for (const registry::Dependency& d : c.dependencies()) {
      if (!d.excluded || is_set(map, d.name) != true) continue;
      for (const std::string_view name : d.names) {
        if (is_set(map, name) != true || !reported.insert(std::minmax(name, d.name)).second) continue;
        const auto member = map.find_member(name);
        ctx.report(rule, member->key_mark, path / name,
                   std::string(name) + " must not be set with " + std::string(d.name) + " (dependentExcluded)");
      }
    }
  });
}

}  // namespace e3020

extern const Rule kE3020{
    {.code = "E3020",
     .severity = Severity::Error,
     .title = "Properties the schema excludes are not set together",
     .description = "Where the registry schema says `dependentExcluded`, a property that is set excludes the "
                    "listed others (an EC2 instance's SubnetId and NetworkInterfaces, a CloudWatch alarm's Metrics "
                    "and MetricName). The service rejects the pair. Properties behind an Fn::If with an AWS::NoValue "
                    "branch are not judged. "
                    "cfn-lint: E3020.",
     .source = "https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/resource-type-schema.html"},
    e3020::check};

}  // namespace cfn::detail::checks
