#include "cfn/patterns/parameters.hpp"

#include <string>

#include "cfn/intrinsics.hpp"

namespace cfn::patterns {

Fn OptionalParameter::value_or_nothing() const { return if_(is_set, parameter.ref(), pseudo::no_value()); }

OptionalParameter add_optional_parameter(Template& t, std::string_view name, Parameter parameter) {
  if (!parameter.default_value) parameter.default_value = "";
  auto ref = t.add_parameter(name, std::move(parameter));
  auto is_set = t.add_condition("Has" + std::string(name), not_(equals(ref.ref(), "")));
  return {std::move(ref), std::move(is_set)};
}

}  // namespace cfn::patterns
