// Comment detection: '#' comments count; '#' in quotes, plain scalars and
// block scalars does not.
#include <catch2/catch.hpp>

#include "cfn/parse.hpp"
#include "parse/yaml_reader.hpp"

namespace {

std::optional<std::size_t> find_yaml_comment(const std::string& text) {
  std::vector<cfn::DuplicateKey> duplicates;
  return cfn::detail::parser::read_yaml(text, duplicates).first_comment;
}

bool has_comment(const std::string& text) { return find_yaml_comment(text).has_value(); }

}  // namespace

TEST_CASE("comments: whole-line and trailing comments are found at their '#'", "[parse][comments]") {
  CHECK(find_yaml_comment("# x\na: b\n") == 0u);
  CHECK(find_yaml_comment("a: b # c\n") == 5u);
  CHECK(find_yaml_comment("a: b\n  # indented\n") == 7u);
  CHECK(find_yaml_comment("a: b\t# tab before\n") == 5u);
  CHECK(find_yaml_comment("a: 'x' # after quotes\n") == 7u);
  CHECK(find_yaml_comment("a: \"x\" # after quotes\n") == 7u);
  CHECK(find_yaml_comment("a: [1, 2] # flow\n") == 10u);
  CHECK(find_yaml_comment("a: [1, # inside flow\n  2]\n") == 7u);
  CHECK(find_yaml_comment("a: |  # after a block header\n  x\n") == 6u);
  CHECK(find_yaml_comment("a: >-2 # after a block header\n   x\n") == 7u);
  CHECK(find_yaml_comment("a: !Sub |\n  #!/bin/bash\nb: c # after the block\n") == 29u);
  CHECK(find_yaml_comment("---\n# doc\na: 1\n") == 4u);
  CHECK(find_yaml_comment("--- # doc\na: 1\n") == 4u);
  CHECK(find_yaml_comment("\xEF\xBB\xBF# bom\n") == 3u);
  CHECK(find_yaml_comment("a: b\r\n# crlf\r\n") == 6u);
  CHECK(find_yaml_comment("a:\n  - x # item\n") == 9u);
  CHECK(find_yaml_comment("a: 'it''s' # doubled quote\n") == 11u);
  CHECK(find_yaml_comment("a: \"say \\\"hi\\\"\" # escaped quote\n") == 16u);
  CHECK(find_yaml_comment("a: !Ref X # tag\n") == 10u);
  CHECK(find_yaml_comment("a: it's # apostrophe in a plain scalar\n") == 8u);
  CHECK(find_yaml_comment("a: x,'y # z'\n") == 8u);  // ',' is no indicator in block context
  CHECK(find_yaml_comment("{\"a\":\"b\"} # json-like flow\n") == 10u);
}

TEST_CASE("comments: '#' that is not a comment", "[parse][comments]") {
  CHECK_FALSE(has_comment("a: 'x # y'\n"));
  CHECK_FALSE(has_comment("a: \"x # y\"\n"));
  CHECK_FALSE(has_comment("a: a#b\n"));
  CHECK_FALSE(has_comment("a: http://example.com/#frag\n"));
  CHECK_FALSE(has_comment("'#key': v\n"));
  CHECK_FALSE(has_comment("a: |\n  #!/bin/bash\n  echo # not a comment\n\n  # nor this\nb: c\n"));
  CHECK_FALSE(has_comment("a: >\n  # folded\n    # more indented\nb: c\n"));
  CHECK_FALSE(has_comment("a: |+2\n   # keep\n\nb: c\n"));
  CHECK_FALSE(has_comment("a:\n  - |\n    # in a list item\n  - x\n"));
  CHECK_FALSE(has_comment("a: !Sub |\n  #!/bin/bash\n  echo ${AWS::Region} # x\n"));
  CHECK_FALSE(has_comment("UserData:\n  Fn::Base64: !Sub |\n    #!/bin/bash -xe\n    # comment in the script\n"));
  CHECK_FALSE(has_comment("a: 'multi\n  # line single'\n"));
  CHECK_FALSE(has_comment("a: \"multi\n  # line \\\" double\"\n"));
  CHECK_FALSE(has_comment("a: ['x # y', \"z # w\"]\n"));
  CHECK_FALSE(has_comment("{\"a\": \"b # c\",\n \"d\": \"#e\"}\n"));
  CHECK_FALSE(has_comment("a: b\n"));
  CHECK_FALSE(has_comment(""));
  CHECK_FALSE(has_comment("a: x#y\n"));
  CHECK_FALSE(has_comment("a: c#\n"));
  CHECK_FALSE(has_comment("- '#'\n- \"#\"\n"));
}

TEST_CASE("comments: a block scalar ends where the parser ends it", "[parse][comments]") {
  CHECK(has_comment("a: |\n  x\n# now a comment\n"));
  CHECK(has_comment("k:\n  a: |\n    x\n  # back at the key's indentation\n"));
  CHECK(has_comment("k:\n  a: |\n    x\n\n  b: c # after a blank line\n"));
  CHECK_FALSE(has_comment("k:\n  a: |\n    x\n\n    # still in the block after a blank line\n"));
  // Content indented less than the first content line ends the block.
  CHECK(has_comment("k:\n  a: |\n      x\n    # less indented than x: a comment\n"));
}

TEST_CASE("comments: YAML 1.1 line breaks end a line", "[parse][comments]") {
  CHECK(find_yaml_comment("a: b\r# after a CR\r") == 5u);
  CHECK(find_yaml_comment("a: b\xc2\x85# after a NEL\n") == 6u);
  CHECK(find_yaml_comment("a: b\xe2\x80\xa8# after a line separator\n") == 7u);
  CHECK_FALSE(has_comment("a: |\r  x\r  # in the block\r"));
}

TEST_CASE("Document::has_comments", "[parse][comments]") {
  CHECK(cfn::parse_document("# x\na: b\n", "t.yaml").has_comments);
  CHECK(cfn::parse_document("a: b # c\n", "t.yaml").has_comments);
  CHECK_FALSE(cfn::parse_document("a: 'b # c'\n", "t.yaml").has_comments);
  CHECK_FALSE(cfn::parse_document("a: |\n  #!/bin/bash\n", "t.yaml").has_comments);
  CHECK_FALSE(cfn::parse_document("{\"a\": \"# c\"}", "t.json").has_comments);
}

TEST_CASE("comments: a '#' right after a quote or an indicator is a comment, as libyaml reads it",
          "[parse][comments]") {
  // Found by the ruamel.yaml comment oracle (tests/fuzz/comment_oracle.py):
  // libyaml takes these as comments, so fmt -w would have dropped them.
  CHECK(find_yaml_comment("{}#\n") == 2u);
  CHECK(find_yaml_comment("a: 'x'#c\n") == 6u);
  CHECK(find_yaml_comment("a: [b,#c\n  d]\n") == 6u);
  CHECK(find_yaml_comment("a: {b: c}#d\n") == 9u);
  CHECK(find_yaml_comment("a: |#c\n  x\n") == 4u);
  CHECK(has_comment("a: [b#c, 'd'#e\n  ]\n"));
  CHECK_FALSE(has_comment("a: [b#c, d]\n"));
  CHECK_FALSE(has_comment("a: x]#y\n"));  // a plain scalar in block context
}

TEST_CASE("comments: on directive lines", "[parse][comments]") {
  CHECK(find_yaml_comment("%YAML 1.1 # v\n---\na: 1\n") == 10u);
  CHECK(find_yaml_comment("%YAML 1.1\n\n# c\n---\na: 1\n") == 11u);
  CHECK_FALSE(has_comment("%YAML 1.1\n---\na: 1\n"));
}
