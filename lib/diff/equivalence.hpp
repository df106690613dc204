// When two (normalised) values mean the same to CloudFormation.
#pragma once

#include <cstddef>
#include <string>

#include "cfn/value.hpp"

namespace cfn::detail::diff {

enum class Comparison : unsigned char {
  /// Scalars compare by the text CloudFormation hands on: '80' == 80,
  /// "true" == true, 80 == 80.0; null equals only null.
  Text,
  /// JSON values (policy documents, event patterns, Metadata): the kinds
  /// count ("80" != 80), as in Value::operator== (80 == 80.0).
  Json,
};

[[nodiscard]] bool equivalent(const Value& a, const Value& b, Comparison how);

/// A hash that agrees with equivalent(·, ·, Comparison::Text): two values it
/// finds equivalent hash alike ('80', 80 and 80.0 included; map key order
/// does not count), so equivalent values can be found by hashing.
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

/// The text of a scalar as CloudFormation passes it on ("true", "80", "0.5").
[[nodiscard]] std::string scalar_text(const Value& scalar);

}  // namespace cfn::detail::diff
