// E2002: every parameter is a map with a Type, a string that is not empty
// ("Type: The data type for the parameter. Required: Yes") and one of the
// types CloudFormation has (cfn/parameter_types.hpp, the list the builder
// takes its types from; names are case-sensitive).
// Source: parameters-section-structure.html; cfn-lint E2002.
#include <vector>

#include "cfn/parameter_types.hpp"
#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace e2002 {

void check(Context& ctx, const RuleInfo& rule) {
  const Map* parameters = ctx.view().section("Parameters");
  if (parameters == nullptr) return;
  for (const Member& p : *parameters) {
    const std::string name = "parameter '" + p.key + "'";
    if (!p.value.is_map()) {
      ctx.report(rule, p.value.mark().known() ? p.value.mark() : p.key_mark, Path{"Parameters", p.key},
                 name + " must be a map with a Type, not " + describe_kind(p.value));
      continue;
    }
    const Value* type = p.value.find("Type");
    if (type == nullptr) {
      ctx.report(rule, p.key_mark, Path{"Parameters", p.key}, name + " has no Type");
    } else if (!type->is_string()) {
      ctx.report(rule, type->mark(), Path{"Parameters", p.key, "Type"},
                 "the Type of " + name + " must be a string, not " + describe_kind(*type));
    } else if (type->as_string().empty()) {
      ctx.report(rule, type->mark().known() ? type->mark() : p.key_mark, Path{"Parameters", p.key, "Type"},
                 name + " has an empty Type");
    } else if (!ParameterType::find(type->as_string())) {
      const std::vector<std::string_view> known(ParameterType::names().begin(), ParameterType::names().end());
      ctx.report(rule, type->mark().known() ? type->mark() : p.key_mark, Path{"Parameters", p.key, "Type"},
                 name + " has Type '" + type->as_string() + "', which is not a CloudFormation parameter type" +
                     did_you_mean(type->as_string(), known));
    }
  }
}

}  // namespace e2002

extern const Rule kE2002{
    {.code = "E2002",
     .severity = Severity::Error,
     .title = "Parameters have a Type CloudFormation has",
     .description = "Every parameter is a map with a Type that is one of CloudFormation's parameter types (String, "
                    "Number, List<Number>, CommaDelimitedList, the AWS-specific types such as AWS::EC2::Subnet::Id "
                    "and their List<...>, AWS::SSM::Parameter::Name and AWS::SSM::Parameter::Value<...>), spelled "
                    "exactly: CloudFormation requires it and rejects other names. cfn-lint: E2002.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html"},
    e2002::check};

}  // namespace cfn::detail::checks
