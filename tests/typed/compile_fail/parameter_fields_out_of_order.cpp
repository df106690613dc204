// Mistake: designated initializers out of the declaration order that
// cfn/template.hpp documents for cfn::Parameter (type, description, default_value, ...).
// First error: designator order for field 'cfn::Parameter::type' does not match declaration order in 'cfn::Parameter'
#include "cfn/template.hpp"

int main() {
  cfn::Template t;
#ifdef CFNPP_MISTAKE
  const auto size = t.add_parameter("Size", {.description = "GiB", .type = "Number"});
#else
  const auto size = t.add_parameter("Size", {.type = "Number", .description = "GiB"});
#endif
  return size.name() == "Size" ? 0 : 1;
}
