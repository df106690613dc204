#include "cfn/intrinsics.hpp"

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

TEST_CASE("the function table: one row per function, in FnKind order", "[model][fn]") {
  const auto all = cfn::all_fn_traits();
  REQUIRE(all.size() == static_cast<std::size_t>(FnKind::Transform) + 1);
  for (std::size_t i = 0; i < all.size(); ++i) {
    INFO(all[i].name);
    CHECK(static_cast<std::size_t>(all[i].kind) == i);
    CHECK(&cfn::fn_traits(all[i].kind) == &all[i]);
    CHECK(!all[i].usage.empty());
  }
  CHECK(cfn::fn_traits(FnKind::Split).result == cfn::FnResult::List);
  CHECK(cfn::fn_traits(FnKind::Equals).result == cfn::FnResult::Condition);
  CHECK(cfn::fn_traits(FnKind::Ref).names_entities);
  CHECK_FALSE(cfn::fn_traits(FnKind::Join).names_entities);
  CHECK(cfn::fn_traits(FnKind::Join).composite);
  CHECK_FALSE(cfn::fn_traits(FnKind::GetAtt).composite);
  for (std::string_view name : cfn::unmodelled_function_names()) {
    CHECK(name.starts_with("Fn::"));
    CHECK_FALSE(cfn::fn_from_name(name));
  }
}

TEST_CASE("split_get_att splits at the first dot, as CloudFormation does", "[model][fn]") {
  using Parts = std::pair<std::string_view, std::string_view>;
  CHECK(cfn::split_get_att("Db.Endpoint.Address") == Parts{"Db", "Endpoint.Address"});
  CHECK(cfn::split_get_att("A.b") == Parts{"A", "b"});
  CHECK(cfn::split_get_att("A.") == Parts{"A", ""});
  CHECK(cfn::split_get_att(".b") == Parts{"", "b"});
  CHECK_FALSE(cfn::split_get_att("NoDot"));
}

TEST_CASE("GetAttView reads both spellings and dotted attributes", "[model][fn]") {
  const Value list = List{"Db", "Endpoint.Address"};
  const cfn::GetAttView a(list);
  REQUIRE(a.well_formed());
  CHECK(a.resource() == "Db");
  CHECK(a.attribute() == "Endpoint.Address");
  CHECK(a.resource_node() == &list.as_list()[0]);
  CHECK(a.dotted() == std::optional<std::string>("Db.Endpoint.Address"));

  const Value text = "Db.Endpoint.Address";
  const cfn::GetAttView b(text);
  REQUIRE(b.well_formed());
  CHECK(b.resource() == "Db");
  CHECK(b.attribute() == "Endpoint.Address");
  CHECK(b.resource_node() == &text);

  // A resource-looking attribute part: ["A.b", "c"] cannot be written A.b.c, which reads as A / b.c.
  const Value dotted_resource = List{"A.b", "c"};
  CHECK(cfn::GetAttView(dotted_resource).well_formed());
  CHECK_FALSE(cfn::GetAttView(dotted_resource).dotted());

  const Value by_ref = List{"Db", cfn::ref("AttributeParameter")};
  const cfn::GetAttView c(by_ref);
  CHECK(c.well_formed());
  CHECK(c.literal_resource());
  CHECK_FALSE(c.literal_attribute());
  CHECK(c.attribute().empty());
  CHECK_FALSE(c.dotted());

  for (const Value& bad : {Value("NoDot"), Value("A."), Value(".b"), Value(List{"A"}), Value(List{"A", ""}),
                           Value(List{"A", 1}), Value(cfn::Map{})}) {
    INFO(cfn::describe_kind(bad));
    CHECK_FALSE(cfn::GetAttView(bad).well_formed());
  }
}

TEST_CASE("SubView reads both forms and splits the text once", "[model][fn]") {
  const Value plain = "a ${B} ${!C} ${D.Arn}";
  const cfn::SubView s(plain);
  REQUIRE(s.well_formed());
  CHECK_FALSE(s.list_form());
  CHECK(s.text() == "a ${B} ${!C} ${D.Arn}");
  CHECK(s.variables() == nullptr);
  REQUIRE(s.parts().size() == 6);
  CHECK(s.parts()[1].kind == cfn::SubPart::Kind::Variable);
  CHECK(s.parts()[1].text == "B");
  CHECK(s.parts()[1].offset == 2);
  CHECK(s.parts()[3].kind == cfn::SubPart::Kind::Escaped);
  CHECK(s.parts()[3].text == "C");
  CHECK(s.parts()[5].text == "D.Arn");

  const Value with_map = List{"${X}-${Y}", cfn::Map{{"X", cfn::ref("P")}}};
  const cfn::SubView m(with_map);
  REQUIRE(m.well_formed());
  CHECK(m.list_form());
  CHECK(m.declares("X"));
  CHECK_FALSE(m.declares("Y"));
  CHECK(m.text_node() == &with_map.as_list()[0]);

  const Value bad_text = List{cfn::ref("P"), cfn::Map{}};
  CHECK(cfn::SubView(bad_text).list_form());
  CHECK_FALSE(cfn::SubView(bad_text).well_formed());
  CHECK(cfn::SubView(bad_text).parts().empty());
  const Value bad_vars = List{"x", "y"};
  CHECK_FALSE(cfn::SubView(bad_vars).well_formed());
  CHECK(cfn::SubView(bad_vars).variables_node() == &bad_vars.as_list()[1]);
  CHECK_FALSE(cfn::SubView(Value(1)).well_formed());
}

TEST_CASE("RefView, is_no_value and DependsOnView", "[model][fn]") {
  CHECK(cfn::RefView(Value("AWS::Region")).pseudo_parameter());
  CHECK(cfn::RefView(Value("Vpc")).name() == "Vpc");
  CHECK_FALSE(cfn::RefView(Value(List{})).well_formed());
  CHECK(cfn::is_no_value(cfn::pseudo::no_value()));
  CHECK_FALSE(cfn::is_no_value(cfn::ref("X")));
  CHECK_FALSE(cfn::is_no_value("AWS::NoValue"));

  const Value one = "A";
  const cfn::DependsOnView single(&one);
  CHECK_FALSE(single.list_form());
  REQUIRE(single.entries().size() == 1);
  CHECK(&single.entries()[0] == &one);
  const Value two = List{"A", "B"};
  CHECK(cfn::DependsOnView(&two).list_form());
  CHECK(cfn::DependsOnView(&two).entries().size() == 2);
  CHECK(cfn::DependsOnView(nullptr).entries().empty());
}
