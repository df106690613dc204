// Writing files (issue 11 row 5): atomic, through symbolic links, keeping
// mode and owner; a hard-linked file is refused with the reason.
#include "cfn/file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>

#include "cfn/error.hpp"
#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;

namespace {

struct stat stat_of(const fs::path& p) {
  struct stat st {};
  REQUIRE(::lstat(p.c_str(), &st) == 0);
  return st;
}

constexpr std::string_view kMessy = "Resources: {Topic: {Type: 'AWS::SNS::Topic'}}\n";
constexpr std::string_view kCanonical = "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n";

}  // namespace

TEST_CASE("write_file_atomically writes through a chain of symbolic links and keeps the links", "[io]") {
  const cfn::test::TempDir dir;
  fs::create_directories(dir / "real");
  const auto target = dir / "real" / "t.yaml";
  cfn::write_file_atomically(target, "old\n");
  REQUIRE(::chmod(target.c_str(), 0640) == 0);
  fs::create_symlink("real/t.yaml", dir / "link.yaml");       // relative, resolved from the link's directory
  fs::create_symlink(dir / "link.yaml", dir / "link2.yaml");  // absolute, to a link
  CHECK(cfn::write_file_atomically(dir / "link2.yaml", "new\n") == target);
  CHECK(cfn::read_file(target) == "new\n");
  CHECK(fs::is_symlink(dir / "link.yaml"));
  CHECK(fs::is_symlink(dir / "link2.yaml"));
  CHECK((stat_of(target).st_mode & 07777) == 0640);
  // A dangling link is written through too: its target comes into being.
  fs::create_symlink("made.yaml", dir / "dangling.yaml");
  CHECK(cfn::write_file_atomically(dir / "dangling.yaml", "x\n") == dir / "made.yaml");
  CHECK(fs::is_symlink(dir / "dangling.yaml"));
  CHECK(cfn::read_file(dir / "made.yaml") == "x\n");
  // A loop is an error, and nothing is written.
  fs::create_symlink("loop-b", dir / "loop-a");
  fs::create_symlink("loop-a", dir / "loop-b");
  CHECK_THROWS_WITH(cfn::write_file_atomically(dir / "loop-a", "x\n"), Catch::Contains("loop-a: cannot follow"));
  for (const auto& e : fs::directory_iterator(dir.path()))
    CHECK(e.path().filename().string().find(".tmp.") == std::string::npos);
}

TEST_CASE("write_file_atomically keeps the owner and refuses a file with several hard links", "[io]") {
  const cfn::test::TempDir dir;
  const auto file = dir / "t.yaml";
  cfn::write_file_atomically(file, "old\n");
  if (::geteuid() == 0) {  // only root can give a file away; the write must give it back
    REQUIRE(::chown(file.c_str(), 12345, 23456) == 0);
    cfn::write_file_atomically(file, "new\n");
    CHECK(stat_of(file).st_uid == 12345);
    CHECK(stat_of(file).st_gid == 23456);
  }
  fs::create_hard_link(file, dir / "other.yaml");
  const std::string before = cfn::read_file(file);
  CHECK_THROWS_WITH(cfn::write_file_atomically(file, "newer\n"),
                    file.string() +
                        ": has 2 hard links; replacing it would leave the others with the old text "
                        "(write to a new file, or break the links first)");
  CHECK(cfn::read_file(file) == before);
  CHECK(cfn::read_file(dir / "other.yaml") == before);
}

TEST_CASE("cfnpp fmt -w on a symbolic link rewrites its target and says so (issue 11 row 5)", "[io][cli]") {
  const cfn::test::TempDir dir;
  const auto target = dir / "target.yaml";
  cfn::write_file_atomically(target, kMessy);
  fs::create_symlink("target.yaml", dir / "link.yaml");
  const auto r = cfn::test::run_cli({"fmt", "-w", (dir / "link.yaml").string()});
  CHECK(r.code == 0);
  CHECK(r.err == "cfnpp: " + (dir / "link.yaml").string() + ": wrote " + target.string() +
                     ", the file the symbolic link names\n");
  CHECK(fs::is_symlink(dir / "link.yaml"));
  CHECK(cfn::read_file(target) == kCanonical);

  const auto linked = dir / "linked.yaml";
  cfn::write_file_atomically(linked, kMessy);
  fs::create_hard_link(linked, dir / "second-name.yaml");
  const auto refused = cfn::test::run_cli({"fmt", "-w", linked.string()});
  CHECK(refused.code == 2);
  CHECK(refused.err.starts_with("cfnpp: " + linked.string() + ": has 2 hard links"));
  CHECK(cfn::read_file(linked) == kMessy);
  CHECK(cfn::read_file(dir / "second-name.yaml") == kMessy);
}

TEST_CASE("reads hold at most the limit plus one byte, and refuse more (issue 11 row 3)", "[io]") {
  constexpr std::size_t kLimit = 1'000'000;
  // Exactly at the limit: read whole, in a buffer no larger than the limit
  // needs (a string left to double would hold 1 MiB and more).
  std::istringstream at_limit(std::string(kLimit, 'a'));
  const std::string content = cfn::read_stream(at_limit, "-", kLimit);
  CHECK(content.size() == kLimit);
  CHECK(content.capacity() <= kLimit + 1);
  std::istringstream over(std::string(kLimit + 1, 'a'));
  CHECK_THROWS_WITH(cfn::read_stream(over, "-", kLimit), "-: larger than 1000000 bytes, the most cfnpp reads");
  // A device never ends: stopped at the limit, not read on.
  CHECK_THROWS_WITH(cfn::read_file("/dev/zero", kLimit), "/dev/zero: larger than 1000000 bytes, the most cfnpp reads");
}
