// The user data as the instance receives it: the emitted Fn::Sub, evaluated
// as CloudFormation does with sample values, is the source script with only
// the two CloudFormation names replaced, and it passes bash -n and shellcheck.
#include <catch2/catch.hpp>
#include <cstdlib>

#include "cfn/file.hpp"
#include "cfn/patterns/autoheal.hpp"
#include "sub/sub_evaluator.hpp"
#include "support/temp_dir.hpp"

namespace {

const std::map<std::string, std::string, std::less<>> kSample{{"AutohealVolume", "vol-0123456789abcdef0"},
                                                              {"DataVolumeWaitSeconds", "600"}};

std::string rendered_user_data() {
  const cfn::Value doc = cfn::patterns::autoheal().to_value();
  const cfn::Value& user_data = *doc.find("Resources")
                                     ->find("AutohealLaunchTemplate")
                                     ->find("Properties")
                                     ->find("LaunchTemplateData")
                                     ->find("UserData");
  REQUIRE(user_data.is_fn(cfn::FnKind::Base64));
  const cfn::Value& sub = user_data.as_fn().argument();
  REQUIRE(sub.is_fn(cfn::FnKind::Sub));
  return cfn::test::evaluate_sub(sub.as_fn().argument().as_string(), kSample);
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

int run(const std::string& command) {
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

TEST_CASE("the rendered user data is the script with the CloudFormation names substituted", "[patterns][autoheal]") {
  std::string expected = cfn::read_file(std::string(CFNPP_SOURCE_DIR) + "/lib/patterns/autoheal/user_data.sh");
  for (const auto& [name, value] : kSample) expected = replace_all(expected, "${" + name + "}", value);
  CHECK(rendered_user_data() == expected);
}

TEST_CASE("the rendered user data passes bash -n and shellcheck", "[patterns][autoheal]") {
  cfn::test::TempDir dir;
  const auto script = dir / "user_data.sh";
  cfn::write_file_atomically(script, rendered_user_data());
  CHECK(run("bash -n '" + script.string() + "'") == 0);
  CHECK(run("shellcheck --shell=bash '" + script.string() + "'") == 0);
}
