#include "diff/equivalence.hpp"

#include <functional>
#include <string_view>

namespace cfn::detail::diff {

bool equivalent(const Value& a, const Value& b, Comparison how) {
  if (a.is_scalar() || b.is_scalar()) return equivalent_scalars(a, b, how);
  return same_children(a, b, [how](const Value& x, const Value& y, const auto&) { return equivalent(x, y, how); });
}

namespace {

std::size_t mix(std::size_t seed, std::size_t h) noexcept {
  return seed ^ (h + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

std::size_t text_hash_of(std::string_view tag, std::string_view text) {
  return mix(std::hash<std::string_view>{}(tag), std::hash<std::string_view>{}(text));
}

}  // namespace

std::size_t text_hash(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null:  // equals only null
      return text_hash_of("z", "");
    case Value::Kind::Bool:
    case Value::Kind::Int:
    case Value::Kind::Double:
    case Value::Kind::Numeral:
    case Value::Kind::String:  // alike when CloudFormation passes the same string
      return text_hash_of("s", *cloudformation_string(v));
    case Value::Kind::List: {
      std::size_t h = text_hash_of("l", "");
      for (const Value& item : v.as_list()) h = mix(h, text_hash(item));
      return h;
    }
    case Value::Kind::Map:
      return text_hash(v.as_map());
    case Value::Kind::Fn:
      return mix(text_hash_of("f", fn_name(v.as_fn().kind())), text_hash(v.as_fn().argument()));
  }
  return 0;
}

std::size_t text_hash(const Map& m) {
  // A sum, so that key order does not count.
  std::size_t sum = 0;
  for (const Member& member : m) sum += mix(std::hash<std::string_view>{}(member.key), text_hash(member.value));
  return mix(text_hash_of("m", ""), sum);
}

}  // namespace cfn::detail::diff
