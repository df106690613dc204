// E3021: where the registry schema says `dependentRequired` (or draft-07
// `dependencies`), a property that is set requires others (a security
// group's SecurityGroupEgress requires VpcId). Only what is certain is
// judged: a property behind an Fn::If with an AWS::NoValue branch neither
// requires nor satisfies.
// Source: the CloudFormation registry schemas (generators/registry); cfn-lint E3021.
#include "lint/constraint_walk.hpp"
#include "lint/context.hpp"
#include "lint/schema_match.hpp"

namespace cfn::detail::checks {
namespace e3021 {

void check(Context& ctx, const RuleInfo& rule) {
  walk_constraints(ctx, [&](const Value& v, const registry::Constraints& c, const Path& path) {
    if (!v.is_map()) return;
    const Map& map = v.as_map();
    for (const registry::Dependency& d : c.dependencies()) {
      if (d.excluded || is_set(map, d.name) != true) continue;
      for (const std::string_view name : d.names) {
        if (is_set(map, name) != false) continue;
        const auto member = map.find_member(d.name);
        ctx.report(rule, member->key_mark, path / d.name,
                   std::string(d.name) + " requires " + std::string(name) + " (dependentRequired)");
      }
    }
  });
}

}  // namespace e3021

extern const Rule kE3021{
    {.code = "E3021",
     .severity = Severity::Error,
     .title = "Properties the schema makes dependent are set together",
     .description = "Where the registry schema says `dependentRequired` (or `dependencies`), a property that is set "
                    "requires the listed others: a security group's SecurityGroupEgress requires VpcId (egress "
                    "rules exist only in a VPC). Properties behind an Fn::If with an AWS::NoValue branch are not "
                    "judged. cfn-lint: E3021.",
     .source = "https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/resource-type-schema.html"},
    e3021::check};

}  // namespace cfn::detail::checks
