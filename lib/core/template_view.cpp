#include "cfn/template_view.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "cfn/knowledge.hpp"
#include "text/glob.hpp"

namespace cfn {
namespace {

/// A Fn::ForEach entry: [Identifier, Collection, OutputMap].
struct ForEach {
  std::string_view identifier;
  const Value* collection;
  const Value* body;
};

std::optional<ForEach> read_for_each(const Member& m) {
  if (!m.key.starts_with(knowledge::kForEachPrefix) || !m.value.is_list()) return std::nullopt;
  const List& l = m.value.as_list();
  if (l.size() != 3 || !l[0].is_string()) return std::nullopt;
  return ForEach{l[0].as_string(), &l[1], &l[2]};
}

/// "Bucket${Name}" -> "Bucket*".
std::string id_pattern(std::string_view id) {
  std::string out;
  for (std::size_t i = 0; i < id.size(); ++i) {
    if ((id[i] == '$' || id[i] == '&') && i + 1 < id.size() && id[i + 1] == '{') {
      const std::size_t close = id.find('}', i + 2);
      if (close != std::string_view::npos) {
        out += '*';
        i = close;
        continue;
      }
    }
    out += id[i];
  }
  return out;
}

}  // namespace

struct TemplateView::Tables {
  std::unordered_map<std::string_view, std::size_t> resource_ids;
  std::unordered_set<std::string_view> parameters;
  std::unordered_set<std::string_view> conditions;
  std::unordered_map<std::string_view, const Value*> mappings;
  std::unordered_map<std::string_view, std::optional<schema::ResourceTypeInfo>> types;  ///< looked up once per type
};

/// Walks the sections whose intrinsics CloudFormation resolves and records
/// the ones that refer to names.
class TemplateView::Collector {
 public:
  explicit Collector(TemplateView& index) : index_(index) {}

  void start(TemplateSection section, int resource, Path path, std::vector<std::string_view> loop_names) {
    section_ = section;
    resource_ = resource;
    path_ = std::move(path);
    loops_ = std::move(loop_names);
  }

  void walk(const Value& v) {
    switch (v.kind()) {
      case Value::Kind::Fn: {
        const FnKind k = v.as_fn().kind();
        if (k == FnKind::Transform) index_.names_known_ = false;
        if (fn_traits(k).names_entities) {
          IntrinsicUse in{&v, section_, resource_, path_, loops_, {}};
          if (k == FnKind::Sub) in.sub.emplace(v.as_fn().argument());
          index_.intrinsics_.push_back(std::move(in));
        }
        path_.push(fn_name(k));
        walk(v.as_fn().argument());
        path_.pop();
        break;
      }
      case Value::Kind::List: {
        const List& l = v.as_list();
        for (std::size_t i = 0; i < l.size(); ++i) {
          path_.push(i);
          walk(l[i]);
          path_.pop();
        }
        break;
      }
      case Value::Kind::Map:
        for (const Member& m : v.as_map()) member(m);
        break;
      default:
        break;
    }
  }

  /// A map member; a Fn::ForEach entry scopes its identifier over its body.
  void member(const Member& m) {
    path_.push(m.key);
    if (const auto loop = read_for_each(m)) {
      path_.push(std::size_t{1});
      walk(*loop->collection);
      path_.pop();
      path_.push(std::size_t{2});
      loops_.push_back(loop->identifier);
      walk(*loop->body);
      loops_.pop_back();
      path_.pop();
    } else {
      walk(m.value);
    }
    path_.pop();
  }

 private:
  TemplateView& index_;
  TemplateSection section_ = TemplateSection::Resources;
  int resource_ = -1;
  Path path_;
  std::vector<std::string_view> loops_;
};

const Value* TemplateResource::property(std::string_view key) const noexcept {
  const Value* props = find("Properties");
  return props != nullptr && props->is_map() ? props->as_map().find(key) : nullptr;
}

bool IntrinsicUse::in_loop(std::string_view name) const noexcept {
  return std::find(loop_names.begin(), loop_names.end(), name) != loop_names.end();
}

Mark IntrinsicUse::mark() const noexcept {
  const Mark m = argument().mark();
  return m.known() ? m : node->mark();
}

void TemplateView::read_transforms(const Value* transform) {
  if (transform == nullptr) return;
  untransformed_ = false;
  auto one = [this](const Value& t) {
    if (t.is_string() && t.as_string() == knowledge::kSamTransform) {
      sam_ = true;
    } else if (t.is_string() && t.as_string() == knowledge::kLanguageExtensions) {
      language_extensions_ = true;
    } else {
      names_known_ = false;  // a macro (or a Transform we cannot read)
      macros_ = true;
    }
  };
  if (transform->is_list()) {
    for (const Value& t : transform->as_list()) one(t);
  } else {
    one(*transform);
  }
}

void TemplateView::add_resources(const Map& map, std::vector<std::string_view>& loop_names, const Path& path) {
  for (const Member& m : map) {
    if (language_extensions_) {
      if (const auto loop = read_for_each(m)) {
        if (loop->body->is_map()) {
          loop_names.push_back(loop->identifier);
          add_resources(loop->body->as_map(), loop_names, path / m.key / 2);
          loop_names.pop_back();
        }
        continue;
      }
    }
    TemplateResource r;
    r.id = m.key;
    r.member = &m;
    r.path = path / m.key;
    r.templated = !loop_names.empty();
    r.loop_names = loop_names;
    if (m.value.is_map()) {
      r.body = &m.value.as_map();
      const Value* type = r.body->find("Type");
      if (type != nullptr && type->is_string()) {
        r.type = type->as_string();
        auto cached = tables_->types.find(r.type);
        if (cached == tables_->types.end())
          cached = tables_->types.emplace(r.type, schema::find_resource_type(r.type)).first;
        r.schema = cached->second;
        if (knowledge::is_sam_type(r.type)) generated_prefixes_.push_back(r.id);
        if (knowledge::is_module_type(r.type)) {  // its resources' ids start with the module's
          modules_ = true;
          generated_prefixes_.push_back(r.id);
        }
      }
    }
    if (r.templated) {
      patterns_.push_back(id_pattern(r.id));
    } else {
      tables_->resource_ids.emplace(r.id, resources_.size());
    }
    resources_.push_back(std::move(r));
  }
}

TemplateView::TemplateView(const Value& root) : root_(root), tables_(std::make_unique<Tables>()) {
  if (!root.is_map()) return;
  const Map& top = root.as_map();
  read_transforms(top.find("Transform"));

  if (const Value* params = top.find("Parameters"); params != nullptr && params->is_map())
    for (const Member& m : params->as_map()) tables_->parameters.insert(m.key);
  if (const Value* conds = top.find("Conditions"); conds != nullptr && conds->is_map())
    for (const Member& m : conds->as_map()) tables_->conditions.insert(m.key);
  if (const Value* maps = top.find("Mappings"); maps != nullptr && maps->is_map())
    for (const Member& m : maps->as_map()) tables_->mappings.emplace(m.key, &m.value);

  std::vector<std::string_view> loops;
  if (const Value* res = top.find("Resources"); res != nullptr && res->is_map()) {
    resources_.reserve(res->as_map().size());
    tables_->resource_ids.reserve(res->as_map().size());
    add_resources(res->as_map(), loops, Path{"Resources"});
  }
  if (sam_)
    for (std::string_view implicit : knowledge::sam_implicit_resources()) generated_prefixes_.push_back(implicit);

  Collector collector(*this);
  for (std::size_t i = 0; i < resources_.size(); ++i) {
    const TemplateResource& r = resources_[i];
    if (r.body == nullptr) continue;
    for (const Member& m : *r.body) {
      if (const knowledge::ResourceAttribute* a = knowledge::find_resource_attribute(m.key); a != nullptr && a->literal)
        continue;  // names and keywords: no intrinsics to resolve
      collector.start(TemplateSection::Resources, static_cast<int>(i), r.path, r.loop_names);
      collector.member(m);
    }
  }
  auto walk_section = [&](std::string_view name, TemplateSection section) {
    const Value* v = top.find(name);
    if (v == nullptr || !v->is_map()) return;
    for (const Member& m : v->as_map()) {
      if (section == TemplateSection::Outputs && m.value.is_map()) {  // an output's Condition is a name, not a function
        const Path path{name, m.key};
        for (const Member& o : m.value.as_map()) {
          if (o.key == "Condition") continue;
          collector.start(section, -1, path, {});
          collector.member(o);
        }
        continue;
      }
      collector.start(section, -1, Path{name}, {});
      collector.member(m);  // Fn::ForEach entries included: the collector scopes their identifier
    }
  };
  walk_section("Outputs", TemplateSection::Outputs);
  walk_section("Conditions", TemplateSection::Conditions);
  walk_section("Rules", TemplateSection::Rules);
}

TemplateView::~TemplateView() = default;

bool TemplateView::is_parameter(std::string_view name) const { return tables_->parameters.contains(name); }
bool TemplateView::is_condition(std::string_view name) const { return tables_->conditions.contains(name); }

const Map* TemplateView::section(std::string_view name) const noexcept {
  const Value* v = root_.find(name);
  return v != nullptr && v->is_map() ? &v->as_map() : nullptr;
}

const TemplateResource* TemplateView::resource(std::string_view id) const {
  const auto it = tables_->resource_ids.find(id);
  return it == tables_->resource_ids.end() ? nullptr : &resources_[it->second];
}

const Value* TemplateView::mapping(std::string_view name) const {
  const auto it = tables_->mappings.find(name);
  return it == tables_->mappings.end() ? nullptr : it->second;
}

bool TemplateView::generated(std::string_view name) const {
  for (std::string_view prefix : generated_prefixes_)
    if (name.starts_with(prefix)) return true;
  for (const std::string& p : patterns_)
    if (detail::strings::glob_match(p, name, false)) return true;
  return false;
}

namespace {

/// The names of a set, or the keys of a map, appended to `out`.
template <class Names>
void add_names(const Names& names, std::vector<std::string_view>& out) {
  for (const auto& entry : names) {
    if constexpr (std::is_same_v<std::decay_t<decltype(entry)>, std::string_view>)
      out.push_back(entry);
    else
      out.push_back(entry.first);
  }
}

template <class... Names>
std::vector<std::string_view> sorted_names(const Names&... names) {
  std::vector<std::string_view> out;
  (add_names(names, out), ...);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::vector<std::string_view> TemplateView::parameter_and_resource_ids() const {
  return sorted_names(tables_->parameters, tables_->resource_ids);
}
std::vector<std::string_view> TemplateView::resource_ids() const { return sorted_names(tables_->resource_ids); }
std::vector<std::string_view> TemplateView::condition_names() const { return sorted_names(tables_->conditions); }
std::vector<std::string_view> TemplateView::mapping_names() const { return sorted_names(tables_->mappings); }

std::string_view to_string(TemplateSection section) noexcept {
  switch (section) {
    case TemplateSection::Resources:
      return "Resources";
    case TemplateSection::Outputs:
      return "Outputs";
    case TemplateSection::Conditions:
      return "Conditions";
    case TemplateSection::Rules:
      return "Rules";
  }
  return "";
}

}  // namespace cfn
