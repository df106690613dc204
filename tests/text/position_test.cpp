// detail::strings::CharacterColumns: the parser's byte columns as code point
// columns (SARIF's), on lines broken where libyaml breaks them.
#include "text/position.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "cfn/parse.hpp"

using cfn::detail::strings::CharacterColumns;

TEST_CASE("CharacterColumns counts code points, not bytes, before the column", "[text]") {
  CharacterColumns columns(
      "ab\n\xC3\xA7"
      "d x\n");  // "çd x": ç is two bytes
  CHECK(columns.column(1, 2) == 2);
  CHECK(columns.column(2, 1) == 1);
  CHECK(columns.column(2, 5) == 4);  // x
  CHECK(columns.column(2, 3) == 2);  // asked backwards: d
  CHECK(columns.column(7, 9) == 9);  // a line the text does not have: as given
  CHECK(columns.column(0, 0) == 0);  // unknown
}

TEST_CASE("CharacterColumns breaks lines at LF, CRLF, CR, NEL, LS and PS and skips a BOM", "[text]") {
  CHECK(CharacterColumns("a\r\n\xC3\xA7x").column(2, 3) == 2);
  CHECK(CharacterColumns("a\r\xC3\xA7x").column(2, 3) == 2);
  CHECK(CharacterColumns("a\xC2\x85\xC3\xA7x").column(2, 3) == 2);
  CHECK(CharacterColumns("a\xE2\x80\xA8\xC3\xA7x").column(2, 3) == 2);
  CHECK(CharacterColumns("a\xE2\x80\xA9\xC3\xA7x").column(2, 3) == 2);
  CHECK(CharacterColumns("\xEF\xBB\xBF\xC3\xA7x").column(1, 3) == 2);
}

TEST_CASE("CharacterColumns agrees with the parser's lines: the value after non-ASCII keys", "[text]") {
  // The marks come from libyaml; the code point column of 'v' is counted by hand.
  for (const std::string line_break : {"\n", "\r\n", "\r"}) {
    const std::string text = "Resources:" + line_break + "  \xC3\xA7\xC3\xA9: {k: v}" + line_break;
    const cfn::Document doc = cfn::parse_document(text, "t.yaml");
    const cfn::Mark mark = doc.root.find("Resources")->find("\xC3\xA7\xC3\xA9")->find("k")->mark();
    INFO("line break " << (line_break == "\n" ? "LF" : line_break == "\r\n" ? "CRLF" : "CR"));
    CHECK(mark.line == 2);
    CHECK(mark.column == 13);  // bytes: 2 spaces, 4 for çé, ": {k: " 6
    CHECK(CharacterColumns(text).column(mark.line, mark.column) == 11);
  }
}
