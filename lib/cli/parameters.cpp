#include "cli/parameters.hpp"

#include "cfn/intrinsics.hpp"
#include "cfn/parse.hpp"
#include "cfn/scalar_equivalence.hpp"

namespace cfn::detail::cli {
namespace {

/// A parameter name as the command line gives it: a logical id, or a pseudo parameter.
bool parameter_name(std::string_view name) { return is_valid_logical_id(name) || is_pseudo_parameter(name); }

/// A value as `aws cloudformation` passes it: a scalar's text; a list of scalars joined by commas (a list parameter).
std::string value_text(const std::string& file, const Value& v, std::string_view name) {
  if (const auto text = v.is_scalar() ? cloudformation_string(v) : std::nullopt) return *text;
  if (v.is_list()) {
    std::string out;
    const List& items = v.as_list();
    for (std::size_t i = 0; i < items.size(); ++i) {
      const auto text = items[i].is_scalar() ? cloudformation_string(items[i]) : std::nullopt;
      if (!text) throw ParseError(file, items[i].mark(), "the value of " + std::string(name) + " must be a string");
      out += (i == 0 ? "" : ",") + *text;
    }
    return out;
  }
  throw ParseError(file, v.mark(), "the value of " + std::string(name) + " must be a string");
}

void add(DeploymentParameters& out, const std::string& file, const Value& key, const Value& value) {
  if (!key.is_string() || !parameter_name(key.as_string()))
    throw ParseError(file, key.mark(), "a parameter key must be a parameter's name (letters and digits)");
  out.values.emplace_back(key.as_string(), value_text(file, value, key.as_string()));
}

/// [{"ParameterKey": "Env", "ParameterValue": "prod"}, ...]
void read_list(DeploymentParameters& out, const std::string& path, const List& items) {
  for (const Value& item : items) {
    const Value* key = item.is_map() ? item.find("ParameterKey") : nullptr;
    if (key == nullptr)
      throw ParseError(path, item.mark(), "each parameter is an object with ParameterKey and ParameterValue");
    if (const Value* previous = item.find("UsePreviousValue");
        previous != nullptr && cloudformation_string(*previous) == "true")
      throw ParseError(path, previous->mark(),
                       "UsePreviousValue: cfnpp does not know the stack's previous value; give ParameterValue");
    const Value* value = item.find("ParameterValue");
    if (value == nullptr) throw ParseError(path, item.mark(), "ParameterValue is missing");
    add(out, path, *key, *value);
  }
}

void read_file(DeploymentParameters& out, const std::string& argument, Io& io) {
  const std::string path = argument.starts_with("file://") ? argument.substr(7) : argument;
  const Value root = parse_data(read_input(path, io), path);  // ParseError: "FILE:LINE:COL: reason"
  // {"Parameters": ...} as --cli-input-json has it, or the parameters themselves.
  const Value* parameters = root.is_map() && root.as_map().size() == 1 ? root.find("Parameters") : nullptr;
  const Value& entries = parameters != nullptr ? *parameters : root;
  if (entries.is_list()) {
    read_list(out, path, entries.as_list());
    return;
  }
  if (!entries.is_map())
    throw ParseError(path, entries.mark(),
                     "parameters are a list of {ParameterKey, ParameterValue}, {\"Parameters\": {KEY: VALUE}} or "
                     "{KEY: VALUE}");
  for (const Member& m : entries.as_map()) {
    Value key(m.key);
    key.set_mark(m.key_mark);
    add(out, path, key, m.value);
  }
}

}  // namespace

DeploymentParameters read_parameters(const std::vector<std::string>& arguments, Io& io) {
  DeploymentParameters out;
  for (const std::string& a : arguments) {
    if (a.starts_with("ParameterKey=")) {  // the aws CLI's shorthand
      const std::size_t comma = a.find(",ParameterValue=");
      if (comma == std::string::npos)
        throw UsageError("diff: --parameters " + a + ": expected ParameterKey=KEY,ParameterValue=VALUE");
      const std::string key = a.substr(13, comma - 13);
      if (!parameter_name(key)) throw UsageError("diff: --parameters: '" + key + "' is not a parameter name");
      out.values.emplace_back(key, a.substr(comma + 16));
      continue;
    }
    const std::size_t eq = a.find('=');
    if (eq != std::string::npos && parameter_name(a.substr(0, eq))) {  // KEY=VALUE
      out.values.emplace_back(a.substr(0, eq), a.substr(eq + 1));
      continue;
    }
    read_file(out, a, io);
  }
  return out;
}

}  // namespace cfn::detail::cli
