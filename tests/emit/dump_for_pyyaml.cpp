// Prints one document as YAML and as JSON, separated by a NUL byte, for
// pyyaml_crosscheck.py: the tricky strings (as values, keys, list items and
// !Sub arguments) and the example stack.
#include <iostream>

#include "cfn/canonical.hpp"
#include "cfn/emit.hpp"
#include "cfn/intrinsics.hpp"
#include "support/example_stack.hpp"
#include "support/tricky_strings.hpp"

int main() {
  cfn::List values;
  cfn::Map keys;
  for (const std::string& s : cfn::test::tricky_strings()) {
    if (s.find('\0') != std::string::npos) continue;  // PyYAML rejects NUL even escaped in some versions
    values.push_back(cfn::Map{{"value", s}, {"items", cfn::List{s}}, {"sub", cfn::sub(s)}});
    keys.set(s, s.size());
  }
  const cfn::Value doc =
      cfn::Map{{"Values", values}, {"Keys", keys}, {"Stack", cfn::canonicalize(cfn::test::example_stack().to_value())}};
  std::cout << cfn::to_yaml(doc) << '\0' << cfn::to_json(doc);
}
