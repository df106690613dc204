// cfn/build.hpp: a template built in code is checked, then written; what the
// builder recorded and what lint finds come out through one channel.
#include "cfn/build.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>

#include "cfn/file.hpp"

namespace fs = std::filesystem;

namespace {

cfn::Template topic() {
  cfn::Template t;
  t.add_resource("Topic", "AWS::SNS::Topic");
  return t;
}

fs::path scratch_dir(const char* name) {
  const fs::path dir = fs::path(CFNPP_BINARY_DIR) / "tests" / "build_test" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

}  // namespace

TEST_CASE("write_or_report: a clean template is written and nothing is printed", "[model][build]") {
  std::ostringstream out, err;
  CHECK(cfn::write_or_report(topic(), "-", cfn::Format::Yaml, out, err) == 0);
  CHECK(out.str() == "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n");
  CHECK(err.str().empty());

  const fs::path file = scratch_dir("clean") / "Stack.json";
  CHECK(cfn::write_or_report(topic(), file, cfn::Format::Json, out, err) == 0);
  CHECK(cfn::read_file(file) ==
        "{\n  \"AWSTemplateFormatVersion\": \"2010-09-09\",\n  \"Resources\": {\n    \"Topic\": {\n"
        "      \"Type\": \"AWS::SNS::Topic\"\n    }\n  }\n}\n");
}

TEST_CASE("write_or_report: errors are printed as cfnpp lint prints them, nothing is written, exit 1",
          "[model][build]") {
  cfn::Template t = topic();
  t.add_resource("Topic", "AWS::SQS::Queue");                      // recorded by the builder
  t.add_resource("Vol", "AWS::EC2::Volume", {{"Size", "eight"}});  // lint: two errors and two warnings
  const fs::path file = scratch_dir("errors") / "Stack.yaml";
  std::ostringstream out, err;
  CHECK(cfn::write_or_report(t, file, cfn::Format::Yaml, out, err) == 1);
  CHECK_FALSE(fs::exists(file));
  const std::string name = file.string();
  CHECK(err.str() ==
        name + ": error E0000: Resources.Topic: resource 'Topic' is added twice; the first definition is kept\n" +
            name +
            ": warning W3908: Resources.Vol: AWS::EC2::Volume without DeletionPolicy: deleting the stack or the "
            "resource deletes its data; set DeletionPolicy: Retain (or Snapshot) to keep it, or Delete to say it is "
            "disposable\n" +
            // A volume needs an Availability Zone and a Size or a snapshot (CreateVolume API reference).
            name +
            ": error E3017: Resources.Vol.Properties: the object matches none of the schema's anyOf branches: with "
            "AvailabilityZone, Size | with AvailabilityZone, SnapshotId | with AvailabilityZoneId, Size | with "
            "AvailabilityZoneId, SnapshotId | with SourceVolumeId\n" +
            name + ": warning W3904: Resources.Vol.Properties: the volume is not encrypted; set Encrypted: true\n" +
            name + ": error E3012: Resources.Vol.Properties.Size: expected integer, got string 'eight'\n");
  CHECK(out.str().empty());
}

TEST_CASE("write_or_report: warnings are printed and the template is still written", "[model][build]") {
  cfn::Template t;
  t.add_resource("Config", "AWS::AutoScaling::LaunchConfiguration",
                 {{"ImageId", "ami-12345678"}, {"InstanceType", "t3.micro"}});
  std::ostringstream out, err;
  CHECK(cfn::write_or_report(t, "-", cfn::Format::Yaml, out, err) == 0);
  CHECK(err.str().starts_with("-: warning W3902: Resources.Config"));
  CHECK(err.str().find("launch configurations are deprecated") != std::string::npos);
  CHECK(out.str().starts_with("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Config:\n"));
}

TEST_CASE("write_or_report: an output that cannot be written is PATH: reason, exit 2", "[model][build]") {
  const fs::path dir = scratch_dir("unwritable");
  const fs::path file = dir / "missing-directory" / "Stack.yaml";
  std::ostringstream out, err;
  CHECK(cfn::write_or_report(topic(), file, cfn::Format::Yaml, out, err) == 2);
  CHECK(err.str().starts_with(file.string()));
  CHECK(err.str().ends_with("\n"));
  CHECK_FALSE(fs::exists(file));
}

TEST_CASE("check and to_yaml see what the builder recorded", "[model][build]") {
  cfn::Template t = topic();
  t.add_output("Name", {.value = 1});
  t.add_output("Name", {.value = 2});
  const std::vector<cfn::Finding> findings = cfn::check(t);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == "E0000");
  CHECK(cfn::to_string(findings[0].path) == "Outputs.Name");
  try {
    (void)cfn::to_yaml(t);
    FAIL("to_yaml wrote a template with an error");
  } catch (const cfn::ValidationError& e) {
    CHECK(std::string(e.what()) ==
          "the template has 1 error:\n  Outputs.Name: output 'Name' is added twice; the first definition is kept "
          "(E0000)");
  }
}
