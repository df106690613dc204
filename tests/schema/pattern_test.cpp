// The registry's patterns: a counted class (`^C{m,n}$`) matched as a run and
// a count must answer as RE2 does on the pattern as written. The oracle is
// RE2 itself, given the whole pattern (with Python's \Z as RE2's \z).
#include "schema/pattern.hpp"

#include <re2/re2.h>

#include <catch2/catch.hpp>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "schema/registry_table.hpp"

using cfn::detail::schema_pattern::Pattern;

namespace {

// RE2 on the whole pattern; null when RE2 cannot read it.
std::unique_ptr<const RE2> oracle(const std::string& pattern) {
  std::string expression;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '\\' && i + 1 < pattern.size() && pattern[i + 1] == 'Z') {
      expression += "\\z";
      ++i;
    } else if (pattern[i] == '\\' && i + 1 < pattern.size()) {
      expression += pattern.substr(i, 2);
      ++i;
    } else {
      expression += pattern[i];
    }
  }
  RE2::Options options;
  options.set_log_errors(false);
  auto re = std::make_unique<const RE2>(expression, options);
  if (!re->ok()) return nullptr;
  return re;
}

bool matches(const std::string& pattern, const std::string& text) {
  const auto p = Pattern::compile(pattern);
  REQUIRE(p.has_value());
  const auto m = p->matches(text);
  REQUIRE(m.has_value());
  return *m;
}

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// Characters of a pattern's text (a class's members are among them) and
// others: letters and digits, white space, a line break, non-ASCII letters, an emoji.
std::vector<std::string> alphabet_of(std::string_view pattern) {
  std::set<std::string> chars;
  for (const char c : pattern)
    if (static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7F) chars.insert(std::string(1, c));
  for (const char* c : {"a", "m", "Z", "0", "5", " ", "\t", "\n", "-", "_", ".", "/", ":", "\xC3\xA9", "\xE6\x97\xA5",
                        "\xF0\x9F\x98\x80"})
    chars.insert(c);
  return {chars.begin(), chars.end()};
}

}  // namespace

TEST_CASE("schema pattern: the tag key pattern, a counted Unicode class and a literal alternative",
          "[schema][pattern]") {
  const std::string tag = R"(^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$|resource-groups:Name)";
  CHECK(matches(tag, "Name"));
  CHECK(matches(tag, repeat("\xC3\xA9", 128)));  // 128 characters, 256 bytes
  CHECK_FALSE(matches(tag, repeat("\xC3\xA9", 129)));
  CHECK_FALSE(matches(tag, repeat("a", 129)));
  CHECK_FALSE(matches(tag, ""));
  CHECK_FALSE(matches(tag, "a\n"));  // RE2's $ is the end of the text
  CHECK_FALSE(matches(tag, "a*b"));
  CHECK(matches(tag, "\xE6\x97\xA5\xE6\x9C\xAC 1"));
  CHECK(matches(tag, "x*resource-groups:Name*"));  // the other alternative is a search
}

TEST_CASE("schema pattern: counts without an end, exact counts, open counts", "[schema][pattern]") {
  CHECK(matches("^[a-z]{3,5}", "abc"));
  CHECK(matches("^[a-z]{3,5}", "abcdefgh1"));  // a prefix of 3 to 5 letters is enough
  CHECK_FALSE(matches("^[a-z]{3,5}", "ab1cdef"));
  CHECK(matches(R"(^\d{4}$)", "2026"));
  CHECK_FALSE(matches(R"(^\d{4}$)", "20261"));
  CHECK(matches(R"(^\S{2,}$)", repeat("x", 2000)));
  CHECK_FALSE(matches(R"(^\S{2,}$)", "x"));
  CHECK(matches("^.{0,3}$", ""));
  CHECK_FALSE(matches("^.{0,3}$", "a\nb"));  // . is not a line break
  CHECK(matches("^$|^[a-z]{1,2}$", ""));
  CHECK(matches(R"(^[a-z]{1,2}\Z)", "ab"));
}

TEST_CASE("schema pattern: what RE2 cannot read is not judged, nor a text that is not UTF-8", "[schema][pattern]") {
  CHECK_FALSE(Pattern::compile("^(?!aws:)[a-z]{1,5}$").has_value());  // lookahead
  CHECK_FALSE(Pattern::compile("^[a-z]{1,5}$|^(?=x)").has_value());   // in another alternative
  CHECK_FALSE(Pattern::compile("^[a-z]{1,1001}$").has_value());       // beyond RE2's count
  CHECK_FALSE(Pattern::compile("^[a-z]{1,128}$")->matches("ab\xFF").has_value());
}

TEST_CASE("schema pattern: every registry pattern answers as RE2 on the whole pattern", "[schema][pattern]") {
  namespace table = cfn::detail::registry_table;
  std::mt19937 random(20261202);
  std::size_t matched = 0, unmatched = 0, unread = 0;
  for (std::size_t i = 0; i < table::kPatternCount; ++i) {
    const std::string pattern(table::kStrings + table::kPatterns[i].offset, table::kPatterns[i].size);
    const auto compiled = Pattern::compile(pattern);
    INFO("pattern " << pattern);
    const auto re = oracle(pattern);
    REQUIRE(compiled.has_value() == (re != nullptr));
    if (re == nullptr) {
      ++unread;
      continue;
    }
    const std::vector<std::string> alphabet = alphabet_of(pattern);
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    for (const int length : {0, 1, 2, 3, 7, 12, 31, 63, 64, 65, 100, 127, 128, 129, 255, 256, 257, 1000, 1001}) {
      for (int sample = 0; sample < 2; ++sample) {
        std::string text;
        // A run of one character (what a counted class holds), then mixed ones.
        const std::string one = alphabet[pick(random)];
        for (int k = 0; k < length; ++k) text += sample == 0 ? one : alphabet[pick(random)];
        INFO("text '" << text << "'");
        const bool expected = RE2::PartialMatch(text, *re);
        REQUIRE(compiled->matches(text) == std::optional<bool>(expected));
        ++(expected ? matched : unmatched);
      }
    }
  }
  // Both answers were exercised, on most of the table's 2,000-odd patterns.
  CHECK(table::kPatternCount > 2000);
  CHECK(unread < table::kPatternCount / 10);  // lookaround, back references
  CAPTURE(matched, unmatched, unread);
  CHECK(matched > 5000);
  CHECK(unmatched > 5000);
}
