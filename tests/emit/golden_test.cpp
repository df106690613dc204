// Whole-template golden files: the example stack emitted as YAML and JSON
// must match the reviewed files byte for byte.
#include <catch2/catch.hpp>

#include "cfn/build.hpp"
#include "cfn/file.hpp"
#include "support/example_stack.hpp"

namespace {

std::string golden(const char* name) {
  return cfn::read_file(std::string(CFNPP_SOURCE_DIR) + "/tests/emit/golden/" + name);
}

}  // namespace

TEST_CASE("example stack matches the YAML golden file", "[emit][golden]") {
  CHECK(cfn::to_yaml(cfn::test::example_stack()) == golden("example_stack.yaml"));
}

TEST_CASE("example stack matches the JSON golden file", "[emit][golden]") {
  CHECK(cfn::to_json(cfn::test::example_stack()) == golden("example_stack.json"));
}

TEST_CASE("building the same stack again gives the golden bytes again", "[emit][golden]") {
  // Each build is compared with the reviewed file, not with another build:
  // two runs of one bug would agree with each other.
  for (int build = 0; build < 2; ++build) {
    CHECK(cfn::to_yaml(cfn::test::example_stack()) == golden("example_stack.yaml"));
    CHECK(cfn::to_json(cfn::test::example_stack()) == golden("example_stack.json"));
  }
}
