// Reading input (issue 11 rows 2 and 3): every failure is "cfnpp: FILE:
// reason", exit 2, and no read goes past the size limit by more than a byte,
// whatever the input is (a closed standard input, a directory, /dev/zero, a
// pipe that never ends).
#include <fcntl.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <streambuf>
#include <thread>

#include "cfn/error.hpp"
#include "cfn/file.hpp"
#include "support/run_cli.hpp"
#include "support/run_process.hpp"
#include "support/temp_dir.hpp"

namespace {

using cfn::test::run_process;
using cfn::test::StdinFrom;

// An endless stream of 'a' that counts what was taken from it: the oracle
// for how much a reader consumed.
class EndlessBuffer : public std::streambuf {
 public:
  std::size_t taken = 0;

 protected:
  std::streamsize xsgetn(char* s, std::streamsize n) override {
    std::fill_n(s, n, 'a');
    taken += static_cast<std::size_t>(n);
    return n;
  }
  int_type underflow() override { return traits_type::to_int_type('a'); }
  int_type uflow() override {
    ++taken;
    return traits_type::to_int_type('a');
  }
};

}  // namespace

TEST_CASE("a closed standard input is an error naming -, exit 2, for every command (issue 11 row 2)", "[cli][input]") {
  const std::vector<std::vector<std::string>> commands{
      {"lint", "-"}, {"fmt", "-"}, {"fmt", "--check", "-"}, {"diff", "-", "/dev/null"}, {"sub", "-"}};
  for (const auto& args : commands) {
    std::vector<std::string> argv{CFNPP_CLI_PATH};
    argv.insert(argv.end(), args.begin(), args.end());
    INFO(args.front() << " " << args.back());
    const auto r = run_process(argv, StdinFrom{});
    CHECK(r.exited);
    CHECK(r.code == 2);
    CHECK(r.err.find("cfnpp: -: cannot read: Bad file descriptor") != std::string::npos);
  }
}

TEST_CASE("a directory on standard input is an error naming -, exit 2 (issue 11 row 2)", "[cli][input]") {
  for (const std::string command : {"lint", "fmt", "sub"}) {
    INFO(command);
    const auto r = run_process({CFNPP_CLI_PATH, command, "-"}, StdinFrom{std::filesystem::temp_directory_path()});
    CHECK(r.exited);
    CHECK(r.code == 2);
    CHECK(r.err == "cfnpp: -: cannot read: Is a directory\n");
  }
}

TEST_CASE("/dev/zero, as a file or on standard input, is refused at the size limit (issue 11 row 3)", "[cli][input]") {
  const std::string refused = ": larger than 256 MiB, the most cfnpp reads\n";
  // Each reads 256 MiB + 1 byte: one command per way in, not every command.
  for (const std::string command : {"lint", "sub"}) {
    INFO(command);
    const auto r = run_process({CFNPP_CLI_PATH, command, "/dev/zero"}, StdinFrom{"/dev/null"});
    CHECK(r.exited);
    CHECK(r.code == 2);
    CHECK(r.err == "cfnpp: /dev/zero" + refused);
  }
  const auto r = run_process({CFNPP_CLI_PATH, "fmt", "-"}, StdinFrom{"/dev/zero"});
  CHECK(r.exited);
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: -" + refused);
}

TEST_CASE("read_file stops one byte past the limit on a pipe, whatever its writer has left", "[cli][input]") {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  constexpr std::size_t kWritten = 1'000'000;
  std::thread writer([&] {
    const std::string chunk(4096, 'x');
    std::size_t left = kWritten;
    while (left > 0) {
      const ssize_t n = ::write(fds[1], chunk.data(), std::min(left, chunk.size()));
      if (n <= 0) break;
      left -= static_cast<std::size_t>(n);
    }
    ::close(fds[1]);
  });
  // A second descriptor on the pipe, as a path: read_file closes its own, ours drains the rest.
  const std::string path = "/proc/self/fd/" + std::to_string(fds[0]);
  CHECK_THROWS_WITH(cfn::read_file(path, 10'000), path + ": larger than 10000 bytes, the most cfnpp reads");
  std::size_t left = 0;
  char buffer[4096];
  for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;) left += static_cast<std::size_t>(n);
  writer.join();
  ::close(fds[0]);
  CHECK(kWritten - left == 10'001);
}

TEST_CASE("read_stream stops one byte past the limit on an endless stream", "[cli][input]") {
  EndlessBuffer endless;
  std::istream in(&endless);
  CHECK_THROWS_WITH(cfn::read_stream(in, "-", 100'000), "-: larger than 100000 bytes, the most cfnpp reads");
  CHECK(endless.taken == 100'001);
}

TEST_CASE("a file at the limit is read whole and one byte more is refused by its size, unread", "[cli][input]") {
  const cfn::test::TempDir dir;
  const auto file = dir / "t.yaml";
  cfn::write_file_atomically(file, std::string(4096, '#'));
  CHECK(cfn::read_file(file, 4096).size() == 4096);
  CHECK_THROWS_WITH(cfn::read_file(file, 4095), file.string() + ": larger than 4095 bytes, the most cfnpp reads");
  CHECK_THROWS_WITH(cfn::read_file(dir.path()), dir.path().string() + ": is a directory");
  const auto r = cfn::test::run_cli({"lint", dir.path().string()});
  CHECK(r.code == 2);
  CHECK(r.err == "cfnpp: " + dir.path().string() + ": is a directory\n");
}
