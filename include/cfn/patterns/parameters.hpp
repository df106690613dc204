// Template parameters that may be left empty, with the condition that says
// whether they were given: for options a deployer may skip (a key pair, an
// e-mail address, a KMS key).
//
//   auto email = add_optional_parameter(t, "AlarmEmail", {.description = "Where alarms go; empty: nowhere"});
//   topic_options.email = email.parameter.ref();
//   topic_options.email_condition = email.is_set;     // HasAlarmEmail
#pragma once

#include <string_view>

#include "cfn/template.hpp"

namespace cfn::patterns {

struct OptionalParameter {
  ParameterRef parameter;
  /// "Has" + the parameter's name: true when the parameter is not empty.
  ConditionRef is_set;
  /// Fn::If: the parameter's value when it is set, else AWS::NoValue (the property is left out).
  [[nodiscard]] Fn value_or_nothing() const;
};

/// Adds the parameter (its default is "" unless `parameter` has one) and its condition.
OptionalParameter add_optional_parameter(Template& t, std::string_view name, Parameter parameter);

}  // namespace cfn::patterns
