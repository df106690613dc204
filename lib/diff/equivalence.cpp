#include "diff/equivalence.hpp"

#include <string>

#include "emit/number.hpp"

namespace cfn::detail::diff {

std::string scalar_text(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null:
      return "null";
    case Value::Kind::Bool:
      return v.as_bool() ? "true" : "false";
    case Value::Kind::Int:
      return std::to_string(v.as_int());
    case Value::Kind::Double:
      return detail::emitter::format_double(v.as_double());
    case Value::Kind::Numeral:
      return v.as_numeral().text();
    case Value::Kind::String:
      return v.as_string();
    default:
      return {};
  }
}

namespace {

bool scalars_equivalent(const Value& a, const Value& b, Comparison how) {
  if (how == Comparison::Json || a.is_null() || b.is_null()) return a == b;
  if (a.is_number() && b.is_number()) return a == b;
  if (a.kind() == b.kind()) return a == b;
  return scalar_text(a) == scalar_text(b);
}

}  // namespace

bool equivalent(const Value& a, const Value& b, Comparison how) {
  if (a.is_scalar() && b.is_scalar()) return scalars_equivalent(a, b, how);
  return same_children(a, b, [how](const Value& x, const Value& y, const auto&) { return equivalent(x, y, how); });
}

}  // namespace cfn::detail::diff
