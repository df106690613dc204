// The user data as instances receive it: the emitted Fn::Sub, evaluated as
// CloudFormation does (tests/support/sub_evaluator.hpp, written independently of
// lib/sub) with sample values, is the source scripts without their comment
// lines (the compact copies the templates carry), each introduced by a line
// naming it, with only the declared variables replaced; and it passes bash -n
// and shellcheck.
#include <catch2/catch.hpp>
#include <sstream>

#include "cfn/file.hpp"
#include "cfn/patterns/autoheal.hpp"
#include "cfn/patterns/self_healing_instance.hpp"
#include "support.hpp"

namespace {

using Samples = cfn::test::SubValues;

std::string source(const std::string& relative) {
  return cfn::read_file(std::string(CFNPP_SOURCE_DIR) + "/lib/patterns/" + relative);
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

// The user data of `launch_template` with every variable of its Sub given a
// sample value: the variable's own in `samples`, else "sample-NAME".
std::string rendered(const cfn::Value& doc, std::string_view launch_template, Samples& samples) {
  const cfn::Value& sub = cfn::test::user_data_sub(doc, launch_template);
  REQUIRE(sub.is_list());
  for (const cfn::Member& v : sub.as_list()[1].as_map())
    if (!samples.contains(v.key))
      samples[v.key] = v.value.is_string() ? v.value.as_string()
                       : v.value.is_int()  ? std::to_string(v.value.as_int())
                                           : "sample-" + v.key;
  samples.emplace("AWS::Region", "eu-west-1");
  samples.emplace("AWS::StackName", "my-stack");
  return cfn::test::rendered_user_data(doc, launch_template, samples);
}

bool comment_line(const std::string& line) {
  const auto first = line.find_first_not_of(" \t");
  return first != std::string::npos && line[first] == '#';
}

// The sources' lines that are not comments (the #! line is), each source's
// lines after a line naming it.
std::string expected_script(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& part : parts) {
    std::istringstream lines(source(part));
    std::string line;
    bool first = true;
    while (std::getline(lines, line)) {
      if (first && line.starts_with("#!")) out += line + "\n";
      if (first) out += "# lib/patterns/" + part + ", without its comments\n";
      if (!comment_line(line)) out += line + "\n";
      first = false;
    }
  }
  return out;
}

std::string substituted(std::string text, const Samples& samples) {
  for (const auto& [name, value] : samples) text = replace_all(text, "${" + name + "}", value);
  return text;
}

const std::vector<std::string> kSelfHealingParts{"scripts/prelude.sh",          "scripts/lifecycle.sh",
                                                 "scripts/data_volume.sh",      "scripts/address.sh",
                                                 "scripts/self_attach.sh",      "scripts/configuration.sh",
                                                 "scripts/cloudwatch_agent.sh", "self_healing_instance/user_data.sh"};
const std::vector<std::string> kAutohealParts{"scripts/prelude.sh", "scripts/lifecycle.sh", "scripts/data_volume.sh",
                                              "scripts/address.sh", "autoheal/user_data.sh"};

}  // namespace

TEST_CASE("self-healing instance: the user data is the scripts with only its variables substituted",
          "[patterns][user_data][self_healing_instance]") {
  for (const bool data_volume : {false, true}) {
    INFO("data volume: " << data_volume);
    Samples samples{{"VolumeId", data_volume ? "vol-0123456789abcdef0" : ""}};
    const cfn::Value doc = cfn::patterns::self_healing_instance_stack({.data_volume = data_volume}).to_value();
    const std::string script = rendered(doc, "LaunchTemplate", samples);
    CHECK(script == substituted(expected_script(kSelfHealingParts), samples));
    cfn::test::check_shell_script(script);
    CHECK(script.size() < 16384);
  }
}

TEST_CASE("autoheal: the user data is the scripts with only its variables substituted",
          "[patterns][user_data][autoheal]") {
  Samples samples{{"VolumeId", "vol-0123456789abcdef0"}, {"WaitSeconds", "600"}};
  const cfn::Value doc = cfn::patterns::autoheal().to_value();
  const std::string script = rendered(doc, "AutohealLaunchTemplate", samples);
  CHECK(script == substituted(expected_script(kAutohealParts), samples));
  cfn::test::check_shell_script(script);
  CHECK(script.size() < 16384);
}
