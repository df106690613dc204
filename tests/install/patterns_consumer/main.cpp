// A user of the optional `patterns` component: prints the Autoheal stack with
// its defaults, which must be templates/Autoheal.yaml.
#include <cfn/build.hpp>
#include <cfn/patterns/autoheal.hpp>
#include <iostream>

int main() { std::cout << cfn::to_yaml(cfn::patterns::autoheal()); }
