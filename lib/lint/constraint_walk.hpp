// Walks the properties of every resource whose registry schema constrains
// them, pairing each value with its constraints (cfn/registry.hpp). The
// value rules (allowed values, patterns, lengths, ranges, list sizes,
// combinations) are visitors of this one walk. A value is visited with its
// node and with each of the node's allOf branches (all of them apply); anyOf
// and oneOf branches are not walked, the combination rules judge them whole.
//
// Only values known when the template is read are visited: both branches of
// an Fn::If are, any other function (Ref, Sub, GetAtt...) is not judged, nor
// what lies below it (a parameter's Default is not the value it will have),
// nor a string holding a dynamic reference ('{{resolve:ssm:...}}').
#pragma once

#include <functional>

#include "cfn/registry.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {

/// Called with each literal value (scalar, list or map), the constraints of its place, and its path.
using ConstraintVisit = std::function<void(const Value&, const registry::Constraints&, const Path&)>;

void walk_constraints(const Context& context, const ConstraintVisit& visit);

/// '{{resolve:ssm:...}}' and the like: CloudFormation replaces it when it
/// deploys (dynamic-references.html), so the text is not the value.
[[nodiscard]] bool is_dynamic_reference(const Value& v);

/// 'text', shortened to 60 characters, for messages.
[[nodiscard]] std::string quote_value(std::string_view text);

}  // namespace cfn::detail::checks
