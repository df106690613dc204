// When two (normalised) values mean the same to CloudFormation.
#pragma once

#include <cstddef>

#include "cfn/scalar_equivalence.hpp"
#include "cfn/value.hpp"

namespace cfn::detail::diff {

/// How scalars compare (cfn/scalar_equivalence.hpp): AsString for
/// properties (what CloudFormation passes on: '80' == 80, "true" == true),
/// Json for JSON values (policy documents, event patterns, Metadata: "80" != 80).
using Comparison = ScalarEquality;

[[nodiscard]] bool equivalent(const Value& a, const Value& b, Comparison how);

/// A hash that agrees with equivalent(·, ·, Comparison::AsString): two values
/// it finds equivalent hash alike ('80' and 80, 'true' and true; map key
/// order does not count), so equivalent values can be found by hashing.
[[nodiscard]] std::size_t text_hash(const Value& v);
[[nodiscard]] std::size_t text_hash(const Map& m);

/// True when a and b are containers of the same kind and shape (lists of one
/// length, maps with the same keys, the same function) whose children all
/// satisfy `children(child_a, child_b, step)`; `step` is the list index
/// (std::size_t), the map key (std::string) or the function (FnKind).
template <class Children>
[[nodiscard]] bool same_children(const Value& a, const Value& b, Children&& children) {
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case Value::Kind::List: {
      const List& x = a.as_list();
      const List& y = b.as_list();
      if (x.size() != y.size()) return false;
      for (std::size_t i = 0; i < x.size(); ++i)
        if (!children(x[i], y[i], i)) return false;
      return true;
    }
    case Value::Kind::Map: {
      const Map& y = b.as_map();
      if (a.as_map().size() != y.size()) return false;
      for (const Member& m : a.as_map()) {
        const Value* other = y.find(m.key);
        if (other == nullptr || !children(m.value, *other, m.key)) return false;
      }
      return true;
    }
    case Value::Kind::Fn:
      return a.as_fn().kind() == b.as_fn().kind() &&
             children(a.as_fn().argument(), b.as_fn().argument(), a.as_fn().kind());
    default:
      return false;
  }
}

}  // namespace cfn::detail::diff
