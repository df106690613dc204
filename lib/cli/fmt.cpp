#include "cli/fmt.hpp"

#include "cfn/canonical.hpp"
#include "cfn/parse.hpp"
#include "cfn/scalar_equivalence.hpp"
#include "emit/spelling_check.hpp"

namespace cfn::detail::cli {
namespace {

std::string describe(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null:
      return "null";
    case Value::Kind::Bool:
      return v.as_bool() ? "true" : "false";
    case Value::Kind::Int:
      return std::to_string(v.as_int());
    case Value::Kind::Double:
    case Value::Kind::Numeral:
      return "number " + *cloudformation_string(v);
    case Value::Kind::String:
      return "string \"" + v.as_string().substr(0, 40) + "\"";
    default:
      return describe_kind(v);
  }
}

std::string where(const Path& path) { return path.empty() ? "(root)" : to_string(path); }

// What differs first between a and b, at its path, or nullopt.
std::optional<std::string> first_difference(const Value& a, const Value& b, Path& path) {
  if (a.is_scalar() && b.is_scalar() && equivalent_scalars(a, b, ScalarEquality::Exact)) return std::nullopt;
  if (a.kind() != b.kind() || a.is_scalar()) return where(path) + ": " + describe(a) + " became " + describe(b);
  if (a.is_map()) {
    for (const Member& m : a.as_map()) {
      const Path::Scope scope(path, m.key);
      const Value* other = b.find(m.key);
      if (other == nullptr) return where(path) + ": lost";
      if (auto d = first_difference(m.value, *other, path)) return d;
    }
    for (const Member& m : b.as_map())
      if (!a.as_map().contains(m.key)) return where(path / m.key) + ": appeared";
  }
  if (a.is_list()) {
    const List& x = a.as_list();
    const List& y = b.as_list();
    if (x.size() != y.size())
      return where(path) + ": " + std::to_string(x.size()) + " items became " + std::to_string(y.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
      const Path::Scope scope(path, i);
      if (auto d = first_difference(x[i], y[i], path)) return d;
    }
  }
  if (a.is_fn()) {
    if (a.as_fn().kind() != b.as_fn().kind()) return where(path) + ": " + describe(a) + " became " + describe(b);
    const Path::Scope scope(path, fn_name(a.as_fn().kind()));
    return first_difference(a.as_fn().argument(), b.as_fn().argument(), path);
  }
  return std::nullopt;
}

}  // namespace

std::string canonical_text(const Value& document, Format format) { return emit(canonicalize(document), format); }

std::optional<std::string> meaning_change(const Value& original, const std::string& text, Format format) {
  Document again;
  try {
    again = parse_document(text, "formatted");
  } catch (const Error& e) {
    return std::string("the output does not parse: ") + e.what();
  }
  if (again.format != format)
    return std::string("the output does not read back as ") + (format == Format::Json ? "JSON" : "YAML");
  Path path;
  if (auto difference = first_difference(original, again.root, path)) return difference;
  // The same reader read the input and the output; libyaml's document loader
  // and the emitter's own spelling rules judge the output once more.
  if (format == Format::Yaml)
    if (auto problem = emitter::yaml_spelling_problem(original, text))
      return "libyaml's document loader reads the output otherwise: " + *problem;
  return std::nullopt;
}

}  // namespace cfn::detail::cli
