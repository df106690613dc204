#include "cfn/sub.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "cfn/intrinsics.hpp"
#include "cfn/limits.hpp"
#include "text/closest.hpp"
#include "text/position.hpp"

namespace cfn {

SubError::SubError(std::size_t line, std::size_t column, std::string reason)
    : Error("line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + reason),
      line_(line),
      column_(column),
      reason_(std::move(reason)) {}

SubNames::SubNames(const Template& tpl) {
  for (const Member& p : tpl.parameters()) add(p.key);
  for (const Member& r : tpl.resources()) add_resource(r.key);
}

SubNames& SubNames::add(std::string_view name) {
  if (!is_valid_sub_variable_name(name))
    throw Error("'" + std::string(name) +
                "' is not a Fn::Sub variable name: names hold only letters, digits, '_', '.' and ':'");
  names_.emplace(name);
  return *this;
}

SubNames& SubNames::add_resource(std::string_view logical_id) {
  if (!is_valid_logical_id(logical_id))
    throw Error("'" + std::string(logical_id) + "' is not a logical id: 1 to 255 letters and digits");
  resources_.emplace(logical_id);
  return *this;
}

bool SubNames::declares(std::string_view name) const {
  if (is_pseudo_parameter(name) || names_.contains(name) || resources_.contains(name)) return true;
  const auto attribute = split_get_att(name);
  return attribute && !attribute->second.empty() && resources_.contains(attribute->first) &&
         is_valid_sub_variable_name(name);
}

std::vector<std::string_view> SubNames::names() const {
  std::vector<std::string_view> out(names_.begin(), names_.end());
  out.insert(out.end(), resources_.begin(), resources_.end());
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string_view> SubNames::resources() const { return {resources_.begin(), resources_.end()}; }

bool is_cloudformation_name(std::string_view name) noexcept {
  return is_valid_sub_variable_name(name) &&
         (name.find("::") != std::string_view::npos || name.find('.') != std::string_view::npos);
}

namespace {

bool is_name_char(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// The names the script gives a value itself: "name=" (also after export,
// local, declare, readonly), "for name in", or "read [-r] ... name" on one
// line. One pass over the script, so checking many names stays linear. A name
// with ':' is never among them: bash assigns only [A-Za-z_][A-Za-z0-9_]*.
std::set<std::string_view, std::less<>> assigned_names(std::string_view text) {
  std::set<std::string_view, std::less<>> out;
  bool after_read = false;  // the word "read" came earlier on this line
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_name_char(text[i])) {
      if (text[i] == '\n') after_read = false;
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < text.size() && is_name_char(text[i])) ++i;
    const std::string_view word = text.substr(start, i - start);
    std::size_t blank = start;  // back over the blanks before the word (each blank once: linear)
    while (blank > 0 && (text[blank - 1] == ' ' || text[blank - 1] == '\t')) --blank;
    const bool after_for = blank < start && blank >= 3 && text.substr(blank - 3, 3) == "for" &&
                           (blank == 3 || !is_name_char(text[blank - 4]));
    if ((i < text.size() && text[i] == '=') || after_for || after_read) out.insert(word);
    if (word == "read") after_read = true;
  }
  return out;
}

std::string undeclared_cloudformation_name(std::string_view name, const detail::strings::ClosestNames& resources) {
  const std::string variable = "${" + std::string(name) + "}";
  if (const auto attribute = split_get_att(name);
      attribute && !attribute->first.empty() && attribute->first.find("::") == std::string_view::npos) {
    const std::string message = variable + ": '" + std::string(attribute->first) + "' is not a declared resource";
    const std::string_view resource = resources.find(attribute->first, 2);
    if (resource.empty()) return message;
    return message + " (did you mean " + std::string(resource) + "." + std::string(attribute->second) + "?)";
  }
  const std::vector<std::string_view> pseudo(pseudo_parameter_names().begin(), pseudo_parameter_names().end());
  const std::string message = variable + " is not a pseudo parameter";
  const std::string_view closest = detail::strings::closest_match(name, pseudo, 3);
  return closest.empty() ? message : message + " (did you mean " + std::string(closest) + "?)";
}

}  // namespace

std::vector<SubNameProblem> check_sub_names(std::string_view text, const SubNames& names) {
  std::vector<SubNameProblem> out;
  std::set<std::string_view, std::less<>> seen;
  std::optional<detail::strings::ClosestNames> declared;            // indexed on the first plain name that needs it
  std::optional<detail::strings::ClosestNames> resources;           // likewise
  std::optional<std::set<std::string_view, std::less<>>> assigned;  // likewise
  for (const SubPart& part : parse_sub(text)) {
    if (part.kind != SubPart::Kind::Variable || names.declares(part.text) || !seen.insert(part.text).second) continue;
    if (is_cloudformation_name(part.text)) {
      if (!resources) resources.emplace(names.resources());
      out.push_back(
          {SubNameProblem::Severity::Error, part.offset, undeclared_cloudformation_name(part.text, *resources)});
      continue;
    }
    if (!is_valid_sub_variable_name(part.text)) continue;  // ${VAR:-x} and friends: the shell's
    if (!declared) declared.emplace(names.names());
    // Short shell names (i, n, dir) are everywhere: the shorter, the closer it must be.
    const std::size_t reach = part.text.size() <= 3 ? 0 : part.text.size() <= 5 ? 1 : 2;
    const std::string_view close = declared->find(part.text, reach);
    if (close.empty()) continue;
    if (!assigned) assigned = assigned_names(text);
    if (assigned->contains(part.text)) continue;
    out.push_back({SubNameProblem::Severity::Warning, part.offset,
                   "${" + std::string(part.text) + "} is not declared, so it stays shell text (did you mean ${" +
                       std::string(close) + "}?)"});
  }
  return out;
}

std::string escape_for_sub(std::string_view text, const SubNames& names) {
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  for (const SubPart& part : parse_sub(text)) {
    // ${arr[${i}]}: CloudFormation's documentation does not say whether the
    // inner ${i} is a variable, so no escaping of it is surely right.
    const bool named = part.kind == SubPart::Kind::Variable || part.kind == SubPart::Kind::Escaped;
    if (const std::size_t inner = named ? part.text.find("${") : std::string_view::npos;
        inner != std::string_view::npos) {
      const detail::strings::Position at =
          detail::strings::position_at(text, static_cast<std::size_t>(part.text.data() - text.data()) + inner);
      throw SubError(at.line, at.column,
                     "'${' inside '${...}'; CloudFormation does not document how Fn::Sub reads that (write "
                     "${arr[$i]}, not ${arr[${i}]})");
    }
    switch (part.kind) {
      case SubPart::Kind::Text:
        out += part.text;
        break;
      case SubPart::Kind::Variable:
        out += names.declares(part.text) || is_cloudformation_name(part.text) ? "${" : "${!";
        out += part.text;
        out += '}';
        break;
      case SubPart::Kind::Escaped:  // the text had "${!": keep it literal as "${!!"
        out += "${!!";
        out += part.text;
        out += '}';
        break;
      case SubPart::Kind::Unterminated: {
        const detail::strings::Position at = detail::strings::position_at(text, part.offset);
        throw SubError(at.line, at.column,
                       "'${' has no closing '}'; CloudFormation does not document how Fn::Sub reads that");
      }
    }
  }
  return out;
}

Value sub_text(std::string_view text, const SubNames& names, Map variables) {
  SubNames scope = names;
  for (const Member& v : variables) scope.add(v.key);
  const auto parts = parse_sub(text);
  const bool substitutes = std::any_of(parts.begin(), parts.end(), [&](const SubPart& p) {
    return p.kind == SubPart::Kind::Variable && (scope.declares(p.text) || is_cloudformation_name(p.text));
  });
  if (!substitutes) return std::string(text);
  return sub(escape_for_sub(text, scope), std::move(variables));
}

Fn user_data(std::string_view script, const SubNames& names, Map variables) {
  if (script.size() > limits::kUserDataBytes)
    throw Error("user data is " + std::to_string(script.size()) + " bytes; EC2 accepts at most " +
                std::to_string(limits::kUserDataBytes) + " bytes before base64");
  return base64(sub_text(script, names, std::move(variables)));
}

}  // namespace cfn
