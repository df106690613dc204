#include "import/cpp_import.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <utility>

#include "cfn/intrinsics.hpp"
#include "cfn/knowledge.hpp"
#include "cfn/parameter_types.hpp"
#include "cfn/scalar_equivalence.hpp"
#include "cfn/schema.hpp"
#include "cfn/sub.hpp"
#include "naming.hpp"  // generators/codegen: the C++ names of the generated classes, setters and accessors

namespace cfn::detail::importer {
namespace {

using schema::Shape;
using schema::TypeRef;

constexpr std::string_view kCont = "    ";  // a continuation line's extra indent

// ---- C++ literals ----

bool raw_literal_fits(std::string_view text) {
  if (text.find('\n') == std::string_view::npos) return false;
  return std::none_of(text.begin(), text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\n' && c != '\t') || u == 0x7F;  // a CR would be read back as a line break
  });
}

// A raw string literal whose delimiter the text does not contain: R"(...)",
// else R"EOT(...)EOT", R"EOT2(...)EOT2"...
std::string raw_literal(std::string_view text) {
  std::string delimiter;
  for (int n = 1; text.find(")" + delimiter + "\"") != std::string_view::npos; ++n)
    delimiter = n == 1 ? "EOT" : "EOT" + std::to_string(n);
  return "R\"" + delimiter + "(" + std::string(text) + ")" + delimiter + "\"";
}

std::string string_literal(std::string_view text) {
  if (raw_literal_fits(text)) return raw_literal(text);
  std::string out = "\"";
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n' || c == '\t') {
      out += c == '\n' ? "\\n" : "\\t";
    } else if (u < 0x20 || u == 0x7F) {  // three octal digits: never read on into the next character
      out += '\\';
      for (const int shift : {6, 3, 0}) out += static_cast<char>('0' + ((u >> shift) & 7));
    } else {
      out += c;
    }
  }
  out += '"';
  // "\0" ends a const char*: such text goes through std::string with its length.
  if (text.find('\0') != std::string_view::npos) return "std::string(" + out + ", " + std::to_string(text.size()) + ")";
  return out;
}

std::string int_literal(std::int64_t i) {
  if (i == std::numeric_limits<std::int64_t>::min()) return "std::numeric_limits<std::int64_t>::min()";
  return std::to_string(i);
}

std::string double_literal(double d) {
  char buffer[64];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, d).ptr;
  std::string out(buffer, end);
  if (out.find_first_of(".e") == std::string::npos) out += ".0";
  return out;
}

// ---- C++ names for the template's entities ----

std::string snake_case(std::string_view id) {
  std::string out;
  for (std::size_t i = 0; i < id.size(); ++i) {
    const char c = id[i];
    if (!std::isalnum(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != '_') out += '_';
      continue;
    }
    if (std::isupper(static_cast<unsigned char>(c)) && i > 0 && !out.empty() && out.back() != '_') {
      const bool after_lower =
          std::islower(static_cast<unsigned char>(id[i - 1])) || std::isdigit(static_cast<unsigned char>(id[i - 1]));
      const bool acronym_end = i + 1 < id.size() && std::isupper(static_cast<unsigned char>(id[i - 1])) &&
                               std::islower(static_cast<unsigned char>(id[i + 1]));
      if (after_lower || acronym_end) out += '_';
    }
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  if (out.empty() || std::isdigit(static_cast<unsigned char>(out.front()))) out = "r_" + out;
  return out;
}

// The builder of a pseudo parameter: cfn::pseudo::region() for AWS::Region, named by the same rule as handles.
std::optional<std::string> pseudo_function(std::string_view name) {
  if (!is_pseudo_parameter(name)) return std::nullopt;
  return snake_case(name.substr(std::string_view("AWS::").size()));
}

// The enumerators of cfn::FnKind are named as the short-form tags.
std::string fn_kind_name(FnKind kind) { return "cfn::FnKind::" + std::string(fn_traits(kind).tag); }

// Each line of `lines` (each ending in '\n') indented by two spaces.
std::string indented(const std::string& lines) {
  std::string out;
  for (std::size_t at = 0; at < lines.size();) {
    const std::size_t end = std::min(lines.find('\n', at), lines.size() - 1) + 1;
    out += "  " + lines.substr(at, end - at);
    at = end;
  }
  return out;
}

bool same(const Fn& original, const std::function<Fn()>& build) {
  try {
    return Value(build()) == Value(original);
  } catch (const Error&) {
    return false;
  }
}

std::optional<std::int64_t> integer_of(const Value& v) {
  if (v.is_int()) return v.as_int();
  if (!v.is_string()) return std::nullopt;
  std::int64_t i = 0;
  const std::string& s = v.as_string();
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), i);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return i;
}

// `v` as the scalar kind a setter of `shape` takes, when CloudFormation
// passes the resource the same string for both ('3306' for an Integer is
// 3306, "true" for a Boolean is true): what a person writes, and what
// `cfnpp diff` reads as no change.
std::optional<Value> converted(const Value& v, Shape shape) {
  const std::optional<std::string> text = cloudformation_string(v);
  if (!text) return std::nullopt;
  std::optional<Value> candidate;
  switch (shape) {
    case Shape::String:
    case Shape::Timestamp:
      candidate = Value(*text);
      break;
    case Shape::Integer:
      if (const auto i = integer_of(Value(*text))) candidate = Value(*i);
      break;
    case Shape::Double:
      if (const auto i = integer_of(Value(*text))) {
        candidate = Value(*i);
      } else {
        double d = 0;
        const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), d);
        if (ec == std::errc() && end == text->data() + text->size() && std::isfinite(d)) candidate = Value(d);
      }
      break;
    case Shape::Boolean:
      if (*text == "true" || *text == "false") candidate = Value(*text == "true");
      break;
    default:
      break;
  }
  if (candidate && equivalent_scalars(v, *candidate, ScalarEquality::AsString)) return candidate;
  return std::nullopt;
}

/// A resource, parameter or condition of the template: its C++ variable, and whether code refers to it.
struct Entity {
  std::string var;
  std::string type;    // resources: the resource type
  bool typed = false;  // resources: added as a generated class, whose handle has an accessor per attribute
  bool declared = false;
  bool used = false;
};

/// One statement of main(), with the entity whose handle it may bind.
struct Statement {
  std::string comment;  // lines of "// ..." before it, each ending in '\n'
  std::string code;     // the expression statement without the binding and the ';'
  Entity* binds = nullptr;
};

class Importer {
 public:
  explicit Importer(const Map& root) : root_(root) {}

  ImportedProgram run();

 private:
  // The sections, each adding its statements.
  void import_header();
  void import_metadata(const Map& metadata);
  void import_parameters(const Map& parameters);
  void import_parameter(const std::string& name, const Value& definition);
  void import_mappings(const Map& mappings);
  void import_conditions(const Map& conditions);
  void import_rules(const Map& rules);
  void import_resources(const Map& resources);
  void import_resource(const std::string& id, const Value& definition);
  void import_outputs(const Map& outputs);
  void import_output(const std::string& name, const Value& definition);

  [[nodiscard]] std::vector<std::string> resource_order(const Map& resources) const;
  [[nodiscard]] std::optional<std::string> resource_options(const std::string& path, const Map& resource,
                                                            const std::string& indent);

  // Values.
  [[nodiscard]] std::string raw(const Value& v, const std::string& indent);
  [[nodiscard]] std::string fn(const Fn& f, const std::string& indent);
  [[nodiscard]] std::optional<std::string> user_data(const Fn& base64, const std::string& indent);
  [[nodiscard]] std::string generic_fn(const Fn& f, const std::string& indent);
  [[nodiscard]] std::optional<std::string> typed(const Value& v, const TypeRef& type, const std::string& indent);
  template <class Info>
  [[nodiscard]] std::optional<std::string> object(std::string_view type_key, const Info& info, const Map& map,
                                                  const std::string& indent);
  [[nodiscard]] std::optional<std::string> tags(const Value& v, const std::string& indent);
  [[nodiscard]] std::optional<std::string> tag(const Value& v);

  // Names.
  [[nodiscard]] std::string class_of(std::string_view type_key);
  [[nodiscard]] std::string name_for(std::string_view id);
  [[nodiscard]] Entity* handle(std::map<std::string, Entity, std::less<>>& entities, std::string_view name);
  [[nodiscard]] std::string condition_ref(std::string_view name);

  void lose(const std::string& path, const std::string& reason) {
    lost_.push_back(path + ": " + reason);
    comments_ += "// NOT IMPORTED: " + path + ": " + reason + "\n";
  }
  void add(std::string code, Entity* binds = nullptr) {
    statements_.push_back({std::exchange(comments_, {}), std::move(code), binds});
  }

  const Map& root_;
  std::map<std::string, Entity, std::less<>> resources_, parameters_, conditions_;
  std::set<std::string, std::less<>> taken_{"t", "cfn", "std", "main", "names"};
  std::map<std::string, std::string> aliases_;  // namespace alias -> namespace
  std::set<std::string> headers_;
  SubNames sub_names_;  // what cfn::SubNames(t) holds where the statement being written stands
  // False once the template has a name SubNames refuses (not a logical id):
  // cfn::SubNames(t) would throw, so user data stays a plain Fn::Sub.
  bool sub_names_usable_ = true;
  void declare_sub_name(std::string_view name, SubNames& (SubNames::*add)(std::string_view)) {
    try {
      (sub_names_.*add)(name);
    } catch (const Error&) {
      sub_names_usable_ = false;
    }
  }
  std::vector<Statement> statements_;
  std::string comments_;  // for the next statement
  std::vector<std::string> lost_;
  int raw_fallbacks_ = 0;
  bool uses_sub_ = false;
};

std::string Importer::name_for(std::string_view id) {
  std::string name = snake_case(id);
  if (codegen::is_cpp_keyword(name)) name += '_';
  std::string candidate = name;
  for (int n = 2; taken_.contains(candidate); ++n) candidate = name + "_" + std::to_string(n);
  taken_.insert(candidate);
  return candidate;
}

Entity* Importer::handle(std::map<std::string, Entity, std::less<>>& entities, std::string_view name) {
  const auto it = entities.find(name);
  if (it == entities.end() || !it->second.declared) return nullptr;
  it->second.used = true;
  return &it->second;
}

std::string Importer::condition_ref(std::string_view name) {
  if (Entity* c = handle(conditions_, name)) return c->var;
  return "cfn::ConditionRef(" + string_literal(name) + ")";
}

std::string Importer::class_of(std::string_view type_key) {
  const codegen::ServiceName service = codegen::service_of(type_key);
  headers_.insert(service.header);
  std::string alias = service.ns.substr(service.ns.rfind("::") + 2);
  std::string prefix = service.ns;
  if (const auto it = aliases_.find(alias); it == aliases_.end() && !taken_.contains(alias)) {
    aliases_.emplace(alias, service.ns);
    taken_.insert(alias);
    prefix = alias;
  } else if (it != aliases_.end() && it->second == service.ns) {
    prefix = alias;
  }
  return prefix + "::" + codegen::class_name(type_key);
}

// ---- values ----

// open + items + close on one line when they fit; else one item a line, or
// short one-line items (strings, numbers) filling lines as a person writes a list.
std::string join_items(const std::vector<std::string>& items, const std::string& open, const std::string& close,
                       const std::string& indent) {
  constexpr std::size_t kWidth = 110;
  std::size_t length = indent.size() + open.size() + close.size();
  bool multiline = false;
  bool short_items = true;
  for (const std::string& item : items) {
    length += item.size() + 2;
    multiline = multiline || item.find('\n') != std::string::npos;
    short_items = short_items && item.size() <= 30;
  }
  std::string out = open;
  if (!multiline && length <= kWidth) {
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
    return out + close;
  }
  const std::string inner = indent + std::string(kCont);
  if (!multiline && short_items) {
    std::string line;
    for (const std::string& item : items) {
      if (!line.empty() && inner.size() + line.size() + item.size() + 2 > kWidth) {
        out += "\n" + inner + line;
        line.clear();
      }
      line += (line.empty() ? "" : " ") + item + ",";
    }
    return out + "\n" + inner + line + "\n" + indent + close;
  }
  for (const std::string& item : items) out += "\n" + inner + item + ",";
  return out + "\n" + indent + close;
}

std::string Importer::raw(const Value& v, const std::string& indent) {
  const std::string inner = indent + std::string(kCont);
  switch (v.kind()) {
    case Value::Kind::Null:
      return "nullptr";
    case Value::Kind::Bool:
      return v.as_bool() ? "true" : "false";
    case Value::Kind::Int:
      return int_literal(v.as_int());
    case Value::Kind::Double:
      return double_literal(v.as_double());
    case Value::Kind::Numeral:
      return "cfn::Numeral(" + string_literal(v.as_numeral().text()) + ")";
    case Value::Kind::String:
      return string_literal(v.as_string());
    case Value::Kind::List: {
      std::vector<std::string> items;
      for (const Value& item : v.as_list()) items.push_back(raw(item, inner));
      return join_items(items, "cfn::List{", "}", indent);
    }
    case Value::Kind::Map: {
      std::vector<std::string> items;
      for (const Member& m : v.as_map())
        items.push_back("{" + string_literal(m.key) + ", " + raw(m.value, inner) + "}");
      return join_items(items, "cfn::Map{", "}", indent);
    }
    case Value::Kind::Fn:
      return fn(v.as_fn(), indent);
  }
  return "nullptr";
}

std::string Importer::generic_fn(const Fn& f, const std::string& indent) {
  return "cfn::Fn(" + fn_kind_name(f.kind()) + ", " + raw(f.argument(), indent) + ")";
}

std::optional<std::string> Importer::user_data(const Fn& base64, const std::string& indent) {
  const Value& arg = base64.argument();
  if (!arg.is_fn(FnKind::Sub) || !sub_names_usable_) return std::nullopt;
  const SubView sub(arg.as_fn().argument());
  if (!sub.well_formed() || sub.text().find('\n') == std::string_view::npos) return std::nullopt;
  // The script as its author wrote it: ${!x} is the shell's ${x} again.
  std::string script;
  for (const SubPart& part : sub.parts()) {
    switch (part.kind) {
      case SubPart::Kind::Text:
        script += part.text;
        break;
      case SubPart::Kind::Variable:
      case SubPart::Kind::Escaped:
        script += "${" + std::string(part.text) + "}";
        break;
      case SubPart::Kind::Unterminated:
        return std::nullopt;
    }
  }
  const Map variables = sub.variables() ? *sub.variables() : Map{};
  try {
    if (Value(cfn::user_data(script, sub_names_, variables)) != Value(base64)) return std::nullopt;
  } catch (const Error&) {
    return std::nullopt;
  }
  uses_sub_ = true;
  std::string out = "cfn::user_data(" + raw_literal(script) + ", cfn::SubNames(t)";
  if (!variables.empty()) out += ", " + raw(Value(variables), indent);
  return out + ")";
}

std::string Importer::fn(const Fn& f, const std::string& indent) {
  const Value& arg = f.argument();
  const List* args = arg.is_list() ? &arg.as_list() : nullptr;
  const auto item = [&](std::size_t i) { return raw((*args)[i], indent); };
  const auto is_string = [&](std::size_t i) { return (*args)[i].is_string(); };
  const auto str = [&](std::size_t i) { return std::string_view((*args)[i].as_string()); };
  switch (f.kind()) {
    case FnKind::Ref: {
      if (!arg.is_string()) break;
      const std::string& name = arg.as_string();
      if (const auto pseudo = pseudo_function(name)) return "cfn::pseudo::" + *pseudo + "()";
      if (Entity* e = handle(resources_, name)) return e->var + ".ref()";
      if (Entity* e = handle(parameters_, name)) return e->var + ".ref()";
      return "cfn::ref(" + string_literal(name) + ")";
    }
    case FnKind::GetAtt: {
      const GetAttView att(arg);
      if (!att.literal_resource()) break;
      const std::string attribute =
          att.literal_attribute() ? string_literal(att.attribute()) : fn(att.attribute_node()->as_fn(), indent);
      if (Entity* e = handle(resources_, att.resource())) {
        if (att.literal_attribute())
          if (const auto type = schema::find_resource_type(e->type); e->typed && type->find_attribute(att.attribute()))
            return e->var + "." + codegen::attribute_accessor(att.attribute()) + "()";
        if (att.literal_attribute()) return e->var + ".get_att(" + attribute + ")";
      }
      return "cfn::get_att(" + string_literal(att.resource()) + ", " + attribute + ")";
    }
    case FnKind::Sub: {
      const SubView sub(arg);
      if (!sub.well_formed()) break;
      if (!sub.list_form()) return "cfn::sub(" + string_literal(sub.text()) + ")";
      if (!sub.variables() || sub.variables()->empty()) break;
      return "cfn::sub(" + string_literal(sub.text()) + ", " + raw(Value(*sub.variables()), indent) + ")";
    }
    case FnKind::Join:
      if (args && args->size() == 2 && is_string(0) && ((*args)[1].is_list() || (*args)[1].is_fn()))
        return "cfn::join(" + item(0) + ", " + item(1) + ")";
      break;
    case FnKind::Select:
      if (args && args->size() == 2 && same(f, [&] { return cfn::select((*args)[0], (*args)[1]); }))
        return "cfn::select(" + item(0) + ", " + item(1) + ")";
      break;
    case FnKind::Split:
      if (args && args->size() == 2 && is_string(0) && same(f, [&] { return cfn::split(str(0), (*args)[1]); }))
        return "cfn::split(" + item(0) + ", " + item(1) + ")";
      break;
    case FnKind::If:
      if (args && args->size() == 3 && is_string(0) && !str(0).empty()) {
        const std::string condition = handle(conditions_, str(0)) ? condition_ref(str(0)) : string_literal(str(0));
        return "cfn::if_(" + condition + ", " + item(1) + ", " + item(2) + ")";
      }
      break;
    case FnKind::Base64:
      if (const auto script = user_data(f, indent)) return *script;
      return "cfn::base64(" + raw(arg, indent) + ")";
    case FnKind::GetAZs:
      return arg.is_string() && arg.as_string().empty() ? "cfn::get_azs()" : "cfn::get_azs(" + raw(arg, indent) + ")";
    case FnKind::ImportValue:
      return "cfn::import_value(" + raw(arg, indent) + ")";
    case FnKind::FindInMap:
      if (args && args->size() == 3) return "cfn::find_in_map(" + item(0) + ", " + item(1) + ", " + item(2) + ")";
      break;
    case FnKind::Cidr:
      if (args && args->size() == 3) return "cfn::cidr(" + item(0) + ", " + item(1) + ", " + item(2) + ")";
      break;
    case FnKind::Length:
      return "cfn::length(" + raw(arg, indent) + ")";
    case FnKind::ToJsonString:
      return "cfn::to_json_string(" + raw(arg, indent) + ")";
    case FnKind::Equals:
      if (args && args->size() == 2) return "cfn::equals(" + item(0) + ", " + item(1) + ")";
      break;
    case FnKind::And:
    case FnKind::Or:
      if (args && args->size() >= 2 && args->size() <= 10)
        return std::string(f.kind() == FnKind::And ? "cfn::and_(" : "cfn::or_(") + raw(arg, indent) + ")";
      break;
    case FnKind::Not:
      if (args && args->size() == 1) return "cfn::not_(" + item(0) + ")";
      break;
    case FnKind::Condition:
      if (arg.is_string() && !arg.as_string().empty()) {
        if (handle(conditions_, arg.as_string())) return condition_ref(arg.as_string()) + ".fn()";
        return "cfn::condition(" + string_literal(arg.as_string()) + ")";
      }
      break;
    case FnKind::Transform:
      break;
  }
  return generic_fn(f, indent);
}

// The C++ expression a setter of `type` takes for `v`, or nullopt when the
// setter cannot take it (a string for an Integer, an empty list...).
std::optional<std::string> Importer::typed(const Value& v, const TypeRef& type, const std::string& indent) {
  if (v.is_fn()) return fn(v.as_fn(), indent);
  const std::string inner = indent + std::string(kCont);
  const auto as_taken = [&]() -> std::optional<std::string> {
    if (auto c = converted(v, type.shape)) return raw(*c, indent);
    return std::nullopt;
  };
  switch (type.shape) {
    case Shape::String:
    case Shape::Timestamp:
      if (v.is_string()) return string_literal(v.as_string());
      if (v.is_int()) return int_literal(v.as_int());
      return as_taken();
    case Shape::Integer:
      if (v.is_int()) return int_literal(v.as_int());
      return as_taken();
    case Shape::Double:
      if (v.is_int()) return int_literal(v.as_int());
      if (v.is_double()) return double_literal(v.as_double());
      return as_taken();
    case Shape::Boolean:
      if (v.is_bool()) return v.as_bool() ? "true" : "false";
      return as_taken();
    case Shape::Json:
      if (v.is_null()) return std::nullopt;
      return raw(v, indent);
    case Shape::Object: {
      if (!v.is_map() || type.object == schema::kNoObject) return std::nullopt;
      const schema::PropertyTypeInfo info = schema::property_type(type.object);
      if (info.name() == "Tag") return tag(v);
      return object(info.name(), info, v.as_map(), indent);
    }
    case Shape::List: {
      if (!v.is_list() || v.as_list().empty()) return std::nullopt;
      if (type.object != schema::kNoObject && schema::property_type(type.object).name() == "Tag")
        return tags(v, indent);
      const TypeRef item{type.item, Shape::Json, type.object};
      std::vector<std::string> items;
      for (const Value& i : v.as_list()) {
        auto e = typed(i, item, inner);
        if (!e) return std::nullopt;
        items.push_back(std::move(*e));
      }
      return join_items(items, "{", "}", indent);
    }
    case Shape::Map: {
      if (!v.is_map() || v.as_map().empty()) return std::nullopt;
      const TypeRef item{type.item, Shape::Json, type.object};
      std::vector<std::string> items;
      for (const Member& m : v.as_map()) {
        auto e = typed(m.value, item, inner);
        if (!e) return std::nullopt;
        items.push_back("{" + string_literal(m.key) + ", " + *e + "}");
      }
      return join_items(items, "{", "}", indent);
    }
  }
  return std::nullopt;
}

// {Key, Value} as cfn::Tag's two strings.
std::optional<std::string> Importer::tag(const Value& v) {
  if (!v.is_map() || v.as_map().size() != 2) return std::nullopt;
  const Value* key = v.find("Key");
  const Value* value = v.find("Value");
  const TypeRef text{Shape::String, Shape::Json, schema::kNoObject};
  if (!key || !value) return std::nullopt;
  auto k = typed(*key, text, "");
  auto val = typed(*value, text, "");
  if (!k || !val) return std::nullopt;
  return "{" + *k + ", " + *val + "}";
}

std::optional<std::string> Importer::tags(const Value& v, const std::string& indent) {
  std::vector<std::string> items;
  for (const Value& item : v.as_list()) {
    auto t = tag(item);
    if (!t) return std::nullopt;
    items.push_back(std::move(*t));
  }
  return join_items(items, "{", "}", indent);
}

// Cls{}.Setter(...)... for a map of a resource's or property type's properties;
// a key the setters cannot take goes through set_property, with a comment.
template <class Info>
std::optional<std::string> Importer::object(std::string_view type_key, const Info& info, const Map& map,
                                            const std::string& indent) {
  const std::string cls = class_of(type_key);
  const std::string bare = codegen::class_name(type_key);
  const std::string inner = indent + std::string(kCont);
  std::vector<std::string> setters;
  bool commented = false;
  for (const Member& m : map) {
    const auto property = info.find_property(m.key);
    if (property) {
      const bool several = !property->alternatives().empty();
      const TypeRef type = several ? TypeRef{Shape::Json, Shape::Json, schema::kNoObject} : property->type();
      if (auto e = typed(m.value, type, inner)) {
        setters.push_back("." + codegen::setter_name(m.key, bare) + "(" + *e + ")");
        continue;
      }
    }
    if (m.value.is_null()) return std::nullopt;  // no setter takes null: the caller writes the whole map raw
    ++raw_fallbacks_;
    commented = true;
    const std::string why = property ? "the setter takes " + schema::describe(property->type()) + "; written as given"
                                     : "not a property in the specification; written as given";
    setters.push_back("// " + m.key + ": " + why + "\n" + inner + ".set_property(" + string_literal(m.key) + ", " +
                      raw(m.value, inner) + ")");
  }
  if (setters.empty()) return cls + "{}";
  if (setters.size() == 1 && !commented && setters.front().find('\n') == std::string::npos &&
      indent.size() + cls.size() + setters.front().size() <= 90)
    return cls + "{}" + setters.front();
  std::string out = cls + "{}";
  for (const std::string& s : setters) out += "\n" + inner + s;
  return out;
}

// ---- sections ----

void Importer::import_metadata(const Map& metadata) {
  for (const Member& m : metadata) add("t.metadata(" + string_literal(m.key) + ", " + raw(m.value, "  ") + ")");
}

void Importer::import_header() {
  if (const Value* version = root_.find("AWSTemplateFormatVersion")) {
    if (!version->is_string() || version->as_string() != "2010-09-09")
      lose("AWSTemplateFormatVersion", "the builder writes only \"2010-09-09\", its one value");
  } else {
    add("t.omit_format_version()");  // as the template: without AWSTemplateFormatVersion
  }
  if (const Value* description = root_.find("Description")) {
    if (description->is_string())
      add("t.description(" + string_literal(description->as_string()) + ")");
    else
      lose("Description", "the builder takes text, not a " + describe_kind(*description));
  }
  if (const Value* transform = root_.find("Transform")) {
    const List one{*transform};
    const List& macros = transform->is_list() ? transform->as_list() : one;
    for (const Value& macro : macros) {
      if (macro.is_string())
        add("t.transform(" + string_literal(macro.as_string()) + ")");
      else
        lose("Transform", "a macro with parameters has no builder call; only names do");
    }
  }
}

std::optional<std::string> number_of(const Value& v) {
  if (v.is_int()) return int_literal(v.as_int());
  if (v.is_double()) return double_literal(v.as_double());
  if (const auto i = integer_of(v)) return int_literal(*i);
  return std::nullopt;
}

void Importer::import_parameter(const std::string& name, const Value& definition) {
  const std::string path = "Parameters." + name;
  if (!definition.is_map()) return lose(path, "not a map");
  const Map& p = definition.as_map();
  std::vector<std::string> fields;
  const auto text_field = [&](std::string_view key, std::string_view field) {
    const Value* v = p.find(key);
    if (!v) return true;
    if (!v->is_string()) return false;
    fields.push_back("." + std::string(field) + " = " + string_literal(v->as_string()));
    return true;
  };
  const Value* type = p.find("Type");
  if (!type || !type->is_string() || !ParameterType::find(type->as_string()))
    return lose(path, "Type is not one of CloudFormation's parameter types (cfn::parameter_types)");
  fields.push_back(".type = " + string_literal(type->as_string()));
  bool ok = text_field("Description", "description");
  if (const Value* v = p.find("Default")) {
    if (v->is_null())
      ok = false;
    else
      fields.push_back(".default_value = " + raw(*v, "      "));
  }
  if (const Value* v = p.find("AllowedValues")) {
    if (!v->is_list() || v->as_list().empty())
      ok = false;
    else
      fields.push_back(".allowed_values = " + raw(*v, "      ").substr(std::string_view("cfn::List").size()));
  }
  ok = text_field("AllowedPattern", "allowed_pattern") && ok;
  ok = text_field("ConstraintDescription", "constraint_description") && ok;
  for (const auto& [key, field] : {std::pair{"MinLength", "min_length"}, std::pair{"MaxLength", "max_length"}})
    if (const Value* v = p.find(key)) {
      if (const auto i = integer_of(*v))
        fields.push_back("." + std::string(field) + " = " + int_literal(*i));
      else
        ok = false;
    }
  for (const auto& [key, field] : {std::pair{"MinValue", "min_value"}, std::pair{"MaxValue", "max_value"}})
    if (const Value* v = p.find(key)) {
      if (const auto n = number_of(*v))
        fields.push_back("." + std::string(field) + " = " + *n);
      else
        ok = false;
    }
  if (const Value* v = p.find("NoEcho")) {
    if ((v->is_bool() && v->as_bool()) || (v->is_string() && v->as_string() == "true"))
      fields.push_back(".no_echo = true");
    else
      ok = false;  // NoEcho false: the builder leaves it out
  }
  for (const Member& m : p)  // cfn::Parameter has a field for each
    if (std::ranges::find(knowledge::parameter_keys(), m.key) == knowledge::parameter_keys().end()) ok = false;
  if (!ok) return lose(path, "a key cfn::Parameter has no field for, or a value of another shape");
  Entity& e = parameters_[name];
  add("t.add_parameter(" + string_literal(name) + ", " + join_items(fields, "{", "}", "  ") + ")", &e);
  e.declared = true;
  declare_sub_name(name, &SubNames::add);
}

void Importer::import_parameters(const Map& parameters) {
  for (const Member& m : parameters) {
    parameters_[m.key].var = name_for(m.key);
    import_parameter(m.key, m.value);
  }
}

void Importer::import_mappings(const Map& mappings) {
  for (const Member& m : mappings) {
    if (!m.value.is_map()) {
      lose("Mappings." + m.key, "not a map");
      continue;
    }
    add("t.add_mapping(" + string_literal(m.key) + ", " + raw(m.value, "  ") + ")");
  }
}

void Importer::import_conditions(const Map& conditions) {
  for (const Member& m : conditions) conditions_[m.key].var = name_for(m.key);
  for (const Member& m : conditions) {
    Entity& e = conditions_[m.key];
    add("t.add_condition(" + string_literal(m.key) + ", " + raw(m.value, "  ") + ")", &e);
    e.declared = true;
  }
}

void Importer::import_rules(const Map& rules) {
  for (const Member& m : rules) add("t.add_rule(" + string_literal(m.key) + ", " + raw(m.value, "  ") + ")");
}

// What a resource refers to: Ref, Fn::GetAtt, ${...} and DependsOn.
void collect_references(const Value& v, std::set<std::string, std::less<>>& out) {
  if (v.is_fn()) {
    for (const NameReference& r : named_references(v.as_fn())) out.emplace(r.target);
    collect_references(v.as_fn().argument(), out);
  } else if (v.is_list()) {
    for (const Value& item : v.as_list()) collect_references(item, out);
  } else if (v.is_map()) {
    for (const Member& m : v.as_map()) collect_references(m.value, out);
  }
}

// The resources in the template's order, each after those it refers to
// (so their handles exist), as long as there is no cycle: a depth-first walk
// without recursion (a chain of references may be as long as the template).
std::vector<std::string> Importer::resource_order(const Map& resources) const {
  std::map<std::string_view, std::size_t, std::less<>> position;
  std::vector<std::string_view> ids;
  for (const Member& m : resources) {
    position.emplace(m.key, ids.size());
    ids.push_back(m.key);
  }
  // What each resource refers to, in the template's order.
  const auto dependencies = [&](std::size_t i) {
    const Value& r = *resources.find(ids[i]);
    std::set<std::string, std::less<>> names;
    collect_references(r, names);
    if (const Value* depends = r.find("DependsOn"))
      for (const Value& d : DependsOnView(depends).entries())
        if (d.is_string()) names.insert(d.as_string());
    std::vector<std::size_t> out;
    for (const std::string& name : names)
      if (const auto it = position.find(name); it != position.end() && it->second != i) out.push_back(it->second);
    std::sort(out.begin(), out.end());
    return out;
  };
  std::vector<std::string> order;
  std::vector<bool> visited(ids.size(), false);
  struct Frame {
    std::size_t resource;
    std::vector<std::size_t> pending;  // its dependencies, last first
  };
  for (std::size_t root = 0; root < ids.size(); ++root) {
    if (visited[root]) continue;
    visited[root] = true;
    std::vector<Frame> stack;
    const auto push = [&](std::size_t i) {
      auto deps = dependencies(i);
      std::reverse(deps.begin(), deps.end());
      stack.push_back({i, std::move(deps)});
    };
    push(root);
    while (!stack.empty()) {
      Frame& top = stack.back();
      if (top.pending.empty()) {
        order.emplace_back(ids[top.resource]);
        stack.pop_back();
        continue;
      }
      const std::size_t next = top.pending.back();
      top.pending.pop_back();
      if (!visited[next]) {
        visited[next] = true;
        push(next);
      }
    }
  }
  return order;
}

std::optional<std::string> Importer::resource_options(const std::string& path, const Map& resource,
                                                      const std::string& indent) {
  std::vector<std::string> fields;
  bool ok = true;
  if (const Value* depends = resource.find("DependsOn")) {
    std::vector<std::string> refs;
    for (const Value& d : DependsOnView(depends).entries()) {
      if (!d.is_string()) {
        ok = false;
        continue;
      }
      if (Entity* e = handle(resources_, d.as_string()))
        refs.push_back(e->var);
      else
        refs.push_back("cfn::ResourceRef(" + string_literal(d.as_string()) + ", \"\")");
    }
    if (depends->is_list() && depends->as_list().empty()) ok = false;  // written only with entries
    fields.push_back(".depends_on = {" + [&] {
      std::string s;
      for (std::size_t i = 0; i < refs.size(); ++i) s += (i ? ", " : "") + refs[i];
      return s;
    }() + "}");
  }
  if (const Value* c = resource.find("Condition")) {
    if (c->is_string())
      fields.push_back(".condition = " + condition_ref(c->as_string()));
    else
      ok = false;
  }
  for (const auto& [key, field] :
       {std::pair{"DeletionPolicy", "deletion_policy"}, std::pair{"UpdateReplacePolicy", "update_replace_policy"}}) {
    const Value* v = resource.find(key);
    if (!v) continue;
    static constexpr std::string_view kPolicies[] = {"Delete", "Retain", "RetainExceptOnCreate", "Snapshot"};
    if (v->is_string() && std::find(std::begin(kPolicies), std::end(kPolicies), v->as_string()) != std::end(kPolicies))
      fields.push_back("." + std::string(field) + " = cfn::DeletionPolicy::" + v->as_string());
    else
      ok = false;
  }
  for (const auto& [key, field] : {std::pair{"CreationPolicy", "creation_policy"},
                                   std::pair{"UpdatePolicy", "update_policy"}, std::pair{"Metadata", "metadata"}})
    if (const Value* v = resource.find(key)) {
      if (v->is_null())
        ok = false;
      else
        fields.push_back("." + std::string(field) + " = " + raw(*v, indent + std::string(kCont) + std::string(kCont)));
    }
  for (const Member& m : resource)  // cfn::ResourceOptions has a field for each documented attribute
    if (!knowledge::find_resource_attribute(m.key)) {
      lose(path + "." + m.key, "cfn::ResourceOptions has no field for this attribute");
      return std::nullopt;
    }
  if (!ok) {
    lose(path, "an attribute of a shape cfn::ResourceOptions cannot hold");
    return std::nullopt;
  }
  if (fields.empty()) return std::string();
  return join_items(fields, "{", "}", indent + std::string(kCont));
}

void Importer::import_resource(const std::string& id, const Value& definition) {
  const std::string path = "Resources." + id;
  if (!definition.is_map()) return lose(path, "not a map");
  const Map& r = definition.as_map();
  const Value* type = r.find("Type");
  if (!type || !type->is_string()) return lose(path, "no Type");
  const std::string& type_name = type->as_string();
  const Value* properties = r.find("Properties");
  if (properties && !properties->is_map()) return lose(path + ".Properties", "not a map");
  const std::string indent = "  ";
  const auto options = resource_options(path, r, indent);
  if (!options) return;
  const std::string tail = options->empty() ? ")" : ",\n" + indent + std::string(kCont) + *options + ")";
  const Map empty;
  const Map& props = properties ? properties->as_map() : empty;
  Entity& e = resources_[id];
  e.type = type_name;
  std::optional<std::string> typed_resource;
  const auto info = schema::find_resource_type(type_name);
  if (info && !schema::is_custom_resource_type(type_name)) {
    typed_resource = object(type_name, *info, props, indent);
    if (!typed_resource) comments_ += "// A property is null, which no setter takes: the properties as written.\n";
  } else {
    comments_ += schema::is_custom_resource_type(type_name)
                     ? "// A custom resource: its properties go to the provider as written.\n"
                     : "// " + type_name + " is not in the specification (" +
                           std::string(schema::specification_version()) + "): its properties as written.\n";
  }
  e.typed = typed_resource.has_value();
  if (typed_resource) {
    add("t.add(" + string_literal(id) + ", " + *typed_resource + tail, &e);
  } else {
    ++raw_fallbacks_;
    const bool has_props = !props.empty();
    add("t.add_resource(" + string_literal(id) + ", " + string_literal(type_name) +
            (has_props || !options->empty() ? ", " + (has_props ? raw(Value(props), indent) : "{}") : "") + tail,
        &e);
  }
  e.declared = true;
  declare_sub_name(id, &SubNames::add_resource);
}

void Importer::import_resources(const Map& resources) {
  for (const Member& m : resources) resources_[m.key].var = name_for(m.key);
  for (const std::string& id : resource_order(resources)) import_resource(id, *resources.find(id));
}

void Importer::import_output(const std::string& name, const Value& definition) {
  const std::string path = "Outputs." + name;
  if (!definition.is_map()) return lose(path, "not a map");
  const Map& o = definition.as_map();
  std::vector<std::string> fields;
  const Value* value = o.find("Value");
  if (!value) return lose(path, "no Value");
  fields.push_back(".value = " + raw(*value, "      "));
  bool ok = true;
  if (const Value* d = o.find("Description")) {
    if (d->is_string())
      fields.push_back(".description = " + string_literal(d->as_string()));
    else
      ok = false;
  }
  if (const Value* x = o.find("Export")) {
    const Value* export_name = x->find("Name");
    if (x->is_map() && x->as_map().size() == 1 && export_name && !export_name->is_null())
      fields.push_back(".export_name = " + raw(*export_name, "      "));
    else
      ok = false;
  }
  if (const Value* c = o.find("Condition")) {
    if (c->is_string())
      fields.push_back(".condition = " + condition_ref(c->as_string()));
    else
      ok = false;
  }
  for (const Member& m : o)  // cfn::Output has a field for each
    if (std::ranges::find(knowledge::output_keys(), m.key) == knowledge::output_keys().end()) ok = false;
  if (!ok) return lose(path, "a key cfn::Output has no field for, or a value of another shape");
  add("t.add_output(" + string_literal(name) + ", " + join_items(fields, "{", "}", "  ") + ")");
}

void Importer::import_outputs(const Map& outputs) {
  for (const Member& m : outputs) import_output(m.key, m.value);
}

ImportedProgram Importer::run() {
  import_header();
  // The sections that are maps, each through the builder calls that fill it, in canonical order.
  using SectionImport = void (Importer::*)(const Map&);
  static constexpr std::pair<std::string_view, SectionImport> kMapSections[] = {
      {"Metadata", &Importer::import_metadata},     {"Parameters", &Importer::import_parameters},
      {"Rules", &Importer::import_rules},           {"Mappings", &Importer::import_mappings},
      {"Conditions", &Importer::import_conditions}, {"Resources", &Importer::import_resources},
      {"Outputs", &Importer::import_outputs},
  };
  for (const auto& [name, import] : kMapSections)
    if (const Value* v = root_.find(name)) {
      if (v->is_map())
        (this->*import)(v->as_map());
      else
        lose(std::string(name), "not a map");
    }
  for (const Member& m : root_) {
    const knowledge::Section* section = knowledge::find_section(m.key);
    if (!section)
      lose(m.key, "not a section of a template");
    else if (section->shape == knowledge::SectionShape::Map &&
             std::ranges::find(kMapSections, m.key, [](const auto& s) { return s.first; }) == std::end(kMapSections))
      lose(m.key, "a section the builder has no call for");
  }

  std::string code =
      "// Generated by `cfnpp import`: the program prints the template it was made from.\n"
      "// Build: g++ -std=c++20 main.cpp $(pkg-config --cflags --libs cfnpp)\n";
  if (!lost_.empty())
    code += "// " + std::to_string(lost_.size()) +
            " part(s) of the template could not be carried over: see NOT IMPORTED below.\n";
  code += "#include <cfn/build.hpp>\n";
  if (uses_sub_) code += "#include <cfn/sub.hpp>\n";
  for (const std::string& header : headers_) code += "#include <" + header + ">\n";
  code += '\n';
  for (const auto& [alias, ns] : aliases_) code += "namespace " + alias + " = " + ns + ";\n";
  if (!aliases_.empty()) code += '\n';
  code += "int main() {\n  cfn::Template t;\n";
  for (const Statement& s : statements_) {
    code += indented(s.comment) + "  ";
    if (s.binds && s.binds->used) code += "const auto " + s.binds->var + " = ";
    code += s.code + ";\n";
  }
  code += indented(comments_);
  code += "  return cfn::write_or_report(t, \"-\");\n}\n";
  return {std::move(code), std::move(lost_), raw_fallbacks_};
}

}  // namespace

ImportedProgram to_cpp(const Document& doc) {
  if (!doc.root.is_map()) throw Error(doc.file + ": the template is not a map");
  return Importer(doc.root.as_map()).run();
}

}  // namespace cfn::detail::importer
