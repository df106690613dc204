// A check of emitted YAML that does not go through cfnpp's reader: the text
// is loaded by libyaml's document loader (a node tree of tags, styles and
// texts; no event handling, no scalar resolution of cfnpp's), and every node
// is compared with the spelling the emitter gives the value it came from
// (numbers and booleans as format_double & co. write them, strings plain only
// where no YAML 1.1 or 1.2 reader would type them, functions as their tag or
// long-form key). fmt runs it besides reading the output back, so that a bug
// in the reader cannot vouch for the reader's own output.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cfn/value.hpp"

namespace cfn::detail::emitter {

/// nullopt when `yaml` (as to_yaml writes it) spells exactly `value`; else
/// "PATH: what differs" ("(root)" for the value itself).
[[nodiscard]] std::optional<std::string> yaml_spelling_problem(const Value& value, std::string_view yaml);

}  // namespace cfn::detail::emitter
