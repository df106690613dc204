// A `pattern` of the registry schemas, compiled for matching with RE2
// (linear time, no recursion: safe on any input).
//
// RE2 compiles a counted repetition by copying its operand: the tag
// pattern `^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$` becomes 128 copies of a
// Unicode class and took 79 ms, 40 % of a `cfnpp lint` over the whole
// corpus. A top-level alternative that is one character class counted,
// `^C{m,n}` with or without `$`, is matched instead as the run `^(?:C)*`
// (cheap to compile) and the number of characters the run holds: the text
// matches `^C{m,n}$` when the run is the whole text and holds m to n
// characters, and `^C{m,n}` when it holds at least m.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace cfn::detail::schema_pattern {

class Pattern {
 public:
  /// The schema's ECMAScript/Python pattern (Python's end-of-text `\Z` is
  /// RE2's `\z`); nullopt when RE2 cannot read it (lookaround, back
  /// references): such a pattern is not judged.
  static std::optional<Pattern> compile(std::string_view pattern);

  /// Whether `text` contains a match (JSON Schema's `pattern` is a search);
  /// nullopt for a text that is not UTF-8, which RE2 counts otherwise.
  [[nodiscard]] std::optional<bool> matches(std::string_view text) const;

  Pattern(Pattern&&) noexcept;
  Pattern& operator=(Pattern&&) noexcept;
  ~Pattern();

 private:
  /// `^C{min,max}`, `$` when `to_end`: `run` is `(?:C)*`, matched at the start.
  struct CountedClass {
    std::unique_ptr<const re2::RE2> run;
    std::uint32_t min = 0;
    std::optional<std::uint32_t> max;  // none: `{m,}`
    bool to_end = false;
  };

  Pattern() = default;
  [[nodiscard]] static bool matches(const CountedClass& c, std::string_view text);

  std::vector<CountedClass> counted_;
  std::unique_ptr<const re2::RE2> rest_;  // the other alternatives, as one expression; null when none
};

}  // namespace cfn::detail::schema_pattern
