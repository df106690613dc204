// Counting and cutting UTF-8 text by characters. Expected values are written
// out by hand from the encodings (é is C3 A9, € is E2 82 AC, 😀 is F0 9F 98 80).
#include "text/utf8.hpp"

#include <catch2/catch.hpp>

using cfn::detail::strings::code_points;
using cfn::detail::strings::utf8_prefix;

TEST_CASE("utf8: code points are the bytes that start a character", "[text][utf8]") {
  CHECK(code_points("") == 0);
  CHECK(code_points("abc") == 3);
  CHECK(code_points("\xc3\xa9t\xc3\xa9") == 3);             // été
  CHECK(code_points("\xe2\x82\xac\xf0\x9f\x98\x80") == 2);  // €😀
}

TEST_CASE("utf8: a prefix never ends inside a character", "[text][utf8]") {
  CHECK(utf8_prefix("abc", 5) == "abc");
  CHECK(utf8_prefix("abc", 2) == "ab");
  CHECK(utf8_prefix("a\xe2\x82\xac", 2) == "a");  // cut inside €: before it
  CHECK(utf8_prefix("a\xe2\x82\xac", 3) == "a");
  CHECK(utf8_prefix("a\xe2\x82\xac"
                    "b",
                    4) == "a\xe2\x82\xac");  // right after it
  CHECK(utf8_prefix("\xf0\x9f\x98\x80", 3).empty());
}
