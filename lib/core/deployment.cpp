// deploy(): a template as one deployment sees it (cfn/deployment.hpp).
// Sources: the CloudFormation user guide, "Conditions syntax" and "Condition
// functions" (Fn::Equals compares two values as strings; Fn::And and Fn::Or
// take 2 to 10 conditions; a Condition names one of the Conditions section),
// "Fn::If" (AWS::NoValue removes the property), "Parameters syntax"
// (CommaDelimitedList: "each member string is space trimmed"; a parameter
// without a value takes its Default; AWS::SSM::Parameter::Value<...> types
// are resolved from Systems Manager at deploy time, so their value is not
// the text given), and "Pseudo parameters" (AWS::Partition and
// AWS::URLSuffix by region: aws-cn and amazonaws.com.cn in China, aws-us-gov
// in GovCloud).
#include "cfn/deployment.hpp"

#include <map>
#include <set>

#include "cfn/intrinsics.hpp"
#include "cfn/scalar_equivalence.hpp"

namespace cfn {
namespace {

// Deeper expressions stay as written (bounded recursion).
constexpr int kMaxDepth = 256;

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

Value split(std::string_view text, std::string_view delimiter, bool trim) {
  List items;
  while (true) {
    const std::size_t at = delimiter.empty() ? std::string_view::npos : text.find(delimiter);
    const std::string_view item = text.substr(0, at);
    items.emplace_back(trim ? trimmed(item) : item);
    if (at == std::string_view::npos) break;
    text.remove_prefix(at + delimiter.size());
  }
  return Value(std::move(items));
}

const Map* map_at(const Value& document, std::string_view section) {
  const Value* v = document.is_map() ? document.find(section) : nullptr;
  return v != nullptr && v->is_map() ? &v->as_map() : nullptr;
}

/// The partition and URL suffix of a region, where the user guide names them.
std::optional<std::pair<std::string_view, std::string_view>> partition_of(std::string_view region) {
  if (region.starts_with("cn-")) return std::pair{"aws-cn", "amazonaws.com.cn"};
  if (region.starts_with("us-gov-")) return std::pair{"aws-us-gov", "amazonaws.com"};
  if (region.find("-iso") != std::string_view::npos) return std::nullopt;  // the isolated partitions
  return std::pair{"aws", "amazonaws.com"};
}

class Deployer {
 public:
  Deployer(const Value& document, const DeploymentParameters& given)
      : mappings_(map_at(document, "Mappings")), conditions_(map_at(document, "Conditions")) {
    for (const auto& [name, value] : given.values)
      if (is_pseudo_parameter(name) && name != "AWS::NoValue") values_[name] = Value(value);
    if (const std::string* region = given.find("AWS::Region"))
      if (const auto partition = partition_of(*region)) {
        values_.try_emplace("AWS::Partition", Value(partition->first));
        values_.try_emplace("AWS::URLSuffix", Value(partition->second));
      }
    if (const std::string* arns = given.find("AWS::NotificationARNs"))
      values_["AWS::NotificationARNs"] = split(*arns, ",", true);
    const Map* parameters = map_at(document, "Parameters");
    if (parameters == nullptr) return;
    for (const Member& p : *parameters) {
      std::optional<std::string> text;
      if (const std::string* v = given.find(p.key)) {
        text = *v;
      } else if (const Value* d = p.value.find("Default"); d != nullptr && p.value.is_map()) {
        text = cloudformation_string(*d);
      }
      const Value* type = p.value.is_map() ? p.value.find("Type") : nullptr;
      const std::string_view t = type != nullptr && type->is_string() ? std::string_view(type->as_string()) : "";
      if (!text || t.starts_with("AWS::SSM::Parameter::Value<")) continue;  // no value, or resolved at deploy time
      values_[p.key] = t == "CommaDelimitedList" || t.starts_with("List<") ? split(*text, ",", true) : Value(*text);
    }
  }

  Truth condition(std::string_view name, int depth) {
    if (const auto it = memo_.find(name); it != memo_.end()) return it->second;
    const Value* definition = conditions_ != nullptr ? conditions_->find(name) : nullptr;
    if (definition == nullptr || !evaluating_.insert(std::string(name)).second) return Truth::Unknown;  // a cycle
    const Truth t = truth(*definition, depth + 1);
    evaluating_.erase(evaluating_.find(name));
    memo_.emplace(std::string(name), t);
    return t;
  }

  /// The value of a condition expression.
  Truth truth(const Value& e, int depth) {
    if (depth > kMaxDepth || !e.is_fn()) return Truth::Unknown;
    const Value& arg = e.as_fn().argument();
    switch (e.as_fn().kind()) {
      case FnKind::Condition:
        return arg.is_string() ? condition(arg.as_string(), depth) : Truth::Unknown;
      case FnKind::Not:
        if (!arg.is_list() || arg.as_list().size() != 1) return Truth::Unknown;
        switch (truth(arg.as_list()[0], depth + 1)) {
          case Truth::True:
            return Truth::False;
          case Truth::False:
            return Truth::True;
          case Truth::Unknown:
            return Truth::Unknown;
        }
        return Truth::Unknown;
      case FnKind::And:
      case FnKind::Or: {
        if (!arg.is_list() || arg.as_list().empty()) return Truth::Unknown;
        // Kleene's logic: one false decides And, one true decides Or, whatever the unknown ones are.
        const Truth decisive = e.as_fn().kind() == FnKind::And ? Truth::False : Truth::True;
        bool unknown = false;
        for (const Value& item : arg.as_list()) {
          const Truth t = truth(item, depth + 1);
          if (t == decisive) return decisive;
          unknown = unknown || t == Truth::Unknown;
        }
        if (unknown) return Truth::Unknown;
        return decisive == Truth::False ? Truth::True : Truth::False;
      }
      case FnKind::Equals: {
        if (!arg.is_list() || arg.as_list().size() != 2) return Truth::Unknown;
        const auto a = resolve(arg.as_list()[0], depth + 1);
        const auto b = resolve(arg.as_list()[1], depth + 1);
        if (!a || !b) return Truth::Unknown;
        return *a == *b ? Truth::True : Truth::False;
      }
      default:
        return Truth::Unknown;
    }
  }

  /// A value as the strings CloudFormation would see (a string, or a list of
  /// strings), or nullopt when the deployment does not decide it.
  std::optional<Value> resolve(const Value& v, int depth) {
    if (depth > kMaxDepth) return std::nullopt;
    if (v.is_scalar()) {
      const auto text = cloudformation_string(v);
      return text ? std::optional<Value>(Value(*text)) : std::nullopt;
    }
    if (v.is_list()) {
      List items;
      for (const Value& item : v.as_list()) {
        auto r = resolve(item, depth + 1);
        if (!r || !r->is_string()) return std::nullopt;
        items.push_back(std::move(*r));
      }
      return Value(std::move(items));
    }
    if (!v.is_fn()) return std::nullopt;
    const Value& arg = v.as_fn().argument();
    const List* args = arg.is_list() ? &arg.as_list() : nullptr;
    switch (v.as_fn().kind()) {
      case FnKind::Ref: {
        const auto it = arg.is_string() ? values_.find(arg.as_string()) : values_.end();
        return it != values_.end() ? std::optional<Value>(it->second) : std::nullopt;
      }
      case FnKind::FindInMap: {
        const Value* entry = mapping_entry(arg, depth);
        return entry != nullptr ? resolve(*entry, depth + 1) : std::nullopt;
      }
      case FnKind::Join: {
        if (args == nullptr || args->size() != 2) return std::nullopt;
        const auto delimiter = resolve((*args)[0], depth + 1);
        const auto items = resolve((*args)[1], depth + 1);
        if (!delimiter || !delimiter->is_string() || !items || !items->is_list()) return std::nullopt;
        std::string out;
        const List& list = items->as_list();
        for (std::size_t i = 0; i < list.size(); ++i)
          out += (i == 0 ? "" : delimiter->as_string()) + list[i].as_string();
        return Value(std::move(out));
      }
      case FnKind::Select: {
        if (args == nullptr || args->size() != 2) return std::nullopt;
        const auto index = resolve((*args)[0], depth + 1);
        const auto items = resolve((*args)[1], depth + 1);
        if (!index || !index->is_string() || !items || !items->is_list()) return std::nullopt;
        const std::string& i = index->as_string();
        if (i.empty() || i.size() > 9 || i.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
        const std::size_t n = std::stoul(i);
        return n < items->as_list().size() ? std::optional<Value>(items->as_list()[n]) : std::nullopt;
      }
      case FnKind::Split: {
        if (args == nullptr || args->size() != 2) return std::nullopt;
        const auto delimiter = resolve((*args)[0], depth + 1);
        const auto text = resolve((*args)[1], depth + 1);
        if (!delimiter || !delimiter->is_string() || !text || !text->is_string()) return std::nullopt;
        return split(text->as_string(), delimiter->as_string(), false);
      }
      case FnKind::If: {
        if (args == nullptr || args->size() != 3 || !(*args)[0].is_string()) return std::nullopt;
        const Truth t = condition((*args)[0].as_string(), depth);
        if (t == Truth::Unknown) return std::nullopt;
        return resolve((*args)[t == Truth::True ? 1 : 2], depth + 1);
      }
      default:
        return std::nullopt;
    }
  }

  /// The entry Fn::FindInMap's argument `arg` names, when the deployment decides its keys; nullptr otherwise.
  const Value* mapping_entry(const Value& arg, int depth) {
    if (!arg.is_list() || arg.as_list().size() != 3 || mappings_ == nullptr) return nullptr;
    const Value* at = nullptr;
    const Map* level = mappings_;
    for (const Value& key : arg.as_list()) {
      const auto k = resolve(key, depth + 1);
      if (!k || !k->is_string() || level == nullptr) return nullptr;
      at = level->find(k->as_string());
      if (at == nullptr) return nullptr;
      level = at->is_map() ? &at->as_map() : nullptr;
    }
    return at;
  }

  /// `v` with what the deployment decides applied; nullopt when it is
  /// AWS::NoValue (the property or item is left out).
  std::optional<Value> specialise(const Value& v, int depth) {
    if (depth > kMaxDepth) return v;
    if (v.is_map()) {
      Map out;
      for (const Member& m : v.as_map())
        if (auto s = specialise(m.value, depth + 1)) out.append({m.key, std::move(*s), m.key_mark});
      return Value(std::move(out));
    }
    if (v.is_list()) {
      List out;
      for (const Value& item : v.as_list())
        if (auto s = specialise(item, depth + 1)) out.push_back(std::move(*s));
      return Value(std::move(out));
    }
    if (!v.is_fn()) return v;
    const Value& arg = v.as_fn().argument();
    if (v.is_fn(FnKind::Ref) && arg.is_string()) {
      if (arg.as_string() == "AWS::NoValue") return std::nullopt;
      if (const auto it = values_.find(arg.as_string()); it != values_.end()) return it->second;
      return v;
    }
    if (v.is_fn(FnKind::If) && arg.is_list() && arg.as_list().size() == 3 && arg.as_list()[0].is_string())
      if (const Truth t = condition(arg.as_list()[0].as_string(), depth); t != Truth::Unknown)
        return specialise(arg.as_list()[t == Truth::True ? 1 : 2], depth + 1);
    auto inner = specialise(arg, depth + 1);
    if (!inner) return v;
    Value out(Fn(v.as_fn().kind(), std::move(*inner)));
    // What the deployment decides is written as its value: a mapping's entry as the mapping has it, the
    // strings of Fn::Join, Fn::Select and Fn::Split.
    if (v.is_fn(FnKind::FindInMap))
      if (const Value* entry = mapping_entry(out.as_fn().argument(), depth)) return specialise(*entry, depth + 1);
    if (v.is_fn(FnKind::Join) || v.is_fn(FnKind::Select) || v.is_fn(FnKind::Split))
      if (auto value = resolve(out, depth)) return std::move(*value);
    return out;
  }

  /// A Resources or Outputs section without the entries whose condition is
  /// false, the true conditions dropped, every entry specialised.
  Value section(const Map& entries) {
    Map out;
    for (const Member& m : entries) {
      Value entry = m.value;
      if (entry.is_map())
        if (const Value* c = entry.find("Condition"); c != nullptr && c->is_string()) {
          const Truth t = condition(c->as_string(), 0);
          if (t == Truth::False) continue;  // the deployment does not have it
          if (t == Truth::True) entry.as_map().erase("Condition");
        }
      if (auto s = specialise(entry, 0)) out.append({m.key, std::move(*s), m.key_mark});
    }
    return Value(std::move(out));
  }

  [[nodiscard]] const Map* conditions() const noexcept { return conditions_; }

 private:
  const Map* mappings_;
  const Map* conditions_;
  std::map<std::string, Value, std::less<>> values_;  // a parameter's value: a string, or a list of strings
  std::map<std::string, Truth, std::less<>> memo_;
  std::set<std::string, std::less<>> evaluating_;
};

}  // namespace

const std::string* DeploymentParameters::find(std::string_view name) const noexcept {
  for (auto it = values.rbegin(); it != values.rend(); ++it)
    if (it->first == name) return &it->second;
  return nullptr;
}

std::string_view to_string(Truth truth) noexcept {
  switch (truth) {
    case Truth::False:
      return "false";
    case Truth::True:
      return "true";
    case Truth::Unknown:
      return "unknown";
  }
  return "unknown";
}

DeployedTemplate deploy(const Value& document, const DeploymentParameters& parameters) {
  DeployedTemplate out{document, {}};
  if (!document.is_map()) return out;
  Deployer deployer(document, parameters);
  if (const Map* conditions = deployer.conditions())
    for (const Member& c : *conditions) out.conditions.emplace_back(c.key, deployer.condition(c.key, 0));
  for (const std::string_view name : {"Resources", "Outputs"})
    if (const Map* entries = map_at(document, name)) *out.document.find(name) = deployer.section(*entries);
  return out;
}

}  // namespace cfn
