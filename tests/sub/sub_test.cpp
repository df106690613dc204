#include "cfn/sub.hpp"

#include <catch2/catch.hpp>

#include "cfn/build.hpp"
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
  CHECK(escaped("${}") == "${!}");
  CHECK(escaped("${Param} ${Vol} ${EIP.AllocationId} ${AWS::Region}") ==
        "${Param} ${Vol} ${EIP.AllocationId} ${AWS::Region}");
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

TEST_CASE("a ${ inside ${...} is an error: CloudFormation does not document what it means", "[sub]") {
  // Found by sub_fuzzer: ${arr[${i}]} was escaped to ${!arr[${i}]}, where
  // ${i} may still be a variable to CloudFormation (as it is to cfn-lint).
  CHECK_THROWS_WITH(escaped("echo ${arr[${i}]}\n"),
                    Catch::StartsWith("line 1, column 12: '${' inside '${...}'"));
  CHECK_THROWS_WITH(escaped("x\n${!a${b}"), Catch::StartsWith("line 2, column 5: '${' inside '${...}'"));
  CHECK(escaped("echo ${arr[$i]} ${a}${b}") == "echo ${!arr[$i]} ${!a}${!b}");
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

TEST_CASE("a CloudFormation name is never escaped, declared or not", "[sub]") {
  // No shell expansion has "::" or "." in its name (bash: "bad substitution"),
  // so these are meant for CloudFormation, which resolves or rejects them.
  CHECK(escaped("${AWS::Regoin} ${EIPP.AllocationId} ${Param.Attr} ${Vol.}") ==
        "${AWS::Regoin} ${EIPP.AllocationId} ${Param.Attr} ${Vol.}");
  CHECK(cfn::sub_text("echo ${Later.Arn}", SubNames()) == Value(cfn::sub("echo ${Later.Arn}")));
  // Shell expansions that merely contain ':' or '.' are not names and stay escaped.
  CHECK(escaped("${HOME:-/tmp/x.log} ${f%.*} ${v//./_}") == "${!HOME:-/tmp/x.log} ${!f%.*} ${!v//./_}");
  CHECK(cfn::is_cloudformation_name("AWS::Region"));
  CHECK(cfn::is_cloudformation_name("Eip.AllocationId"));
  CHECK_FALSE(cfn::is_cloudformation_name("HOME"));
  CHECK_FALSE(cfn::is_cloudformation_name("HOME:-x.y"));
}

TEST_CASE("check_sub_names: undeclared CloudFormation names are errors with the closest name", "[sub]") {
  const auto problems = cfn::check_sub_names(
      "r=${AWS::Regoin}\nid=${EIPP.AllocationId}\nok=${EIP.AllocationId} ${AWS::Region}\n${Custom::Thing} "
      "${AWS::Regoin}",
      names());
  REQUIRE(problems.size() == 3);  // each name once
  CHECK(problems[0].severity == cfn::SubNameProblem::Severity::Error);
  CHECK(problems[0].offset == 2);
  CHECK(problems[0].message == "${AWS::Regoin} is not a pseudo parameter (did you mean AWS::Region?)");
  CHECK(problems[1].message ==
        "${EIPP.AllocationId}: 'EIPP' is not a declared resource (did you mean EIP.AllocationId?)");
  CHECK(problems[2].message == "${Custom::Thing} is not a pseudo parameter");
  CHECK(problems[2].severity == cfn::SubNameProblem::Severity::Error);
}

TEST_CASE("check_sub_names: a plain name close to a declared one and never assigned is a warning", "[sub]") {
  const SubNames declared = SubNames().add("BucketName").add_resource("Volume");
  const auto problems =
      cfn::check_sub_names("aws s3 cp x s3://${BucketNmae}/ ; echo ${Volme} ${HOME} ${bucketname}", declared);
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].severity == cfn::SubNameProblem::Severity::Warning);
  CHECK(problems[0].message == "${BucketNmae} is not declared, so it stays shell text (did you mean ${BucketName}?)");
  CHECK(problems[1].message == "${Volme} is not declared, so it stays shell text (did you mean ${Volume}?)");
  CHECK(problems[2].message == "${bucketname} is not declared, so it stays shell text (did you mean ${BucketName}?)");
  // Assigned by the script: the shell's own variable, whatever it is close to.
  for (const char* script :
       {"Volme=1\necho ${Volme}", "export Volme=1; echo ${Volme}", "for Volme in a b; do echo ${Volme}; done",
        "read -r Volme\necho ${Volme}", "read Volme\necho ${Volme}", "echo ${Volme}\nIFS=: read -r a Volme b < f"}) {
    INFO(script);
    CHECK(cfn::check_sub_names(script, declared).empty());
  }
  // Not assignments: a read on another line, a word that only ends in "for", a comparison.
  for (const char* script : {"read x\necho ${Volme}", "xfor Volme; echo ${Volme}", "[ ${Volme} == 1 ]"}) {
    INFO(script);
    CHECK(cfn::check_sub_names(script, declared).size() == 1);
  }
  // Far from every declared name, or declared: nothing to say.
  CHECK(cfn::check_sub_names("${PATH} ${BucketName} ${Volume.VolumeId} ${X:-1}", declared).empty());
  // Short names need to be closer: ${i} is not Id, ${id} is.
  const auto short_names = cfn::check_sub_names("${i} ${Vol} ${id}", SubNames().add("Id").add_resource("Volume"));
  REQUIRE(short_names.size() == 1);
  CHECK(short_names[0].message == "${id} is not declared, so it stays shell text (did you mean ${Id}?)");
}

TEST_CASE("names from a template are resolved when it is emitted, whatever the order of add calls", "[sub]") {
  cfn::Template t;
  // The user data names the Elastic IP before it is added.
  const cfn::Fn data = cfn::user_data("#!/bin/bash\necho ${Eip.AllocationId} ${AWS::Region} ${HOME}\n", SubNames(t));
  t.add_resource("Instance", "AWS::EC2::Instance", {{"ImageId", "ami-12345678"}, {"UserData", data}});
  CHECK_THROWS_WITH(cfn::to_yaml(t), Catch::Contains("Eip.AllocationId") && Catch::Contains("not a resource"));
  t.add_resource("Eip", "AWS::EC2::EIP", {{"Domain", "vpc"}});
  const std::string yaml = cfn::to_yaml(t);
  CHECK(yaml.find("echo ${Eip.AllocationId} ${AWS::Region} ${!HOME}") != std::string::npos);
}

TEST_CASE("a misspelt CloudFormation name in user data fails to_yaml with the closest name", "[sub]") {
  cfn::Template t;
  t.add_resource("Eip", "AWS::EC2::EIP", {{"Domain", "vpc"}});
  const cfn::Fn data =
      cfn::user_data("aws --region ${AWS::Regoin} ec2 x --allocation-id ${Eipp.AllocationId}", SubNames(t));
  t.add_resource("Instance", "AWS::EC2::Instance", {{"ImageId", "ami-12345678"}, {"UserData", data}});
  CHECK_THROWS_WITH(cfn::to_yaml(t),
                    Catch::Contains("${AWS::Regoin}") && Catch::Contains("did you mean AWS::Region?") &&
                        Catch::Contains("'Eipp' is not a resource") && Catch::Contains("did you mean Eip?"));
}

TEST_CASE("SubNames refuses a name no ${...} can hold, and the position of an error is its own", "[sub]") {
  cfn::SubNames names;
  CHECK_THROWS_WITH(names.add("x y"), Catch::Contains("'x y' is not a Fn::Sub variable name"));
  CHECK_THROWS_WITH(names.add(""), Catch::Contains("'' is not a Fn::Sub variable name"));
  CHECK_THROWS_WITH(names.add("a}b"), Catch::Contains("'a}b'"));
  CHECK_THROWS_WITH(names.add_resource("Vol.VolumeId"), Catch::Contains("is not a logical id"));
  CHECK_THROWS_WITH(cfn::sub_text("${x}", {}, cfn::Map{{"no good", "v"}}), Catch::Contains("'no good'"));
  CHECK_NOTHROW(names.add("AWS::Region").add("a.b:c_1").add_resource("Volume1"));
  try {
    (void)cfn::escape_for_sub("a\nbc ${x\n", names);
    FAIL("no error");
  } catch (const cfn::SubError& e) {
    CHECK(e.line() == 2);
    CHECK(e.column() == 4);
    CHECK(e.reason().starts_with("'${' has no closing '}'"));
  }
}
