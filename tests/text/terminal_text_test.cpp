// detail::strings::terminal_safe: what reaches a terminal never carries a character
// the terminal would act on.
#include "text/terminal_text.hpp"

#include <catch2/catch.hpp>

using cfn::detail::strings::terminal_safe;

TEST_CASE("terminal_safe escapes controls, C1, bidi overrides and bad UTF-8, and keeps the rest", "[text]") {
  CHECK(terminal_safe("X\r\x1b[2KNo changes.\x1b[8m") == "X\\x0D\\x1B[2KNo changes.\\x1B[8m");
  CHECK(terminal_safe("a\tb\nc\x7f") == "a\\x09b\\x0Ac\\x7F");
  CHECK(terminal_safe("a\nb", true) == "a\nb");
  CHECK(terminal_safe("a\r\nb", true) == "a\\x0D\nb");
  CHECK(terminal_safe("csi\xc2\x9b"
                      "2J") == "csi\\x9B2J");         // U+009B, the 8-bit CSI
  CHECK(terminal_safe("nel\xc2\x85") == "nel\\x85");  // U+0085 is C1 too
  CHECK(terminal_safe("rlo\xe2\x80\xae"
                      "txt") == "rlo\\u202Etxt");  // right-to-left override
  CHECK(terminal_safe("iso\xe2\x81\xa6"
                      "x") == "iso\\u2066x");             // left-to-right isolate
  CHECK(terminal_safe("ls\xe2\x80\xa8") == "ls\\u2028");  // line separator
  CHECK(terminal_safe("bom\xef\xbb\xbf") == "bom\\uFEFF");
  CHECK(terminal_safe("bad\xff\xfe") == "bad\\xFF\\xFE");
  CHECK(terminal_safe("cut\xe2\x80") == "cut\\xE2\\x80");
  const std::string plain = "MyBucket: AWS::S3::Bucket \\n é ✓ 日本 😀 [a, b] {c: d} 'q' \"q\"";
  CHECK(terminal_safe(plain) == plain);
  CHECK(terminal_safe(std::string(1, '\0')) == "\\x00");
}
