// Layout of the YAML emitter: block style, indentation, short-form tags and
// the one-tag-per-node rule.
#include <catch2/catch.hpp>

#include "cfn/canonical.hpp"
#include "cfn/emit.hpp"
#include "cfn/intrinsics.hpp"
#include "cfn/limits.hpp"
#include "cfn/parse.hpp"
#include "emit/yaml_sizes.hpp"
#include "support/yaml_cpp.hpp"

using cfn::List;
using cfn::Map;

TEST_CASE("maps and lists in block style with 2-space indent", "[emit][yaml]") {
  const cfn::Value doc = Map{
      {"Top", Map{{"Nested", Map{{"Leaf", "x"}}}, {"Empty", Map{}}, {"None", List{}}}},
      {"Items", List{"a", Map{{"K", 1}, {"L", List{"p", "q"}}}, List{"x", "y"}, Map{}}},
  };
  CHECK(cfn::to_yaml(doc) ==
        "Top:\n"
        "  Nested:\n"
        "    Leaf: x\n"
        "  Empty: {}\n"
        "  None: []\n"
        "Items:\n"
        "  - a\n"
        "  - K: 1\n"
        "    L:\n"
        "      - p\n"
        "      - q\n"
        "  - - x\n"
        "    - 'y'\n"
        "  - {}\n");
}

TEST_CASE("intrinsics use short-form tags", "[emit][yaml]") {
  const cfn::Value doc = Map{
      {"Ref", cfn::ref("Vpc")},
      {"Pseudo", cfn::pseudo::region()},
      {"GetAtt", cfn::get_att("Eip", "AllocationId")},
      {"Nested", cfn::get_att("Db", "Endpoint.Address")},
      {"Sub", cfn::sub("arn:${AWS::Partition}:s3:::${Bucket}/*")},
      {"Join", cfn::join(",", {cfn::ref("A"), "b"})},
      {"Cond", cfn::condition("IsProd")},
      {"Empty", cfn::get_azs()},
  };
  CHECK(cfn::to_yaml(doc) ==
        "Ref: !Ref Vpc\n"
        "Pseudo: !Ref AWS::Region\n"
        "GetAtt: !GetAtt Eip.AllocationId\n"
        "Nested: !GetAtt Db.Endpoint.Address\n"
        "Sub: !Sub arn:${AWS::Partition}:s3:::${Bucket}/*\n"
        "Join: !Join\n"
        "  - ','\n"
        "  - - !Ref A\n"
        "    - b\n"
        "Cond: !Condition IsProd\n"
        "Empty: !GetAZs ''\n");
}

TEST_CASE("a function whose argument is a function is written in long form", "[emit][yaml]") {
  const cfn::Value doc = Map{
      {"UserData", cfn::base64(cfn::sub("#!/bin/bash\necho ${AWS::Region}\n"))},
      {"Azs", cfn::get_azs(cfn::pseudo::region())},
      {"Import", cfn::import_value(cfn::sub("${Network}-VpcId"))},
      {"Az", cfn::select(0, cfn::get_azs())},
      {"Items", List{cfn::base64(cfn::ref("X"))}},
  };
  const std::string yaml = cfn::to_yaml(doc);
  CHECK(yaml ==
        "UserData:\n"
        "  Fn::Base64: !Sub |\n"
        "    #!/bin/bash\n"
        "    echo ${AWS::Region}\n"
        "Azs:\n"
        "  Fn::GetAZs: !Ref AWS::Region\n"
        "Import:\n"
        "  Fn::ImportValue: !Sub ${Network}-VpcId\n"
        "Az: !Select\n"
        "  - 0\n"
        "  - !GetAZs ''\n"
        "Items:\n"
        "  - Fn::Base64: !Ref X\n");
  // No YAML node carries two tags: yaml-cpp would reject "!A !B x" outright.
  const YAML::Node node = YAML::Load(yaml);
  CHECK(node["UserData"]["Fn::Base64"].Tag() == "!Sub");
  CHECK(node["Azs"]["Fn::GetAZs"].Tag() == "!Ref");
  CHECK(node["Az"].Tag() == "!Select");
  CHECK(node["Az"][1].Tag() == "!GetAZs");
}

TEST_CASE("functions with list and map arguments", "[emit][yaml]") {
  const cfn::Value doc = Map{
      {"If", cfn::if_("HasKey", cfn::ref("Key"), cfn::pseudo::no_value())},
      {"SubMap", cfn::sub("${Name}-${AWS::Region}", Map{{"Name", cfn::ref("AppName")}})},
      {"Equals", cfn::equals(cfn::ref("Env"), "prod")},
      {"And", cfn::and_({cfn::condition("A"), cfn::not_(cfn::condition("B"))})},
      {"Map", cfn::find_in_map("Ami", cfn::pseudo::region(), "Id")},
      {"Cidr", cfn::cidr(cfn::get_att("Vpc", "CidrBlock"), 4, 8)},
      {"Len", cfn::length(List{1, 2})},
      {"Json", cfn::to_json_string(Map{{"a", cfn::ref("B")}})},
      {"GetAttRef", cfn::get_att("Res", cfn::ref("AttrParam"))},
      {"Transform", cfn::transform("AWS::Include", Map{{"Location", "s3://b/k"}})},
  };
  const std::string yaml = cfn::to_yaml(doc);
  CHECK(yaml ==
        "If: !If\n"
        "  - HasKey\n"
        "  - !Ref Key\n"
        "  - !Ref AWS::NoValue\n"
        "SubMap: !Sub\n"
        "  - ${Name}-${AWS::Region}\n"
        "  - Name: !Ref AppName\n"
        "Equals: !Equals\n"
        "  - !Ref Env\n"
        "  - prod\n"
        "And: !And\n"
        "  - !Condition A\n"
        "  - !Not\n"
        "    - !Condition B\n"
        "Map: !FindInMap\n"
        "  - Ami\n"
        "  - !Ref AWS::Region\n"
        "  - Id\n"
        "Cidr: !Cidr\n"
        "  - !GetAtt Vpc.CidrBlock\n"
        "  - 4\n"
        "  - 8\n"
        "Len: !Length\n"
        "  - 1\n"
        "  - 2\n"
        "Json: !ToJsonString\n"
        "  a: !Ref B\n"
        "GetAttRef: !GetAtt\n"
        "  - Res\n"
        "  - !Ref AttrParam\n"
        "Transform: !Transform\n"
        "  Name: AWS::Include\n"
        "  Parameters:\n"
        "    Location: s3://b/k\n");
  const YAML::Node node = YAML::Load(yaml);
  CHECK(node["SubMap"].Tag() == "!Sub");
  CHECK(node["SubMap"][1]["Name"].Tag() == "!Ref");
  CHECK(node["And"][1][0].Tag() == "!Condition");
}

TEST_CASE("a non-string scalar argument keeps its type in long form", "[emit][yaml]") {
  // A tag on `5` would make it the string "5".
  CHECK(cfn::to_yaml(Map{{"k", cfn::Fn(cfn::FnKind::Base64, 5)}}) == "k:\n  Fn::Base64: 5\n");
  CHECK(cfn::to_yaml(List{cfn::Fn(cfn::FnKind::Length, true)}) == "- Fn::Length: true\n");
}

TEST_CASE("Fn::GetAtt of a dotted string stays in long form", "[emit][yaml]") {
  // `!GetAtt Db.Endpoint` reads back as the list [Db, Endpoint]; the long form
  // with a string (valid CloudFormation, kept as written by the parser) must
  // read back as that string.
  const cfn::Value doc = Map{{"k", cfn::Fn(cfn::FnKind::GetAtt, "Db.Endpoint.Address")}};
  CHECK(cfn::to_yaml(doc) == "k:\n  Fn::GetAtt: Db.Endpoint.Address\n");
  CHECK(cfn::to_yaml(List{cfn::Fn(cfn::FnKind::GetAtt, "A.B")}) == "- Fn::GetAtt: A.B\n");
  CHECK(YAML::Load(cfn::to_yaml(doc))["k"]["Fn::GetAtt"].Scalar() == "Db.Endpoint.Address");
}

TEST_CASE("the flow layout writes a value on one line, functions as the document does", "[emit][yaml][flow]") {
  using cfn::YamlLayout;
  const auto flow = [](const cfn::Value& v) { return cfn::to_yaml(v, YamlLayout::Flow); };
  CHECK(flow(Map{{"Key", "Name"}, {"Value", cfn::ref("Vpc")}}) == "{Key: Name, Value: !Ref Vpc}");
  CHECK(flow(List{"a", 1, 2.5, true, cfn::Value()}) == "[a, 1, 2.5, true, null]");
  CHECK(flow(Map{}) == "{}");
  CHECK(flow(List{}) == "[]");
  // Strings another reader would take for something else, or holding a flow indicator, are quoted.
  CHECK(flow(List{"80", "true", "a, b", "[x]", ""}) == R"(["80", "true", "a, b", "[x]", ""])");
  // GetAtt: the dotted form only when it reads back as the same two parts.
  CHECK(flow(cfn::get_att("Db", "Endpoint.Address")) == "!GetAtt Db.Endpoint.Address");
  CHECK(flow(cfn::get_att("A.b", "c")) == "!GetAtt [A.b, c]");
  CHECK(flow(cfn::Fn(cfn::FnKind::GetAtt, "Db.Endpoint")) == "{Fn::GetAtt: Db.Endpoint}");
  // One tag per node; a tag on a number would make it a string.
  CHECK(flow(cfn::base64(cfn::sub("x"))) == "{Fn::Base64: !Sub x}");
  CHECK(flow(cfn::Fn(cfn::FnKind::Base64, 5)) == "{Fn::Base64: 5}");
  CHECK(flow(cfn::join(",", {cfn::ref("A"), "b"})) == "!Join [\",\", [!Ref A, b]]");
  CHECK(flow(cfn::sub("${A}-x", Map{{"A", cfn::ref("B")}})) == R"(!Sub ["${A}-x", {A: !Ref B}])");
  // Invalid UTF-8 is an error naming the node, as in the document layout.
  CHECK_THROWS_WITH(flow(Map{{"k", List{"ok", std::string("\xff")}}}), "k[1]: string is not valid UTF-8 (byte 0)");
}

TEST_CASE("the 1024-character limit of a key counts its quotes and escapes", "[emit][yaml]") {
  // Found by tests/fuzz/parse_fuzzer: a 1000-byte key with quotes to escape was
  // written as a 1047-character key that yaml-cpp then refused.
  const std::string escaped(600, '\t');  // "\t\t...": 1202 characters
  CHECK_THROWS_WITH(cfn::to_yaml(Map{{escaped, 1}}), Catch::Contains("longer than 1024 characters"));
  const std::string single(1000, '"');  // '"""...': 1002 characters
  CHECK(YAML::Load(cfn::to_yaml(Map{{single, 1}}))[single].Scalar() == "1");
  const std::string plain(1024, 'k');
  CHECK(YAML::Load(cfn::to_yaml(Map{{plain, 1}}))[plain].Scalar() == "1");
  CHECK_THROWS_WITH(cfn::to_yaml(Map{{plain + "k", 1}}), Catch::Contains("longer than 1024 characters"));
  const std::string needs_quotes = "- " + std::string(1020, 'k');  // '...' makes 1024
  CHECK(YAML::Load(cfn::to_yaml(Map{{needs_quotes, 1}}))[needs_quotes].Scalar() == "1");
}

TEST_CASE("a tagged block in a sequence is indented past its tag", "[emit][yaml]") {
  // yaml-cpp 0.7 reads `- !Sub |` content only when it is indented deeper than the tag.
  CHECK(cfn::to_yaml(Map{{"k", List{cfn::sub("a\nb\n"), 1}}}) == "k:\n  - !Sub |\n      a\n      b\n  - 1\n");
  CHECK(cfn::to_yaml(Map{{"k", cfn::if_("C", cfn::sub("x\n\ty\n"), "z")}}) ==
        "k: !If\n  - C\n  - !Sub |\n      x\n      \ty\n  - z\n");
  const YAML::Node node = YAML::Load(cfn::to_yaml(Map{{"k", List{cfn::sub("a\n\tb\n"), 1}}}));
  CHECK(node["k"][0].Scalar() == "a\n\tb\n");
  CHECK(node["k"][1].Scalar() == "1");
}

TEST_CASE("a tagged block that needs an indentation indicator is quoted in a sequence", "[emit][yaml]") {
  // yaml-cpp 0.7 counts the indicator of `- !Sub |2-` from the tag's column, other readers from the sequence's.
  CHECK(cfn::to_yaml(Map{{"k", List{cfn::sub(" lead\nnext")}}}) == "k:\n  - !Sub \" lead\\nnext\"\n");
  CHECK(cfn::to_yaml(Map{{"k", List{cfn::sub("\nlead\n")}}}) == "k:\n  - !Sub \"\\nlead\\n\"\n");
  const YAML::Node node = YAML::Load(cfn::to_yaml(Map{{"k", List{cfn::sub(" lead\nnext"), 1}}}));
  CHECK(node["k"][0].Scalar() == " lead\nnext");
  // Untagged, or as a map value, the block works and stays.
  CHECK(cfn::to_yaml(Map{{"k", List{" lead\nnext"}}}) == "k:\n  - |2-\n     lead\n    next\n");
  CHECK(cfn::to_yaml(Map{{"k", cfn::sub(" lead\nnext")}}) == "k: !Sub |2-\n   lead\n  next\n");
}

TEST_CASE("values that are not maps are written as a single node", "[emit][yaml]") {
  CHECK(cfn::to_yaml(cfn::sub("echo ${AWS::Region}\n")) == "!Sub |\n  echo ${AWS::Region}\n");
  CHECK(cfn::to_yaml("plain") == "plain\n");
  CHECK(cfn::to_yaml(List{"a", "b"}) == "- a\n- b\n");
  CHECK(cfn::to_yaml(" lead\nx\n") == "|2\n   lead\n  x\n");
  CHECK(YAML::Load(cfn::to_yaml(" lead\nx\n")).Scalar() == " lead\nx\n");
  CHECK(YAML::Load(cfn::to_yaml(cfn::sub(" ${A}\nx"))).Scalar() == " ${A}\nx");
}

TEST_CASE("emitting is deterministic", "[emit][yaml]") {
  cfn::Value doc;
  for (int i = 0; i < 50; ++i) doc["K" + std::to_string(49 - i)] = List{i, cfn::ref("R" + std::to_string(i)), "s\n"};
  const std::string first = cfn::to_yaml(doc);
  CHECK(cfn::to_yaml(doc) == first);
  CHECK(cfn::to_yaml(cfn::Value(doc)) == first);
  CHECK(first.starts_with("K49:"));  // insertion order, not sorted
  CHECK(first.back() == '\n');
  CHECK(first.find("\n\n") == std::string::npos);
  CHECK(first.find('\r') == std::string::npos);
}

TEST_CASE("the size of each member is the bytes it takes in the document (what split weighs)", "[emit][yaml]") {
  const Map resources{
      {"Script", Map{{"Type", "AWS::SSM::Document"},
                     {"Properties", Map{{"Content", cfn::sub("#!/bin/bash\n\n\necho ${AWS::Region}\n\n")},
                                        {"Tags", List{Map{{"Key", "k"}, {"Value", "yes"}}}}}}}},
      {"'quoted key'", List{}},
      {"Topic", Map{{"Type", "AWS::SNS::Topic"}, {"Condition", "IsProd"}}},
      {"Long", Map{{"Value", cfn::base64(cfn::sub("x\n  indented\n"))}}},
  };
  const std::string yaml = cfn::to_yaml(Map(resources));
  // The member slices, read off the text: each starts on a line with no indentation.
  std::vector<std::size_t> expected;
  std::size_t start = 0;
  for (std::size_t at = yaml.find('\n'); at != std::string::npos; at = yaml.find('\n', at + 1))
    if (at + 1 < yaml.size() && yaml[at + 1] != ' ' && yaml[at + 1] != '\n') {
      expected.push_back(at + 1 - start);
      start = at + 1;
    }
  expected.push_back(yaml.size() - start);
  CHECK(cfn::detail::emitter::yaml_member_sizes(resources) == expected);
  CHECK(cfn::detail::emitter::yaml_member_sizes(Map{}).empty());
}

TEST_CASE("canonicalize orders sections and resource attributes", "[emit][canonical]") {
  cfn::Value doc = Map{
      {"Outputs", Map{{"O", Map{{"Value", 1}, {"Description", "d"}}}}},
      {"Custom", 1},
      {"Resources", Map{{"R", Map{{"Metadata", Map{}},
                                  {"DeletionPolicy", "Retain"},
                                  {"Properties", Map{{"B", 1}, {"A", 2}}},
                                  {"DependsOn", "X"},
                                  {"Type", "AWS::SNS::Topic"},
                                  {"Condition", "C"}}}}},
      {"Parameters", Map{{"P", Map{{"Default", "x"}, {"Type", "String"}}}}},
      {"Description", "d"},
      {"AWSTemplateFormatVersion", "2010-09-09"},
  };
  CHECK(cfn::to_yaml(cfn::canonicalize(doc)) ==
        "AWSTemplateFormatVersion: '2010-09-09'\n"
        "Description: d\n"
        "Parameters:\n"
        "  P:\n"
        "    Type: String\n"
        "    Default: x\n"
        "Resources:\n"
        "  R:\n"
        "    Type: AWS::SNS::Topic\n"
        "    Condition: C\n"
        "    DependsOn: X\n"
        "    Properties:\n"
        "      B: 1\n"
        "      A: 2\n"
        "    DeletionPolicy: Retain\n"
        "    Metadata: {}\n"
        "Outputs:\n"
        "  O:\n"
        "    Description: d\n"
        "    Value: 1\n"
        "Custom: 1\n");
}

namespace {

// `depth` maps and lists around "leaf", alternating, built without recursion
// and without copies (an initializer list would copy the whole value each time).
cfn::Value nested(std::size_t depth) {
  cfn::Value v = "leaf";
  for (std::size_t i = 0; i < depth; ++i) {
    if (i % 2 == 0) {
      List list;
      list.push_back(std::move(v));
      v = std::move(list);
    } else {
      Map map;
      map.set("k", std::move(v));
      v = std::move(map);
    }
  }
  return v;
}

}  // namespace

TEST_CASE("the emitters share the parser's nesting limit: at it they write, past it they refuse (issue 11 row 11)",
          "[emit][yaml][json]") {
  REQUIRE(cfn::limits::kNestingDepth == 256);
  const cfn::Value at_limit = nested(cfn::limits::kNestingDepth);
  const std::string yaml = cfn::to_yaml(at_limit);
  // What the emitters write at the limit, the parser reads back: the same value.
  CHECK(cfn::parse_document(yaml, "deep.yaml").root == at_limit);
  CHECK(cfn::parse_document(cfn::to_json(at_limit), "deep.json").root == at_limit);
  // 5,000 levels: far past the limit, and a Value that deep is still destroyed
  // safely (its destructor recurses) on an ASan build's larger frames.
  for (const std::size_t depth : {cfn::limits::kNestingDepth + 1, std::size_t{5'000}}) {
    INFO(depth << " levels");
    const cfn::Value too_deep = nested(depth);
    CHECK_THROWS_WITH(cfn::to_yaml(too_deep), Catch::Contains("maps and lists nested more than 256 levels deep"));
    CHECK_THROWS_AS(cfn::to_yaml(too_deep, cfn::YamlLayout::Flow), cfn::EmitError);
    CHECK_THROWS_AS(cfn::to_json(too_deep), cfn::EmitError);
  }
  // A chain of functions of functions counts too: each is a map in a map in the long form.
  cfn::Value chain = "x";
  for (int i = 0; i < 5'000; ++i) chain = cfn::Fn(cfn::FnKind::Base64, std::move(chain));
  CHECK_THROWS_AS(cfn::to_yaml(chain), cfn::EmitError);
  CHECK_THROWS_AS(cfn::to_yaml(chain, cfn::YamlLayout::Flow), cfn::EmitError);
  CHECK_THROWS_AS(cfn::to_json(chain), cfn::EmitError);
}
