#include "emit/spelling_check.hpp"

#include <yaml.h>

#include <unordered_map>

#include "cfn/intrinsics.hpp"
#include "cfn/path.hpp"
#include "emit/number.hpp"
#include "emit/scalar_style.hpp"
#include "parse/libyaml_parser.hpp"

namespace cfn::detail::emitter {
namespace {

using parser::as_view;

class Loaded {
 public:
  explicit Loaded(std::string_view text) : parser_(text) { loaded_ = parser_.load(document_); }
  Loaded(const Loaded&) = delete;
  Loaded& operator=(const Loaded&) = delete;
  ~Loaded() {
    if (loaded_) yaml_document_delete(&document_);
  }

  /// The root node, or nullptr when the text does not load (problem()).
  [[nodiscard]] yaml_node_t* root() { return loaded_ ? yaml_document_get_root_node(&document_) : nullptr; }
  [[nodiscard]] yaml_node_t* node(int index) { return yaml_document_get_node(&document_, index); }
  [[nodiscard]] std::string problem() const {
    return parser_.state().problem != nullptr ? parser_.state().problem : "no YAML document";
  }

 private:
  parser::LibyamlParser parser_;
  yaml_document_t document_{};
  bool loaded_ = false;
};

class Checker {
 public:
  explicit Checker(Loaded& doc) : doc_(doc) {}

  std::optional<std::string> check(const Value& v, yaml_node_t* n) {
    const std::string_view tag = as_view(n->tag);
    if (v.is_fn()) return check_fn(v.as_fn(), n, tag);
    if (tag.starts_with('!')) return fail("a " + describe_kind(v) + " written with the tag " + std::string(tag));
    return check_untagged(v, n);
  }

 private:
  // A node without a tag of its own (libyaml gives it the default tag of its kind).
  std::optional<std::string> check_untagged(const Value& v, yaml_node_t* n) {
    switch (v.kind()) {
      case Value::Kind::Null:
        return plain(n, "null");
      case Value::Kind::Bool:
        return plain(n, v.as_bool() ? "true" : "false");
      case Value::Kind::Int:
        return plain(n, std::to_string(v.as_int()));
      case Value::Kind::Double:
        return plain(n, format_double(v.as_double()));
      case Value::Kind::Numeral:
        return plain(n, yaml_numeral(v.as_numeral()));
      case Value::Kind::String:
        return string(v.as_string(), n, false);
      case Value::Kind::List:
        return list(v.as_list(), n);
      case Value::Kind::Map:
        return map(v.as_map(), n);
      case Value::Kind::Fn:
        break;
    }
    return fail("a function where none is expected");
  }

  std::optional<std::string> check_fn(const Fn& fn, yaml_node_t* n, std::string_view tag) {
    const Value& arg = fn.argument();
    if (tag == "!" + std::string(fn_tag(fn.kind()))) {
      if (n->type == YAML_SCALAR_NODE) {
        const std::string_view text = as_view(n->data.scalar.value, n->data.scalar.length);
        if (arg.is_string()) {
          if (text == arg.as_string()) return std::nullopt;
          return fail("the text of the function differs");
        }
        // `!GetAtt Res.Attr` stands for [Res, Attr].
        if (fn.kind() == FnKind::GetAtt && arg.is_list() && GetAttView(arg).dotted() == text) return std::nullopt;
        return fail(std::string(fn_name(fn.kind())) + " is written as the text '" + std::string(text) + "'");
      }
      const Path::Scope scope(path_, fn_name(fn.kind()));
      if (arg.is_list()) return list(arg.as_list(), n);
      if (arg.is_map()) return map(arg.as_map(), n);
      return fail("not its argument");
    }
    // The long form: a map of one key, the function's name.
    if (n->type != YAML_MAPPING_NODE || n->data.mapping.pairs.top - n->data.mapping.pairs.start != 1)
      return fail(std::string(fn_name(fn.kind())) + " is written as something else");
    const yaml_node_pair_t& pair = *n->data.mapping.pairs.start;
    if (auto problem = string(fn_name(fn.kind()), doc_.node(pair.key), true)) return problem;
    const Path::Scope scope(path_, fn_name(fn.kind()));
    return check(arg, doc_.node(pair.value));
  }

  std::optional<std::string> plain(yaml_node_t* n, std::string_view expected) {
    if (n->type != YAML_SCALAR_NODE || n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
      return fail("expected the plain scalar " + std::string(expected));
    const std::string_view text = as_view(n->data.scalar.value, n->data.scalar.length);
    if (text != expected) return fail("expected " + std::string(expected) + ", written " + std::string(text));
    return std::nullopt;
  }

  // A string: its text, and plain only where no YAML 1.1 or 1.2 reader types it.
  std::optional<std::string> string(std::string_view s, yaml_node_t* n, bool is_key) {
    if (n->type != YAML_SCALAR_NODE)
      return fail(is_key ? "a key that is not a scalar" : "a string written as a collection");
    if (as_view(n->data.scalar.value, n->data.scalar.length) != s)
      return fail(std::string(is_key ? "the key '" : "the string '") + std::string(s.substr(0, 40)) +
                  "' reads otherwise");
    if (n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE && is_implicitly_typed(s))
      return fail("the string '" + std::string(s) + "' is written plain, where YAML reads it as another type");
    return std::nullopt;
  }

  std::optional<std::string> list(const List& items, yaml_node_t* n) {
    if (n->type != YAML_SEQUENCE_NODE) return fail("a list written as something else");
    const auto& seq = n->data.sequence.items;
    if (static_cast<std::size_t>(seq.top - seq.start) != items.size())
      return fail(std::to_string(items.size()) + " items written as " + std::to_string(seq.top - seq.start));
    for (std::size_t i = 0; i < items.size(); ++i) {
      const Path::Scope scope(path_, i);
      if (auto problem = check(items[i], doc_.node(seq.start[i]))) return problem;
    }
    return std::nullopt;
  }

  std::optional<std::string> map(const Map& members, yaml_node_t* n) {
    if (n->type != YAML_MAPPING_NODE) return fail("a map written as something else");
    std::unordered_map<std::string_view, yaml_node_pair_t*> written;
    for (yaml_node_pair_t* p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; ++p) {
      yaml_node_t* key = doc_.node(p->key);
      if (key->type != YAML_SCALAR_NODE) return fail("a key that is not a scalar");
      if (!written.emplace(as_view(key->data.scalar.value, key->data.scalar.length), p).second)
        return fail("a key written twice");
    }
    if (written.size() != members.size())
      return fail(std::to_string(members.size()) + " keys written as " + std::to_string(written.size()));
    for (const Member& m : members) {
      const Path::Scope scope(path_, m.key);
      const auto found = written.find(m.key);
      if (found == written.end()) return fail("the key is missing");
      if (auto problem = string(m.key, doc_.node(found->second->key), true)) return problem;
      if (auto problem = check(m.value, doc_.node(found->second->value))) return problem;
    }
    return std::nullopt;
  }

  std::string fail(std::string_view what) const {
    return (path_.empty() ? std::string("(root)") : to_string(path_)) + ": " + std::string(what);
  }

  Loaded& doc_;
  Path path_;
};

}  // namespace

std::optional<std::string> yaml_spelling_problem(const Value& value, std::string_view yaml) {
  Loaded doc(yaml);
  yaml_node_t* root = doc.root();
  if (root == nullptr) return "(root): libyaml does not load it: " + doc.problem();
  return Checker(doc).check(value, root);
}

}  // namespace cfn::detail::emitter
