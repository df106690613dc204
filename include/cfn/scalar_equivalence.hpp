// When two scalars (null, booleans, numbers, strings) mean the same, defined
// once for every tool: fmt keeps scalars Exact, the diff compares JSON-typed
// values (policy documents, Metadata) as Json and every other property by
// what CloudFormation passes to the resource: a string (AsString). Each is an
// equivalence relation (reflexive, symmetric, transitive; tests/core).
#pragma once

#include <optional>
#include <string>

#include "cfn/value.hpp"

namespace cfn {

enum class ScalarEquality : unsigned char {
  /// The same kind and value: 1, 1.0, "1" and true all differ, and so do 0.0 and -0.0.
  Exact,
  /// JSON's: the same kind, numbers by their exact value (80 == 80.0).
  Json,
  /// The same string reaches the resource: '80' == 80, "true" == true,
  /// '8.0' == 8.0, but 8.0 != 8 ("8.0" and "8"), and null only equals null.
  AsString,
};

/// The string CloudFormation passes to a resource for a scalar: a string as
/// it is; true or false; an integer in decimal; a double as cfnpp writes it
/// (8.0, 0.5, 1.0e+21: the shortest text that reads back exactly); a
/// numeral's number in one spelling (1.0e+400 for 1e400 and 10e399). nullopt
/// for null, which is no string, and for lists, maps and functions.
[[nodiscard]] std::optional<std::string> cloudformation_string(const Value& scalar);

/// a and b are scalars that are equal under `how`; false when either is not a scalar.
[[nodiscard]] bool equivalent_scalars(const Value& a, const Value& b, ScalarEquality how);

}  // namespace cfn
