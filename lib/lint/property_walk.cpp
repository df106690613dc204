#include "lint/property_walk.hpp"

#include "cfn/template_view.hpp"

namespace cfn::checks {
namespace {

/// Every key of `map` is a property of the property type `type` names.
bool covers(const schema::TypeRef& type, const Map& map) {
  const schema::PropertyTypeInfo pt = schema::property_type(type.object);
  for (const Member& m : map)
    if (!pt.find_property(m.key)) return false;
  return true;
}

/// Walks with one Path, extended and shrunk in place: the visitors see the
/// path of every value without one built per property.
class Walker {
 public:
  explicit Walker(PropertyVisitor& visitor) : visitor_(visitor) {}

  /// `path` is the object's own path.
  void resource(const Map* map, Mark mark, schema::PropertyList properties, std::string_view type_name, Path path) {
    path_ = std::move(path);
    object(map, mark, properties, type_name);
  }

 private:
  void object(const Map* map, Mark mark, schema::PropertyList properties, std::string_view type_name) {
    visitor_.object(map, mark, properties, type_name, path_);
    if (map == nullptr) return;
    for (const Member& m : *map) {
      const std::optional<schema::PropertyInfo> p = schema::find_property(properties, m.key);
      if (!p) continue;
      const Path::Scope push(path_, m.key);
      value(m.value, p->type(), p->alternatives());
    }
  }

  void value(const Value& v, const schema::TypeRef& type, std::span<const schema::TypeRef> alternatives) {
    visitor_.value(v, type, alternatives, path_);
    if (v.is_fn(FnKind::If)) {  // both branches must fit
      const Value& arg = v.as_fn().argument();
      if (arg.is_list() && arg.as_list().size() == 3) {
        const Path::Scope fn(path_, "Fn::If");
        for (std::size_t i = 1; i < 3; ++i) {
          const Path::Scope branch(path_, i);
          value(arg.as_list()[i], type, alternatives);
        }
      }
      return;
    }
    if (!alternatives.empty()) {
      // Descend into the alternative whose container matches the value. When
      // several property types could hold a map (SAM's event Properties are
      // one of fourteen), take the first whose properties name every key of
      // the map; when none does, which one was meant cannot be told: the
      // value is not judged.
      const schema::TypeRef* chosen = nullptr;
      std::size_t objects = 0;
      for (const schema::TypeRef& alt : alternatives) {
        if (alt.shape == schema::Shape::List && v.is_list()) return contents(v, alt);
        if (alt.shape == schema::Shape::Object && v.is_map()) {
          ++objects;
          if (chosen == nullptr && covers(alt, v.as_map())) chosen = &alt;
        }
      }
      if (objects == 1 && chosen == nullptr)
        for (const schema::TypeRef& alt : alternatives)
          if (alt.shape == schema::Shape::Object) chosen = &alt;
      if (chosen != nullptr) contents(v, *chosen);
      return;
    }
    contents(v, type);
  }

  void contents(const Value& v, const schema::TypeRef& type) {
    const schema::TypeRef item{type.item, schema::Shape::Json, type.object};
    switch (type.shape) {
      case schema::Shape::Object:
        if (v.is_map()) {
          const schema::PropertyTypeInfo pt = schema::property_type(type.object);
          object(&v.as_map(), v.mark(), pt.properties(), pt.name());
        }
        break;
      case schema::Shape::List:
        if (v.is_list())
          for (std::size_t i = 0; i < v.as_list().size(); ++i) {
            const Path::Scope push(path_, i);
            value(v.as_list()[i], item, {});
          }
        break;
      case schema::Shape::Map:
        if (v.is_map())
          for (const Member& m : v.as_map()) {
            const Path::Scope push(path_, m.key);
            value(m.value, item, {});
          }
        break;
      default:
        break;
    }
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
                    props != nullptr ? props->mark() : r.member->key_mark, r.schema->properties(), r.schema->name(),
                    r.path / "Properties");
  }
}

}  // namespace cfn::checks
