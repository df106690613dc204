#include "diff/equivalence.hpp"

#include <string>

#include "emit/number.hpp"

namespace cfn::diff_detail {

std::string scalar_text(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null: return "null";
    case Value::Kind::Bool: return v.as_bool() ? "true" : "false";
    case Value::Kind::Int: return std::to_string(v.as_int());
    case Value::Kind::Double: return emitter::format_double(v.as_double());
    case Value::Kind::String: return v.as_string();
    default: return {};
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
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case Value::Kind::List: {
      const List& x = a.as_list();
      const List& y = b.as_list();
      if (x.size() != y.size()) return false;
      for (std::size_t i = 0; i < x.size(); ++i)
        if (!equivalent(x[i], y[i], how)) return false;
      return true;
    }
    case Value::Kind::Map: {
      const Map& x = a.as_map();
      const Map& y = b.as_map();
      if (x.size() != y.size()) return false;
      for (const Member& m : x) {
        const Value* other = y.find(m.key);
        if (other == nullptr || !equivalent(m.value, *other, how)) return false;
      }
      return true;
    }
    case Value::Kind::Fn:
      return a.as_fn().kind() == b.as_fn().kind() && equivalent(a.as_fn().argument(), b.as_fn().argument(), how);
    default: return false;
  }
}

}  // namespace cfn::diff_detail
