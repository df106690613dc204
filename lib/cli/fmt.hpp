// The canonical text of a template, as cfnpp fmt writes it, and the check
// that it means exactly what the original meant.
#pragma once

#include <optional>
#include <string>

#include "cfn/emit.hpp"
#include "cfn/value.hpp"

namespace cfn::detail::cli {

/// canonicalize (section and attribute order) + to_yaml / to_json.
[[nodiscard]] std::string canonical_text(const Value& document, Format format);

/// nullopt when `text` parses (as `format`) to a value equal to `original`
/// (every scalar the same under ScalarEquality::Exact, every kind and
/// function the same; map order aside) and, for YAML, when libyaml's
/// document loader finds in it the emitter's spelling of every node of
/// `original` (emit/spelling_check.hpp: a second reading that does not use
/// cfnpp's reader); else what differs, e.g. "Resources.Vol.Properties.Size: 8 became \"8\"".
[[nodiscard]] std::optional<std::string> meaning_change(const Value& original, const std::string& text, Format format);

}  // namespace cfn::detail::cli
