// Reading templates: short-form tags, long forms, marks, duplicate keys,
// format detection.
#include "cfn/parse.hpp"

#include <catch2/catch.hpp>

#include "cfn/intrinsics.hpp"
#include "support/check_same.hpp"
#include "support/first_difference.hpp"

using cfn::test::check_same;

namespace {

using cfn::FnKind;
using cfn::List;
using cfn::Map;
using cfn::Value;

cfn::Document parse(const std::string& text) { return cfn::parse_document(text, "t.yaml"); }

// The value of key `k` of a one-document YAML/JSON map.
Value at(const std::string& text, const std::string& k) { return parse(text).root.as_map().at(k); }

}  // namespace

TEST_CASE("every short-form tag becomes its function", "[parse][tags]") {
  const cfn::Document doc = parse(
      "Ref: !Ref Bucket\n"
      "Sub: !Sub 'arn:${AWS::Partition}:s3:::${Bucket}'\n"
      "Join: !Join [',', [a, b]]\n"
      "Select: !Select [0, !GetAZs '']\n"
      "Split: !Split [',', 'a,b']\n"
      "If: !If [IsProd, a, !Ref AWS::NoValue]\n"
      "Base64: !Base64 text\n"
      "GetAZs: !GetAZs us-east-1\n"
      "ImportValue: !ImportValue Exported\n"
      "FindInMap: !FindInMap [M, K1, K2]\n"
      "Cidr: !Cidr [10.0.0.0/16, 4, 8]\n"
      "Length: !Length [1, 2]\n"
      "ToJsonString: !ToJsonString {a: b}\n"
      "Equals: !Equals [a, b]\n"
      "And: !And [!Condition A, !Condition B]\n"
      "Or: !Or [!Condition A, !Condition B]\n"
      "Not: !Not [!Condition A]\n"
      "Condition: !Condition A\n"
      "Transform: !Transform {Name: AWS::Include, Parameters: {Location: s3://b/k}}\n");
  const Map& m = doc.root.as_map();
  check_same(m.at("Ref"), cfn::ref("Bucket"));
  check_same(m.at("Sub"), cfn::sub("arn:${AWS::Partition}:s3:::${Bucket}"));
  check_same(m.at("Join"), cfn::join(",", List{"a", "b"}));
  check_same(m.at("Select"), cfn::select(0, cfn::get_azs("")));
  check_same(m.at("Split"), cfn::split(",", "a,b"));
  check_same(m.at("If"), cfn::if_("IsProd", "a", cfn::pseudo::no_value()));
  check_same(m.at("Base64"), cfn::base64("text"));
  check_same(m.at("GetAZs"), cfn::get_azs("us-east-1"));
  check_same(m.at("ImportValue"), cfn::import_value("Exported"));
  check_same(m.at("FindInMap"), cfn::find_in_map("M", "K1", "K2"));
  check_same(m.at("Cidr"), cfn::cidr("10.0.0.0/16", 4, 8));
  check_same(m.at("Length"), cfn::length(List{1, 2}));
  check_same(m.at("ToJsonString"), cfn::to_json_string(Map{{"a", "b"}}));
  check_same(m.at("Equals"), cfn::equals("a", "b"));
  check_same(m.at("And"), cfn::and_({cfn::condition("A"), cfn::condition("B")}));
  check_same(m.at("Or"), cfn::or_({cfn::condition("A"), cfn::condition("B")}));
  check_same(m.at("Not"), cfn::not_(cfn::condition("A")));
  check_same(m.at("Condition"), cfn::condition("A"));
  check_same(m.at("Transform"), cfn::transform("AWS::Include", Map{{"Location", "s3://b/k"}}));
}

TEST_CASE("a tagged scalar's argument is always a string", "[parse][tags]") {
  check_same(at("a: !Ref 123\n", "a"), cfn::Fn(FnKind::Ref, "123"));
  check_same(at("a: !Ref true\n", "a"), cfn::Fn(FnKind::Ref, "true"));
  check_same(at("a: !Sub null\n", "a"), cfn::Fn(FnKind::Sub, "null"));
  check_same(at("a: !GetAZs\nb: 1\n", "a"), cfn::Fn(FnKind::GetAZs, ""));
  check_same(at("a: !Sub |\n  #!/bin/bash\n  echo ${AWS::Region}\n", "a"),
             cfn::sub("#!/bin/bash\necho ${AWS::Region}\n"));
}

TEST_CASE("GetAtt: the dotted short form splits at the first dot while lists and long forms stay as written",
          "[parse][tags]") {
  check_same(at("a: !GetAtt Db.Endpoint\n", "a"), cfn::get_att("Db", "Endpoint"));
  check_same(at("a: !GetAtt Db.Endpoint.Address\n", "a"), cfn::get_att("Db", "Endpoint.Address"));
  check_same(at("a: !GetAtt [Db, Endpoint.Address]\n", "a"), cfn::get_att("Db", "Endpoint.Address"));
  check_same(at("a: !GetAtt [Db, !Ref Attr]\n", "a"), cfn::get_att("Db", cfn::ref("Attr")));
  check_same(at("a: !GetAtt NoDot\n", "a"), cfn::Fn(FnKind::GetAtt, List{"NoDot"}));
  // Long form with a string: valid CloudFormation, kept as written (no normalization here).
  check_same(at("a:\n  Fn::GetAtt: Db.Endpoint\n", "a"), cfn::Fn(FnKind::GetAtt, "Db.Endpoint"));
  check_same(at("{\"a\": {\"Fn::GetAtt\": \"Db.Endpoint\"}}", "a"), cfn::Fn(FnKind::GetAtt, "Db.Endpoint"));
  check_same(at("{\"a\": {\"Fn::GetAtt\": [\"Db\", \"Endpoint\"]}}", "a"), cfn::get_att("Db", "Endpoint"));
}

TEST_CASE("Sub in both forms", "[parse][tags]") {
  check_same(at("a: !Sub '${A}-x'\n", "a"), cfn::sub("${A}-x"));
  check_same(at("a: !Sub\n  - '${A}-${B}'\n  - B: !Ref Bucket\n", "a"),
             cfn::sub("${A}-${B}", Map{{"B", cfn::ref("Bucket")}}));
  check_same(at("a:\n  Fn::Sub:\n    - '${A}'\n    - {A: 1}\n", "a"), cfn::sub("${A}", Map{{"A", 1}}));
}

TEST_CASE("long forms: a map whose only key is an intrinsic name", "[parse][longform]") {
  check_same(at("a:\n  Ref: Bucket\n", "a"), cfn::ref("Bucket"));
  check_same(at("a: {'Ref': Bucket}\n", "a"), cfn::ref("Bucket"));  // quoting the key changes nothing
  check_same(at("a:\n  Fn::Join: ['', [a, b]]\n", "a"), cfn::join("", List{"a", "b"}));
  check_same(at("a:\n  Condition: IsProd\n", "a"), cfn::condition("IsProd"));
  check_same(at("{\"a\": {\"Fn::If\": [\"C\", 1, {\"Ref\": \"AWS::NoValue\"}]}}", "a"),
             cfn::if_("C", 1, cfn::pseudo::no_value()));
  // Two keys: an ordinary map (a resource's Condition attribute, an IAM statement).
  const Value resource = at("a:\n  Type: AWS::S3::Bucket\n  Condition: IsProd\n", "a");
  REQUIRE(resource.is_map());
  CHECK(resource.as_map().at("Condition") == Value("IsProd"));
  // Names that are not intrinsics stay maps.
  CHECK(at("a:\n  Fn::ForEach::Loop: [x, [a], {}]\n", "a").is_map());
  CHECK(at("a:\n  Fn::Unknown: x\n", "a").is_map());
  CHECK(at("a:\n  ref: x\n", "a").is_map());
}

TEST_CASE("nesting of short and long forms", "[parse][longform]") {
  check_same(at("a:\n  Fn::Base64: !Sub 'echo ${X}'\n", "a"), cfn::base64(cfn::sub("echo ${X}")));
  check_same(at("a: !Base64\n  Fn::Sub: x\n", "a"), cfn::base64(cfn::sub("x")));
  check_same(at("a: !Select [1, !Split [',', !ImportValue Subnets]]\n", "a"),
             cfn::select(1, cfn::split(",", cfn::import_value("Subnets"))));
  check_same(at("a: !If [C, {Fn::GetAtt: [R, Arn]}, !Ref AWS::NoValue]\n", "a"),
             cfn::if_("C", cfn::get_att("R", "Arn"), cfn::pseudo::no_value()));
}

TEST_CASE("rule functions the model has no node for read as their long-form map", "[parse][tags]") {
  check_same(at("a: !ValueOf [Subnets, VpcId]\n", "a"), Map{{"Fn::ValueOf", List{"Subnets", "VpcId"}}});
  check_same(at("a: !RefAll AWS::EC2::VPC::Id\n", "a"), Map{{"Fn::RefAll", "AWS::EC2::VPC::Id"}});
  check_same(at("a: !EachMemberEquals [!ValueOfAll [T, Env], prod]\n", "a"),
             Map{{"Fn::EachMemberEquals", List{Map{{"Fn::ValueOfAll", List{"T", "Env"}}}, "prod"}}});
  check_same(at("a: !Contains [[a], b]\nb: !EachMemberIn [[a], [b]]\n", "a"),
             Map{{"Fn::Contains", List{List{"a"}, "b"}}});
  check_same(at("a: !GetStackOutput {StackName: s, OutputName: o}\n", "a"),
             Map{{"Fn::GetStackOutput", Map{{"StackName", "s"}, {"OutputName", "o"}}}});
}

TEST_CASE("core tags are accepted while quoted and block scalars are strings", "[parse][tags]") {
  const Map m = parse(
                    "a: !!str 12\n"
                    "b: !!map {x: 1}\n"
                    "c: !!seq [1]\n"
                    "d: '12'\n"
                    "e: \"true\"\n"
                    "f: |\n  12\n"
                    "g: >-\n  null\n"
                    "h: ! 12\n"
                    "i: !!int '0755'\n"
                    "j: !!float '3'\n"
                    "k: !!bool 'On'\n"
                    "l: !!null ''\n"
                    "m: !<tag:yaml.org,2002:str> 1\n")
                    .root.as_map();
  CHECK(m.at("a") == Value("12"));
  CHECK(m.at("b") == Value(Map{{"x", 1}}));
  CHECK(m.at("c") == Value(List{1}));
  CHECK(m.at("d") == Value("12"));
  CHECK(m.at("e") == Value("true"));
  CHECK(m.at("f") == Value("12\n"));
  CHECK(m.at("g") == Value("null"));
  // The non-specific tag `!` leaves a scalar to the implicit rules (libyaml and PyYAML).
  CHECK(m.at("h") == Value(12));
  CHECK(m.at("i") == Value(493));
  CHECK(m.at("j").is_double());
  CHECK(m.at("k") == Value(true));
  CHECK(m.at("l").is_null());
  CHECK(m.at("m") == Value("1"));
}

TEST_CASE("double-quoted escapes decode to UTF-8", "[parse][scalar]") {
  // tests/fuzz/parse_fuzzer: yaml-cpp 0.7 decodes \N and \_ to bare bytes, which the reader repairs.
  const Map m = parse(
                    "n: \"a\\Nb\"\n"
                    "nbsp: \"\\_\"\n"
                    "mixed: \"\xc3\xa0\\N\xe2\x80\xa6\\_\\x85\"\n"
                    "\"key\\N\": 1\n"
                    "ls: \"\\L\\P\"\n"
                    "x: \"\\xA0\\u00e9\\U0001F600\\e\\0\\/\"\n")
                    .root.as_map();
  CHECK(m.at("n") == Value("a\xc2\x85"
                           "b"));
  CHECK(m.at("nbsp") == Value("\xc2\xa0"));
  CHECK(m.at("mixed") == Value("\xc3\xa0\xc2\x85\xe2\x80\xa6\xc2\xa0\xc2\x85"));
  CHECK(m.contains("key\xc2\x85"));
  CHECK(m.at("ls") == Value("\xe2\x80\xa8\xe2\x80\xa9"));
  CHECK(m.at("x") == Value(std::string("\xc2\xa0\xc3\xa9\xf0\x9f\x98\x80\x1b\0/", 11)));
}

TEST_CASE("plain scalars resolve by the YAML 1.1 rules", "[parse][scalar]") {
  const Map m = parse(
                    "%YAML 1.1\n"
                    "---\n"
                    "'null': ~\n"
                    "empty:\n"
                    "'yes': yes\n"
                    "'Off': Off\n"
                    "int: 42\n"
                    "neg: -7\n"
                    "dbl: 1.5\n"
                    "exp: 1e3\n"
                    "exp11: 1.0e+3\n"
                    "oct: 010\n"
                    "mode: 000400\n"
                    "hex: 0x1F\n"
                    "bin: 0b101\n"
                    "thousand: 1_000\n"
                    "base60: 1:20\n"
                    "big: 123456789012345678901234567890\n"
                    "date: 2010-09-09\n"
                    "'80': http\n")
                    .root.as_map();
  CHECK(m.at("null").is_null());
  CHECK(m.at("empty").is_null());
  CHECK(m.at("yes") == Value(true));
  CHECK(m.at("Off") == Value(false));
  CHECK(m.at("int").as_int() == 42);
  CHECK(m.at("neg").as_int() == -7);
  CHECK(m.at("dbl").as_double() == 1.5);
  CHECK(m.at("exp") == Value("1e3"));  // YAML 1.1 floats need a '.'
  CHECK(m.at("exp11").as_double() == 1000.0);
  CHECK(m.at("oct") == Value(8));
  CHECK(m.at("mode") == Value(256));
  CHECK(m.at("hex") == Value(31));
  CHECK(m.at("bin") == Value(5));
  CHECK(m.at("thousand") == Value(1000));
  CHECK(m.at("base60") == Value(80));
  CHECK(m.at("big") == Value(cfn::Numeral("123456789012345678901234567890")));
  CHECK(m.at("date") == Value("2010-09-09"));  // CloudFormation has no timestamps
  CHECK(m.at("80") == Value("http"));
}

TEST_CASE("JSON: the same rules with strings quoted and numbers plain", "[parse][json]") {
  const cfn::Document doc = cfn::parse_document(
      "{\"s\": \"12\", \"t\": \"true\", \"i\": 12, \"d\": 1.25e2, \"b\": false, \"n\": null,"
      " \"big\": 99999999999999999999, \"u\": \"caf\\u00e9 \\ud83d\\ude00\", \"esc\": \"a\\/b\\\"\\\\\\n\\t\"}",
      "t.json");
  CHECK(doc.format == cfn::Format::Json);
  CHECK_FALSE(doc.has_comments);
  const Map& m = doc.root.as_map();
  CHECK(m.at("s") == Value("12"));
  CHECK(m.at("t") == Value("true"));
  CHECK(m.at("i").as_int() == 12);
  CHECK(m.at("d").as_double() == 125.0);
  CHECK(m.at("b") == Value(false));
  CHECK(m.at("n").is_null());
  CHECK(m.at("big") == Value(cfn::Numeral("99999999999999999999")));
  CHECK(m.at("u") == Value("caf\xc3\xa9 \xf0\x9f\x98\x80"));
  CHECK(m.at("esc") == Value("a/b\"\\\n\t"));
}

TEST_CASE("format detection: JSON when it starts with '{' and is JSON", "[parse][json]") {
  CHECK(parse("  \n{\"a\": 1}\n").format == cfn::Format::Json);
  CHECK(parse("\xEF\xBB\xBF{\"a\": 1}").format == cfn::Format::Json);
  CHECK(parse("{\n\t\"a\": 1\n}\n").format == cfn::Format::Json);  // tabs: fine in JSON
  CHECK(parse("a: 1\n").format == cfn::Format::Yaml);
  // Flow-style YAML that is not JSON (CloudFormation and cfn-lint read it as YAML).
  const cfn::Document flow = parse("{a: b, c: [1, !Ref X]} # flow\n");
  CHECK(flow.format == cfn::Format::Yaml);
  CHECK(flow.has_comments);
  check_same(flow.root, Map{{"a", "b"}, {"c", List{1, cfn::ref("X")}}});
  CHECK(parse("{\"a\": 1,}").format == cfn::Format::Yaml);
}

TEST_CASE("marks: 1-based line and column of every node and key", "[parse][marks]") {
  const cfn::Document doc = parse(
      "Resources:\n"                   // 1
      "  Bucket:\n"                    // 2
      "    Type: AWS::S3::Bucket\n"    // 3
      "    Properties:\n"              // 4
      "      BucketName: !Ref Name\n"  // 5
      "      Tags:\n"                  // 6
      "        - Key: k\n"             // 7
      "          Value: 'v'\n"         // 8
      "      Size: [1, 2]\n");         // 9
  const Map& root = doc.root.as_map();
  CHECK(doc.root.mark() == cfn::Mark{1, 1});
  CHECK(root.begin()->key_mark == cfn::Mark{1, 1});
  const Map& resources = root.at("Resources").as_map();
  CHECK(root.at("Resources").mark() == cfn::Mark{2, 3});
  CHECK(resources.begin()->key_mark == cfn::Mark{2, 3});
  const Map& bucket = resources.at("Bucket").as_map();
  CHECK(bucket.begin()->key_mark == cfn::Mark{3, 5});
  CHECK(bucket.at("Type").mark() == cfn::Mark{3, 11});
  const Map& props = bucket.at("Properties").as_map();
  CHECK(props.begin()->key_mark == cfn::Mark{5, 7});
  const Value& ref = props.at("BucketName");
  CHECK(ref.mark() == cfn::Mark{5, 19});
  CHECK(ref.as_fn().argument().mark() == cfn::Mark{5, 19});
  const Value& tags = props.at("Tags");
  CHECK(tags.mark() == cfn::Mark{7, 9});
  const Value& tag = tags.as_list()[0];
  CHECK(tag.mark() == cfn::Mark{7, 11});
  CHECK(tag.as_map().begin()->key_mark == cfn::Mark{7, 11});
  CHECK((tag.as_map().begin() + 1)->key_mark == cfn::Mark{8, 11});
  CHECK(tag.as_map().at("Value").mark() == cfn::Mark{8, 18});
  const Value& size = props.at("Size");
  CHECK(size.mark() == cfn::Mark{9, 13});
  CHECK(size.as_list()[1].mark() == cfn::Mark{9, 17});
}

TEST_CASE("marks in JSON and columns in bytes after a byte order mark", "[parse][marks]") {
  const cfn::Document doc =
      cfn::parse_document("{\n  \"A\": {\"Ref\": \"X\"},\n  \"B\": [1,\n    \"\xc3\xbc\", 3]\n}", "t.json");
  const Map& root = doc.root.as_map();
  CHECK(doc.root.mark() == cfn::Mark{1, 1});
  CHECK(root.begin()->key_mark == cfn::Mark{2, 3});
  CHECK(root.at("A").mark() == cfn::Mark{2, 8});
  CHECK(root.at("A").as_fn().argument().mark() == cfn::Mark{2, 16});
  CHECK(root.at("B").as_list()[2].mark() == cfn::Mark{4, 11});  // after the two-byte character
  const cfn::Document bom = parse(
      "\xEF\xBB\xBF"
      "a: b\n");
  CHECK(bom.root.as_map().at("a").mark() == cfn::Mark{1, 4});
}

TEST_CASE("duplicate keys: reported with both marks while the last value wins", "[parse][duplicates]") {
  const cfn::Document doc = parse(
      "Resources:\n"
      "  A:\n"
      "    Type: X\n"
      "  B:\n"
      "    Type: Y\n"
      "  A:\n"
      "    Type: Z\n"
      "    Type: W\n");
  REQUIRE(doc.duplicate_keys.size() == 2);
  CHECK(doc.duplicate_keys[0].key == "Type");
  CHECK(doc.duplicate_keys[0].first == cfn::Mark{7, 5});
  CHECK(doc.duplicate_keys[0].duplicate == cfn::Mark{8, 5});
  CHECK(doc.duplicate_keys[1].key == "A");
  CHECK(doc.duplicate_keys[1].first == cfn::Mark{2, 3});
  CHECK(doc.duplicate_keys[1].duplicate == cfn::Mark{6, 3});
  const Map& resources = doc.root.as_map().at("Resources").as_map();
  REQUIRE(resources.size() == 2);
  CHECK(resources.begin()->key == "A");                   // at the first key's position
  CHECK(resources.begin()->key_mark == cfn::Mark{6, 3});  // marked where the winning value was written
  CHECK(resources.at("A") == Value(Map{{"Type", "W"}}));

  const cfn::Document json = cfn::parse_document("{\"a\": 1, \"b\": 2, \"a\": 3}", "t.json");
  REQUIRE(json.duplicate_keys.size() == 1);
  CHECK(json.duplicate_keys[0].first == cfn::Mark{1, 2});
  CHECK(json.duplicate_keys[0].duplicate == cfn::Mark{1, 18});
  CHECK(json.root.as_map().at("a") == Value(3));
}

TEST_CASE("duplicate keys in a large map", "[parse][duplicates]") {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "K" + std::to_string(i) + ": " + std::to_string(i) + "\n";
  text += "K500: last\n";
  const cfn::Document doc = parse(text);
  REQUIRE(doc.duplicate_keys.size() == 1);
  CHECK(doc.duplicate_keys[0].first == cfn::Mark{501, 1});
  CHECK(doc.duplicate_keys[0].duplicate == cfn::Mark{1001, 1});
  CHECK(doc.root.as_map().size() == 1000);
  CHECK(doc.root.as_map().at("K500") == Value("last"));
}

TEST_CASE("a duplicate inside a long form leaves a single key: the function", "[parse][duplicates]") {
  const cfn::Document doc = parse("a: {Ref: X, Ref: Y}\n");
  CHECK(doc.duplicate_keys.size() == 1);
  check_same(doc.root.as_map().at("a"), cfn::ref("Y"));
}

TEST_CASE("document markers and CRLF line ends and the file name", "[parse]") {
  CHECK(parse("---\na: 1\n...\n").root == Value(Map{{"a", 1}}));
  CHECK(parse("%YAML 1.2\n---\na: 010\n").root == Value(Map{{"a", 8}}));  // read by 1.1 rules all the same
  CHECK(parse("a: b\r\nc: |\r\n  x\r\n  y\r\nd: e\r\n").root == Value(Map{{"a", "b"}, {"c", "x\ny\n"}, {"d", "e"}}));
  const cfn::Document doc = cfn::parse_document("a: 1\n", "dir/stack.yaml");
  CHECK(doc.file == "dir/stack.yaml");
}

TEST_CASE("parse_file reads the file and names it", "[parse]") {
  const std::string path = std::string(CFNPP_SOURCE_DIR) + "/tests/emit/golden/example_stack.yaml";
  const cfn::Document doc = cfn::parse_file(path);
  CHECK(doc.file == path);
  CHECK(doc.root.as_map().contains("Resources"));
  CHECK_THROWS_WITH(cfn::parse_file("/nonexistent/x.yaml"), Catch::Contains("/nonexistent/x.yaml"));
}

TEST_CASE("parse: plain scalars YAML 1.2 reads otherwise are listed with their marks", "[parse]") {
  // YAML 1.1 (what the document holds) against YAML 1.2's core schema.
  const cfn::Document doc = cfn::parse_document(
      "a: 0755\nb: yes\nc: [1:20, 1e3, '0755', 007, 0x1F, 1.5, true, ~]\nd: !!str 0755\n1e3: x\n", "t.yaml");
  const auto& found = doc.version_dependent_scalars;
  REQUIRE(found.size() == 5);
  CHECK(found[0].text == "0755");
  CHECK(found[0].yaml_1_1 == cfn::Value(493));
  CHECK(found[0].yaml_1_2 == cfn::Value(755));
  CHECK(found[0].mark == cfn::Mark{1, 4});
  CHECK(found[1].text == "yes");
  CHECK(found[1].yaml_1_1 == cfn::Value(true));
  CHECK(found[1].yaml_1_2 == cfn::Value("yes"));
  CHECK(found[2].text == "1:20");
  CHECK(found[2].yaml_1_1 == cfn::Value(80));
  CHECK(found[2].mark == cfn::Mark{3, 5});
  CHECK(found[3].text == "1e3");
  CHECK(found[3].yaml_1_1 == cfn::Value("1e3"));
  CHECK(found[3].yaml_1_2.is_double());
  CHECK(found[4].text == "1e3");  // a key: a string in 1.1, a float in 1.2
  CHECK(found[4].mark == cfn::Mark{5, 1});
  CHECK(cfn::parse_document(R"({"a": "0755", "b": 1e3})", "t.json").version_dependent_scalars.empty());
}
