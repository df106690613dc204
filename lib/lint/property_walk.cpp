#include "lint/property_walk.hpp"

#include "cfn/template_view.hpp"

namespace cfn::detail::checks {
namespace {

/// Walks with one Path, extended and shrunk in place: the visitors see the
/// path of every value without one built per property.
class Walker {
 public:
  explicit Walker(PropertyVisitor& visitor) : visitor_(visitor) {}

  /// `map` is the resource's Properties (nullptr when it has none), `path` their path.
  void resource(const Map* map, Mark mark, const schema::Cursor& properties, Path path) {
    path_ = std::move(path);
    object(map, mark, properties, properties.resource()->properties(), properties.resource()->name());
  }

 private:
  /// A map checked against the properties of `at` (a resource's, or a property type's).
  void object(const Map* map, Mark mark, const schema::Cursor& at, schema::PropertyList properties,
              std::string_view type_name) {
    visitor_.object(map, mark, properties, type_name, path_);
    if (map == nullptr) return;
    for (const Member& m : *map) {
      const schema::Cursor property = at.key(m.key);
      if (property.at() != schema::Cursor::At::Value) continue;  // not a property: E3002's
      const Path::Scope scope(path_, m.key);
      value(m.value, property);
    }
  }

  void value(const Value& v, const schema::Cursor& at) {
    visitor_.value(v, at.shapes(), path_);
    if (v.is_fn(FnKind::If)) {  // both branches must fit
      const Value& arg = v.as_fn().argument();
      if (arg.is_list() && arg.as_list().size() == 3) {
        const Path::Scope fn(path_, "Fn::If");
        const schema::Cursor branches = at.function(FnKind::If);
        for (std::size_t i = 1; i < 3; ++i) {
          const Path::Scope branch(path_, i);
          value(arg.as_list()[i], branches.index(i));
        }
      }
      return;
    }
    contents(v, at.resolve(v));
  }

  void contents(const Value& v, const schema::Cursor& at) {
    if (v.is_map()) {
      if (const auto type = at.object()) return object(&v.as_map(), v.mark(), at, type->properties(), type->name());
      if (!has_shape(at, schema::Shape::Map)) return;
      for (const Member& m : v.as_map()) {
        const Path::Scope scope(path_, m.key);
        value(m.value, at.key(m.key));
      }
    } else if (v.is_list() && has_shape(at, schema::Shape::List)) {
      for (std::size_t i = 0; i < v.as_list().size(); ++i) {
        const Path::Scope scope(path_, i);
        value(v.as_list()[i], at.index(i));
      }
    }
  }

  /// The one shape left at `at` (resolved) is `shape`.
  static bool has_shape(const schema::Cursor& at, schema::Shape shape) {
    return at.shapes().size() == 1 && at.shapes()[0].shape == shape;
  }

  PropertyVisitor& visitor_;
  Path path_;
};

}  // namespace

bool is_checked_type_namespace(std::string_view type) noexcept {
  return (type.starts_with("AWS::") || type.starts_with("Alexa::")) && !schema::is_custom_resource_type(type) &&
         !type.ends_with("::MODULE");
}

void walk_properties(const Context& context, PropertyVisitor& visitor) {
  const TemplateView& index = context.view();
  if (index.macros()) return;  // a macro rewrites what would be walked
  Walker walker(visitor);
  for (const TemplateResource& r : index.resources()) {
    if (r.templated || !r.schema || !is_checked_type_namespace(r.schema->name())) continue;
    const Value* props = r.find("Properties");
    if (props != nullptr && !props->is_map()) continue;  // a function or a wrong shape: other rules say so
    walker.resource(props != nullptr ? &props->as_map() : nullptr,
                    props != nullptr ? props->mark() : r.member->key_mark, schema::Cursor::properties_of(*r.schema),
                    r.path / "Properties");
  }
}

}  // namespace cfn::detail::checks
