// Mistake: a floating-point number for an Integer property.
// First error: static assertion failed: an Integer property takes an integer or a cfn::Fn, not a floating-point number
#include "cfn/aws/lambda.hpp"

int main() {
#ifdef CFNPP_MISTAKE
  auto function = cfn::aws::lambda::Function{}.Timeout(1.5);
#else
  auto function = cfn::aws::lambda::Function{}.Timeout(2);
#endif
  return function.properties().size() == 1 ? 0 : 1;
}
