#include "cfn/patterns/scope.hpp"

#include <algorithm>
#include <cctype>

#include "cfn/error.hpp"
#include "cfn/intrinsics.hpp"

namespace cfn::patterns {
namespace {

bool is_alphanumeric(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isalnum(c) != 0 && c < 0x80; });
}

// "WebInstance" -> "web-instance": the prefix as it reads in a Name tag.
std::string kebab(std::string_view name) {
  std::string out;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    const bool starts_word = i > 0 && std::isupper(c) != 0 &&
                             (std::islower(static_cast<unsigned char>(name[i - 1])) != 0 ||
                              std::isdigit(static_cast<unsigned char>(name[i - 1])) != 0);
    if (starts_word) out += '-';
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}

// The longest stack name CloudFormation accepts, and a tag value's limit.
constexpr std::size_t kMaxStackName = 128;
constexpr std::size_t kMaxTagValue = 256;
// The UUID that ends AWS::StackId: unique to the stack, unlike its name.
constexpr std::size_t kStackUuidLength = 36;

}  // namespace

Scope::Scope(std::string prefix) : prefix_(std::move(prefix)) {
  if (!is_alphanumeric(prefix_))
    throw Error("scope prefix '" + prefix_ + "' must be ASCII letters and digits (it starts logical ids)");
}

std::string Scope::id(std::string_view part) const {
  const auto renamed = renames_.find(part);
  return prefix_ + (renamed != renames_.end() ? renamed->second : std::string(part));
}

Scope& Scope::rename(std::string_view part, std::string name) {
  // An empty name gives the part the prefix itself as its logical id.
  if (!is_alphanumeric(name))
    throw Error("scope '" + prefix_ + "': the new name '" + name + "' of part '" + std::string(part) +
                "' must be ASCII letters and digits");
  if (!renames_.emplace(std::string(part), std::move(name)).second)
    throw Error("scope '" + prefix_ + "': part '" + std::string(part) + "' is renamed twice");
  return *this;
}

Scope Scope::child(std::string_view name) const {
  Scope out(prefix_ + std::string(name));
  out.tags_ = tags_;
  const std::string lead = std::string(name) + ".";
  for (const auto& [part, new_name] : renames_)
    if (part.starts_with(lead)) out.renames_.emplace(part.substr(lead.size()), new_name);
  return out;
}

Scope Scope::subset(const std::vector<std::string>& parts) const {
  Scope out = *this;
  std::erase_if(out.renames_,
                [&](const auto& r) { return std::find(parts.begin(), parts.end(), r.first) == parts.end(); });
  return out;
}

Scope& Scope::tag(Str key, Str value) {
  tags_.push_back({std::move(key), std::move(value)});
  return *this;
}

// The prefix in kebab case, then the label, joined by '-'.
std::string Scope::words(std::string_view label) const {
  std::string out = kebab(prefix_);
  if (!label.empty()) out += (out.empty() ? "" : "-") + std::string(label);
  return out;
}

Fn Scope::name_for(std::string_view label) const {
  const std::string rest = words(label);
  if (kMaxStackName + 1 + rest.size() > kMaxTagValue)
    throw Error("scope '" + prefix_ + "': the name '" + rest + "' leaves no room for a stack name of " +
                std::to_string(kMaxStackName) + " characters in a tag value of " + std::to_string(kMaxTagValue));
  return sub(rest.empty() ? "${AWS::StackName}" : "${AWS::StackName}-" + rest);
}

Fn Scope::unique_name(std::string_view label, std::size_t max_length) const {
  const std::string rest = words(label);
  if (rest.empty()) throw Error("a unique name needs a scope prefix or a label");
  if (rest.size() + 1 + kStackUuidLength > max_length)
    throw Error("scope '" + prefix_ + "': the name '" + rest + "' (" + std::to_string(rest.size()) +
                " characters) leaves no room for the stack's " + std::to_string(kStackUuidLength) +
                "-character id within " + std::to_string(max_length) + ": use a shorter prefix");
  return join("-", List{rest, select(2, split("/", pseudo::stack_id()))});
}

std::vector<Tag> Scope::tags_for(std::string_view label) const {
  std::vector<Tag> out{{"Name", name_for(label)}};
  out.insert(out.end(), tags_.begin(), tags_.end());
  return out;
}

void Scope::check_renames(std::string_view block, const std::vector<std::string>& parts,
                          const std::vector<std::string>& children) const {
  for (const auto& [part, name] : renames_) {
    if (std::find(parts.begin(), parts.end(), part) != parts.end()) continue;
    const auto dot = part.find('.');
    if (dot != std::string::npos && std::find(children.begin(), children.end(), part.substr(0, dot)) != children.end())
      continue;
    std::string known;
    for (const std::string& p : parts) known += (known.empty() ? "" : ", ") + p;
    throw Error(std::string(block) + " (scope '" + prefix_ + "'): there is no part '" + part + "' to rename to '" +
                name + "'; its parts are " + known);
  }
}

}  // namespace cfn::patterns
