// fmt's second reading (emit/spelling_check.hpp): libyaml's document loader
// and the emitter's spelling rules must accept what the emitter writes and
// catch every way the text can mean something else.
#include "emit/spelling_check.hpp"

#include <catch2/catch.hpp>

#include "cfn/emit.hpp"
#include "cfn/intrinsics.hpp"
#include "support/tricky_strings.hpp"

using cfn::List;
using cfn::Map;
using cfn::Value;
using cfn::detail::emitter::yaml_spelling_problem;

TEST_CASE("spelling check: the emitter's own output passes", "[emit][spelling]") {
  Map keys;
  for (const std::string& s : cfn::test::tricky_strings()) {
    const Value v = Map{{"value", s}, {"list", List{s, 1, 2.5, true, nullptr}}, {"sub", cfn::sub(s)}};
    const std::string yaml = cfn::to_yaml(v);
    INFO(yaml);
    CHECK(yaml_spelling_problem(v, yaml) == std::nullopt);
    keys.set(s, 1);
  }
  CHECK(yaml_spelling_problem(Value(keys), cfn::to_yaml(Value(keys))) == std::nullopt);
  const Value fns = Map{{"a", cfn::get_att("Db", "Endpoint.Address")},
                        {"b", cfn::base64(cfn::sub("x"))},
                        {"c", cfn::select(0, cfn::get_azs())},
                        {"d", Value(cfn::Numeral("1e400"))},
                        {"e", Value(cfn::Numeral("18446744073709551616"))}};
  CHECK(yaml_spelling_problem(fns, cfn::to_yaml(fns)) == std::nullopt);
}

TEST_CASE("spelling check: text that means something else is caught", "[emit][spelling]") {
  CHECK(yaml_spelling_problem(Map{{"a", "0755"}}, "a: 0755\n") ==
        "a: the string '0755' is written plain, where YAML reads it as another type");
  CHECK(yaml_spelling_problem(Map{{"a", "\n"}}, "a: ''\n") == "a: the string '\n' reads otherwise");
  CHECK(yaml_spelling_problem(Map{{"a", 8}}, "a: 8.0\n") == "a: expected 8, written 8.0");
  CHECK(yaml_spelling_problem(Map{{"a", 8}}, "a: '8'\n") == "a: expected the plain scalar 8");
  CHECK(yaml_spelling_problem(Map{{"a", true}}, "a: yes\n") == "a: expected true, written yes");
  CHECK(yaml_spelling_problem(Map{{"a", List{1, 2}}}, "a: [1]\n") == "a: 2 items written as 1");
  CHECK(yaml_spelling_problem(Map{{"a", 1}, {"b", 2}}, "a: 1\nc: 2\n") == "b: the key is missing");
  CHECK(yaml_spelling_problem(Map{{"a", cfn::ref("X")}}, "a: !Sub X\n") == "a: Ref is written as something else");
  CHECK(yaml_spelling_problem(Map{{"a", "X"}}, "a: !Ref X\n") == "a: a string written with the tag !Ref");
  CHECK(yaml_spelling_problem(Map{{"a", cfn::get_att("A", "B")}}, "a: !GetAtt A.C\n") ==
        "a: Fn::GetAtt is written as the text 'A.C'");
  CHECK(yaml_spelling_problem(Map{{"a", 1}}, "a: [1\n").value_or("").starts_with("(root): libyaml does not load it"));
}
