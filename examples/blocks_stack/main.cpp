// Prints the stack of blue_green.hpp: a stack from the building blocks.
#include <cfn/build.hpp>

#include "blue_green.hpp"

int main() { return cfn::write_or_report(blue_green(), "-"); }
