// The user data as the instance receives it: the emitted Fn::Sub, evaluated
// as CloudFormation does with sample values, is the source script with only
// the two CloudFormation names replaced, and it passes bash -n and shellcheck.
#include <catch2/catch.hpp>

#include "cfn/file.hpp"
#include "cfn/patterns/autoheal.hpp"
#include "user_data_support.hpp"

namespace {

const cfn::test::SubValues kSample{{"AutohealVolume", "vol-0123456789abcdef0"}, {"DataVolumeWaitSeconds", "600"}};

std::string rendered_user_data() {
  return cfn::test::rendered_user_data(cfn::patterns::autoheal().to_value(), "AutohealLaunchTemplate", kSample);
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

}  // namespace

TEST_CASE("the rendered user data is the script with the CloudFormation names substituted", "[patterns][autoheal]") {
  std::string expected = cfn::read_file(std::string(CFNPP_SOURCE_DIR) + "/lib/patterns/autoheal/user_data.sh");
  for (const auto& [name, value] : kSample) expected = replace_all(expected, "${" + name + "}", value);
  CHECK(rendered_user_data() == expected);
}

TEST_CASE("the rendered user data passes bash -n and shellcheck", "[patterns][autoheal]") {
  cfn::test::check_shell_script(rendered_user_data());
}
