#include "cfn/sub.hpp"

#include <catch2/catch.hpp>

#include "cfn/emit.hpp"
#include "cfn/intrinsics.hpp"

using cfn::SubNames;
using cfn::Value;

namespace {

SubNames names() { return SubNames().add("Param").add_resource("Vol").add_resource("EIP"); }

std::string escaped(std::string_view text) { return cfn::escape_for_sub(text, names()); }

}  // namespace

TEST_CASE("shell expansions with braces are escaped and declared names kept", "[sub]") {
  CHECK(escaped("echo ${VAR}") == "echo ${!VAR}");
  CHECK(escaped("${VAR:-x}") == "${!VAR:-x}");
  CHECK(escaped("${#a[@]}") == "${!#a[@]}");
  CHECK(escaped("${!ref}") == "${!!ref}");
  CHECK(escaped("${a${b}}") == "${!a${b}}");
  CHECK(escaped("${}") == "${!}");
  CHECK(escaped("${Param} ${Vol} ${EIP.AllocationId} ${AWS::Region} ${AWS::NoSuch}") ==
        "${Param} ${Vol} ${EIP.AllocationId} ${AWS::Region} ${!AWS::NoSuch}");
  CHECK(escaped("${Param.Attr}") == "${!Param.Attr}");  // parameters have no attributes
  CHECK(escaped("${Vol.}") == "${!Vol.}");
  CHECK(escaped("${ Param }") == "${! Param }");
  CHECK(escaped("multi ${line\nvar} x") == "multi ${!line\nvar} x");
}

TEST_CASE("expansions without braces pass through", "[sub]") {
  const std::string script = "x=$VAR; y=$(date); z=$((1+2)); echo $? $$ $1 $@ '$' \"{}\" }{";
  CHECK(escaped(script) == script);
}

TEST_CASE("an unterminated ${ is an error with its position", "[sub]") {
  CHECK_THROWS_WITH(
      escaped("ok\n  echo ${oops\n"),
      "line 2, column 8: '${' has no closing '}'; CloudFormation does not document how Fn::Sub reads that");
}

TEST_CASE("parse_sub splits a Sub string as CloudFormation scans it", "[sub]") {
  const auto parts = cfn::parse_sub("a${B}c${!D}${E");
  REQUIRE(parts.size() == 5);
  CHECK(parts[0].kind == cfn::SubPart::Kind::Text);
  CHECK(parts[1].kind == cfn::SubPart::Kind::Variable);
  CHECK(parts[1].text == "B");
  CHECK(parts[1].offset == 1);
  CHECK(parts[2].text == "c");
  CHECK(parts[3].kind == cfn::SubPart::Kind::Escaped);
  CHECK(parts[3].text == "D");
  CHECK(parts[4].kind == cfn::SubPart::Kind::Unterminated);
  CHECK(cfn::is_valid_sub_variable_name("AWS::Region"));
  CHECK(cfn::is_valid_sub_variable_name("Res.Attr_1"));
  CHECK_FALSE(cfn::is_valid_sub_variable_name("VAR:-x"));
  CHECK_FALSE(cfn::is_valid_sub_variable_name(""));
}

TEST_CASE("sub_text gives a plain string when nothing is substituted", "[sub]") {
  CHECK(cfn::sub_text("echo ${HOME}\n", names()) == Value("echo ${HOME}\n"));
  CHECK(cfn::sub_text("echo ${HOME", names()) == Value("echo ${HOME"));
  CHECK(cfn::sub_text("v=${Vol} h=${HOME}", names()) == Value(cfn::sub("v=${Vol} h=${!HOME}")));
  CHECK(cfn::sub_text("${Name}-${X}", names(), {{"Name", cfn::ref("Param")}}) ==
        Value(cfn::sub("${Name}-${!X}", {{"Name", cfn::ref("Param")}})));
}

TEST_CASE("names from a template", "[sub]") {
  cfn::Template t;
  t.add_parameter("Size", {});
  t.add_resource("Vol", "AWS::EC2::Volume");
  const SubNames from_template(t);
  CHECK(from_template.declares("Size"));
  CHECK(from_template.declares("Vol"));
  CHECK(from_template.declares("Vol.VolumeId"));
  CHECK(from_template.declares("AWS::StackName"));
  CHECK_FALSE(from_template.declares("Size.Attr"));
  CHECK_FALSE(from_template.declares("Other"));
}

TEST_CASE("user data is base64 of the Sub and limited to 16 KB", "[sub]") {
  CHECK(cfn::user_data("echo ${Vol}", names()) == Value(cfn::base64(cfn::sub("echo ${Vol}"))));
  CHECK_NOTHROW(cfn::user_data(std::string(16384, 'x'), names()));
  CHECK_THROWS_WITH(cfn::user_data(std::string(16385, 'x'), names()),
                    "user data is 16385 bytes; EC2 accepts at most 16384 bytes before base64");
}
