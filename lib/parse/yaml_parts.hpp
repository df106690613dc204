// Cutting a large YAML template into parts that are read at the same time,
// one per core. A cut is made only before a line that starts a resource (a
// key at the indentation of Resources' first key); each later part is read
// as the text "Resources:\n" followed by its lines, so libyaml sees the same
// indentation levels there as in the whole text. Whether a cut really falls
// between two resources (and not inside a quoted scalar or a flow collection
// that spans lines) is not decided here: the reader checks each part's
// result (see yaml_reader.cpp) and reads the whole text at once when any
// check fails.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace cfn::detail::parser {

/// Lines [begin, end) of a text; `line`: the line breaks before `begin`.
struct TextPart {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t line = 0;
};

struct PartPlan {
  /// Two parts or more, in order, covering the text; empty: read it whole.
  std::vector<TextPart> parts;
  /// 1-based line of the top-level `Resources:` key.
  std::uint32_t resources_line = 0;
};

/// The line each later part is read behind.
inline constexpr std::string_view kPartPrefix = "Resources:\n";

/// Where `text` can be cut into at most `count` parts of about equal size.
/// Texts with line breaks other than LF and CRLF, with document markers after
/// `Resources:`, or whose Resources is not a block map of keys, are not cut.
/// Linear in the text's size.
[[nodiscard]] PartPlan plan_parts(std::string_view text, std::size_t count);

}  // namespace cfn::detail::parser
