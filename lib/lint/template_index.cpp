#include "lint/template_index.hpp"

#include <algorithm>

#include "cfn/knowledge.hpp"
#include "lint/rule.hpp"
#include "text/position.hpp"

namespace cfn::checks {
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

/// Walks the sections whose intrinsics CloudFormation resolves and records
/// the ones that refer to names.
class IntrinsicCollector {
 public:
  explicit IntrinsicCollector(TemplateIndex& index) : index_(index) {}

  void start(Section section, int resource, Path path, std::vector<std::string_view> loop_names) {
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
          Intrinsic in{&v, section_, resource_, path_, loops_, {}};
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
  TemplateIndex& index_;
  Section section_ = Section::Resources;
  int resource_ = -1;
  Path path_;
  std::vector<std::string_view> loops_;
};

const Value* ResourceEntry::property(std::string_view key) const noexcept {
  const Value* props = find("Properties");
  return props != nullptr && props->is_map() ? props->as_map().find(key) : nullptr;
}

bool Intrinsic::in_loop(std::string_view name) const noexcept {
  return std::find(loop_names.begin(), loop_names.end(), name) != loop_names.end();
}

Mark Intrinsic::mark() const noexcept {
  const Mark m = argument().mark();
  return m.known() ? m : node->mark();
}

void TemplateIndex::read_transforms(const Value* transform) {
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

void TemplateIndex::add_resources(const Map& map, std::vector<std::string_view>& loop_names, const Path& path) {
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
    ResourceEntry r;
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
        auto cached = types_.find(r.type);
        if (cached == types_.end()) cached = types_.emplace(r.type, schema::find_resource_type(r.type)).first;
        r.info = cached->second;
        if (knowledge::is_sam_type(r.type)) sam_prefixes_.push_back(r.id);
      }
    }
    if (r.templated) {
      patterns_.push_back(id_pattern(r.id));
    } else {
      resource_ids_.emplace(r.id, resources_.size());
    }
    resources_.push_back(std::move(r));
  }
}

TemplateIndex::TemplateIndex(const Value& root) {
  if (!root.is_map()) return;
  const Map& top = root.as_map();
  read_transforms(top.find("Transform"));

  if (const Value* params = top.find("Parameters"); params != nullptr && params->is_map())
    for (const Member& m : params->as_map()) parameters_.insert(m.key);
  if (const Value* conds = top.find("Conditions"); conds != nullptr && conds->is_map())
    for (const Member& m : conds->as_map()) conditions_.insert(m.key);
  if (const Value* maps = top.find("Mappings"); maps != nullptr && maps->is_map())
    for (const Member& m : maps->as_map()) mappings_.emplace(m.key, &m.value);

  std::vector<std::string_view> loops;
  if (const Value* res = top.find("Resources"); res != nullptr && res->is_map()) {
    resources_.reserve(res->as_map().size());
    resource_ids_.reserve(res->as_map().size());
    add_resources(res->as_map(), loops, Path{"Resources"});
  }
  if (sam_) {
    for (std::string_view implicit : knowledge::sam_implicit_resources()) sam_prefixes_.push_back(implicit);
  }

  IntrinsicCollector collector(*this);
  for (std::size_t i = 0; i < resources_.size(); ++i) {
    const ResourceEntry& r = resources_[i];
    if (r.body == nullptr) continue;
    for (const Member& m : *r.body) {
      if (const knowledge::ResourceAttribute* a = knowledge::find_resource_attribute(m.key); a != nullptr && a->literal)
        continue;  // names and keywords: no intrinsics to resolve
      collector.start(Section::Resources, static_cast<int>(i), r.path, r.loop_names);
      collector.member(m);
    }
  }
  auto walk_section = [&](std::string_view name, Section section) {
    const Value* v = top.find(name);
    if (v == nullptr || !v->is_map()) return;
    for (const Member& m : v->as_map()) {
      if (section == Section::Outputs && m.value.is_map()) {  // an output's Condition is a name, not a function
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
  walk_section("Outputs", Section::Outputs);
  walk_section("Conditions", Section::Conditions);
  walk_section("Rules", Section::Rules);
}

const ResourceEntry* TemplateIndex::resource(std::string_view id) const {
  const auto it = resource_ids_.find(id);
  return it == resource_ids_.end() ? nullptr : &resources_[it->second];
}

const Value* TemplateIndex::mapping(std::string_view name) const {
  const auto it = mappings_.find(name);
  return it == mappings_.end() ? nullptr : it->second;
}

bool TemplateIndex::generated(std::string_view name) const {
  for (std::string_view prefix : sam_prefixes_)
    if (name.starts_with(prefix)) return true;
  for (const std::string& p : patterns_)
    if (glob_match(p, name, false)) return true;
  return false;
}

std::vector<std::string_view> TemplateIndex::parameter_and_resource_names() const {
  std::vector<std::string_view> out(parameters_.begin(), parameters_.end());
  for (const auto& [id, i] : resource_ids_) out.push_back(id);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string_view> TemplateIndex::resource_names() const {
  std::vector<std::string_view> out;
  for (const auto& [id, i] : resource_ids_) out.push_back(id);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string_view> TemplateIndex::condition_names() const {
  std::vector<std::string_view> out(conditions_.begin(), conditions_.end());
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string_view> TemplateIndex::mapping_names() const {
  std::vector<std::string_view> out;
  for (const auto& [name, v] : mappings_) out.push_back(name);
  std::sort(out.begin(), out.end());
  return out;
}

namespace {

/// `path` ("A" or "A.B.C") names a property of `properties`, through property
/// types; a Json property accepts any path below it.
bool names_property(schema::PropertyList properties, std::string_view path, int depth = 0) {
  const std::size_t dot = path.find('.');
  const auto p = schema::find_property(properties, path.substr(0, dot));
  if (!p) return false;
  if (dot == std::string_view::npos) return true;
  if (depth > 16) return false;
  const std::string_view rest = path.substr(dot + 1);
  auto through = [&](const schema::TypeRef& t) {
    if (t.shape == schema::Shape::Json ||
        ((t.shape == schema::Shape::List || t.shape == schema::Shape::Map) && t.item == schema::Shape::Json))
      return true;
    if (t.object == schema::kNoObject) return false;
    return names_property(schema::property_type(t.object).properties(), rest, depth + 1);
  };
  if (through(p->type())) return true;
  for (const schema::TypeRef& alt : p->alternatives())
    if (through(alt)) return true;
  return false;
}

/// Attributes CloudFormation answers that the specification does not list
/// as attributes nor as properties: read-only parts of objects, from the
/// resource provider schemas (cfn-lint 1.51.0's GetAtt list for us-east-1).
constexpr std::pair<std::string_view, std::string_view> kMoreAttributes[] = {
    {"AWS::Amplify::Domain", "Certificate.CertificateArn"},
    {"AWS::Amplify::Domain", "Certificate.CertificateType"},
    {"AWS::Amplify::Domain", "Certificate.CertificateVerificationDNSRecord"},
    {"AWS::EC2::CapacityReservation", "CommitmentInfo.CommitmentEndDate"},
    {"AWS::EC2::CapacityReservation", "CommitmentInfo.CommittedInstanceCount"},
    {"AWS::EC2::Subnet", "BlockPublicAccessStates.InternetGatewayBlockMode"},
    {"AWS::SQS::Queue", "RedrivePolicy.deadLetterTargetArn"},
    {"AWS::SQS::Queue", "RedrivePolicy.maxReceiveCount"},
};

}  // namespace

std::optional<std::string> attribute_problem(const ResourceEntry& resource, std::string_view attribute) {
  if (!resource.info || knowledge::is_sam_type(resource.type) || schema::is_custom_resource_type(resource.type))
    return std::nullopt;  // custom (the provider's Data), SAM, registry or unknown types
  const schema::ResourceTypeInfo& info = *resource.info;
  if (info.find_attribute(attribute)) return std::nullopt;
  // Nested stacks (and provisioned products) answer Outputs.Name for any output.
  if (const std::size_t dot = attribute.find('.'); dot != std::string_view::npos && dot > 0)
    if (attribute.substr(0, dot) == "Outputs" && info.find_attribute("Outputs")) return std::nullopt;
  // The specification marks as attributes only what cannot be set; CloudFormation
  // also answers for properties that can (EC2::Subnet VpcId: awscdk-service-spec
  // issue #1139), and many older types answer Id. cfn-lint accepts both; so do we.
  if (attribute == "Id" || names_property(info.properties(), attribute)) return std::nullopt;
  for (const auto& [type, name] : kMoreAttributes)
    if (type == resource.type && name == attribute) return std::nullopt;
  std::vector<std::string_view> names;
  for (const schema::AttributeInfo a : info.attributes()) names.push_back(a.name());
  std::string message = std::string(info.name()) + " has no attribute '" + std::string(attribute) + "'";
  const std::string_view best = closest_match(attribute, names);
  if (!best.empty()) return message + " (did you mean " + std::string(best) + "?)";
  if (names.empty()) return message;
  std::string list;
  for (std::size_t i = 0; i < names.size() && i < 8; ++i) list += (i ? ", " : "") + std::string(names[i]);
  if (names.size() > 8) list += ", ...";
  return message + " (it has " + list + ")";
}

std::string line_in_string(std::string_view text, std::size_t offset) {
  const text::Position p = text::position_at(text, offset);
  if (p.line <= 1) return "";
  return " (line " + std::to_string(p.line) + " of the string)";
}

bool glob_match(std::string_view pattern, std::string_view text, bool fold_case) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  auto same = [&](char a, char b) { return fold_case ? lower(a) == lower(b) : a == b; };
  std::size_t p = 0;
  std::size_t t = 0;
  std::size_t star = std::string_view::npos;
  std::size_t resume = 0;
  while (t < text.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || (pattern[p] != '*' && same(pattern[p], text[t])))) {
      ++p;
      ++t;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      resume = t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

std::string_view section_name(Section section) noexcept {
  switch (section) {
    case Section::Resources:
      return "Resources";
    case Section::Outputs:
      return "Outputs";
    case Section::Conditions:
      return "Conditions";
    case Section::Rules:
      return "Rules";
  }
  return "";
}

}  // namespace cfn::checks
