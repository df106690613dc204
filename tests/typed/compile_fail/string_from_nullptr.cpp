// Mistake: nullptr for a String property (which used to abort at run time).
// First error: static assertion failed: a String property takes text, an integer or a cfn::Fn, not nullptr
#include "cfn/aws/autoscaling.hpp"

int main() {
#ifdef CFNPP_MISTAKE
  auto group = cfn::aws::autoscaling::AutoScalingGroup{}.MinSize(nullptr);
#else
  auto group = cfn::aws::autoscaling::AutoScalingGroup{}.MinSize(0);
#endif
  return group.properties().size() == 1 ? 0 : 1;
}
