// The user data of a launch template as an instance receives it: the emitted
// Fn::Sub evaluated as CloudFormation does (tests/support/sub_evaluator.hpp, an
// oracle independent of lib/sub) with sample values, and the shell checks a
// script must pass.
#pragma once

#include <catch2/catch.hpp>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>

#include "cfn/file.hpp"
#include "cfn/value.hpp"
#include "support/sub_evaluator.hpp"
#include "support/temp_dir.hpp"

namespace cfn::test {

using SubValues = std::map<std::string, std::string, std::less<>>;

/// The Fn::Sub argument (string, or [string, variables]) of a UserData value (Fn::Base64 of Fn::Sub).
inline const Value& sub_argument(const Value& user_data) {
  REQUIRE(user_data.is_fn(FnKind::Base64));
  const Value& sub = user_data.as_fn().argument();
  REQUIRE(sub.is_fn(FnKind::Sub));
  return sub.as_fn().argument();
}

/// The Fn::Sub argument of a launch template's user data.
inline const Value& user_data_sub(const Value& doc, std::string_view launch_template_id) {
  const Value* lt = doc.find("Resources")->find(launch_template_id);
  REQUIRE(lt != nullptr);
  return sub_argument(*lt->find("Properties")->find("LaunchTemplateData")->find("UserData"));
}

/// The script the instance runs: `values` give every substituted name (the
/// variable map's included: its values are functions, sampled here).
inline std::string rendered_user_data_of(const Value& user_data, const SubValues& values) {
  const Value& argument = sub_argument(user_data);
  const Value& text = argument.is_list() ? argument.as_list().front() : argument;
  return evaluate_sub(text.as_string(), values);
}

/// The same for a launch template's user data.
inline std::string rendered_user_data(const Value& doc, std::string_view launch_template_id, const SubValues& values) {
  const Value* lt = doc.find("Resources")->find(launch_template_id);
  REQUIRE(lt != nullptr);
  return rendered_user_data_of(*lt->find("Properties")->find("LaunchTemplateData")->find("UserData"), values);
}

/// The exit status of a shell command.
inline int run_command(const std::string& command) {
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/// Checks that `script` passes bash -n and shellcheck.
inline void check_shell_script(const std::string& script) {
  TempDir dir;
  const auto path = dir / "script.sh";
  write_file_atomically(path, script);
  CHECK(run_command("bash -n '" + path.string() + "'") == 0);
  CHECK(run_command("shellcheck --shell=bash '" + path.string() + "'") == 0);
}

}  // namespace cfn::test
