#include "lint/property_walk.hpp"

#include "lint/template_index.hpp"

namespace cfn::checks {
namespace {

class Walker {
 public:
  explicit Walker(PropertyVisitor& visitor) : visitor_(visitor) {}

  void object(const Map* map, Mark mark, schema::PropertyList properties, std::string_view type_name,
              const std::string& path) {
    visitor_.object(map, mark, properties, type_name, path);
    if (map == nullptr) return;
    for (const Member& m : *map) {
      const std::optional<schema::PropertyInfo> p = schema::find_property(properties, m.key);
      if (p) value(m.value, p->type(), p->alternatives(), join_path(path, m.key));
    }
  }

 private:
  void value(const Value& v, const schema::TypeRef& type, std::span<const schema::TypeRef> alternatives,
             const std::string& path) {
    visitor_.value(v, type, alternatives, path);
    if (v.is_fn(FnKind::If)) {  // both branches must fit
      const Value& arg = v.as_fn().argument();
      if (arg.is_list() && arg.as_list().size() == 3)
        for (std::size_t i = 1; i < 3; ++i)
          value(arg.as_list()[i], type, alternatives, join_path(join_path(path, "Fn::If"), i));
      return;
    }
    if (!alternatives.empty()) {
      // Descend into the alternative whose container matches the value.
      for (const schema::TypeRef& alt : alternatives)
        if ((alt.shape == schema::Shape::Object && v.is_map()) || (alt.shape == schema::Shape::List && v.is_list()))
          return contents(v, alt, path);
      return;
    }
    contents(v, type, path);
  }

  void contents(const Value& v, const schema::TypeRef& type, const std::string& path) {
    const schema::TypeRef item{type.item, schema::Shape::Json, type.object};
    switch (type.shape) {
      case schema::Shape::Object:
        if (v.is_map()) {
          const schema::PropertyTypeInfo pt = schema::property_type(type.object);
          object(&v.as_map(), v.mark(), pt.properties(), pt.name(), path);
        }
        break;
      case schema::Shape::List:
        if (v.is_list())
          for (std::size_t i = 0; i < v.as_list().size(); ++i) value(v.as_list()[i], item, {}, join_path(path, i));
        break;
      case schema::Shape::Map:
        if (v.is_map())
          for (const Member& m : v.as_map()) value(m.value, item, {}, join_path(path, m.key));
        break;
      default: break;
    }
  }

  PropertyVisitor& visitor_;
};

}  // namespace

bool is_checked_type_namespace(std::string_view type) noexcept {
  return (type.starts_with("AWS::") || type.starts_with("Alexa::")) && !schema::is_custom_resource_type(type) &&
         !type.ends_with("::MODULE");
}

void walk_properties(const Context& context, PropertyVisitor& visitor) {
  const Map* resources = context.section("Resources");
  if (resources == nullptr || context.index().macros()) return;  // a macro rewrites what is walked
  Walker walker(visitor);
  for (const Member& r : *resources) {
    if (!r.value.is_map()) continue;
    const Value* type = r.value.find("Type");
    if (type == nullptr || !type->is_string()) continue;
    const auto info = schema::find_resource_type(type->as_string());
    if (!info || !is_checked_type_namespace(info->name())) continue;
    const std::string path = join_path("Resources", r.key) + ".Properties";
    const Value* props = r.value.find("Properties");
    if (props != nullptr && !props->is_map()) continue;  // a function or a wrong shape: other rules say so
    walker.object(props != nullptr ? &props->as_map() : nullptr, props != nullptr ? props->mark() : r.key_mark,
                  info->properties(), info->name(), path);
  }
}

}  // namespace cfn::checks
