#include "cfn/fn.hpp"

#include <catch2/catch.hpp>

using cfn::FnKind;
using cfn::List;
using cfn::Value;

TEST_CASE("every intrinsic has its long name and tag", "[model][fn]") {
  for (auto k = static_cast<int>(FnKind::Ref); k <= static_cast<int>(FnKind::Transform); ++k) {
    const auto kind = static_cast<FnKind>(k);
    CHECK(cfn::fn_from_name(cfn::fn_name(kind)) == kind);
    CHECK(cfn::fn_from_tag(cfn::fn_tag(kind)) == kind);
  }
  CHECK(cfn::fn_name(FnKind::Ref) == "Ref");
  CHECK(cfn::fn_name(FnKind::Condition) == "Condition");
  CHECK(cfn::fn_name(FnKind::GetAZs) == "Fn::GetAZs");
  CHECK_FALSE(cfn::fn_from_name("Fn::Nope"));
}

TEST_CASE("builders produce nodes in CloudFormation's shape", "[model][fn]") {
  CHECK(Value(cfn::get_att("A", "B")).as_fn().argument() == Value(List{"A", "B"}));
  CHECK(Value(cfn::sub("x")).as_fn().argument() == Value("x"));
  CHECK(Value(cfn::sub("${v}", {{"v", 1}})).as_fn().argument() == Value(List{"${v}", cfn::Map{{"v", 1}}}));
  CHECK(Value(cfn::sub("x", {})).as_fn().argument() == Value("x"));
  CHECK(Value(cfn::not_(cfn::condition("C"))).as_fn().argument() == Value(List{cfn::condition("C")}));
  CHECK(Value(cfn::pseudo::partition()) == Value(cfn::ref("AWS::Partition")));
  CHECK(cfn::pseudo_parameter_names().size() == 8);
  CHECK(cfn::is_pseudo_parameter("AWS::URLSuffix"));
  CHECK_FALSE(cfn::is_pseudo_parameter("AWS::Nope"));
}

TEST_CASE("builders reject malformed arguments", "[model][fn]") {
  CHECK_THROWS_WITH(cfn::ref(""), "Ref: the logical id must not be empty");
  CHECK_THROWS_WITH(cfn::get_att("A", ""), "Fn::GetAtt: the attribute name must not be empty");
  CHECK_THROWS_WITH(cfn::select(-1, List{}), "Fn::Select: the index must not be negative");
  CHECK_THROWS_WITH(cfn::select(0, "x"), "Fn::Select: the list must be a list or a function, got string");
  CHECK_THROWS_WITH(cfn::and_({cfn::condition("A")}), "Fn::And takes 2 to 10 conditions, got 1");
  CHECK_THROWS_WITH(cfn::to_json_string("x"), "Fn::ToJsonString: the argument must be a map or a list, got string");
}

TEST_CASE("logical ids are 1 to 255 letters and digits", "[model][fn]") {
  CHECK(cfn::is_valid_logical_id("myVPC2"));
  CHECK(cfn::is_valid_logical_id(std::string(255, 'a')));
  CHECK_FALSE(cfn::is_valid_logical_id(std::string(256, 'a')));
  CHECK_FALSE(cfn::is_valid_logical_id(""));
  CHECK_FALSE(cfn::is_valid_logical_id("my-vpc"));
  CHECK_FALSE(cfn::is_valid_logical_id("my_vpc"));
  CHECK_FALSE(cfn::is_valid_logical_id("d\xc3\xa9j\xc3\xa0"));
}
