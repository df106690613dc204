// Runs a program as a child process, with its standard input chosen by the
// test (a file, a directory, a device, or closed), and reports how it ended:
// what the in-process run_cli cannot see (a signal, an abort, a stream
// exception escaping main).
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "cfn/file.hpp"
#include "support/temp_dir.hpp"

namespace cfn::test {

struct ProcessResult {
  bool exited = false;  ///< false: killed by `signal` (or by the watchdog)
  int code = -1;
  int signal = 0;
  std::string out;
  std::string err;
};

/// Standard input: `path` opened read-only, or closed when nullopt.
struct StdinFrom {
  std::optional<std::filesystem::path> path;
};

/// Runs `argv` (argv[0] a path). A child still running after `watchdog` is
/// killed (SIGKILL, reported as a signal): a hang guard, not a timing check.
inline ProcessResult run_process(const std::vector<std::string>& argv, const StdinFrom& stdin_from,
                                 std::chrono::seconds watchdog = std::chrono::seconds(120)) {
  const TempDir dir;
  const std::string out_path = (dir / "out").string();
  const std::string err_path = (dir / "err").string();
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (out < 0 || err < 0 || ::dup2(out, STDOUT_FILENO) < 0 || ::dup2(err, STDERR_FILENO) < 0) ::_exit(126);
    ::close(STDIN_FILENO);  // the lowest free descriptor: the next open() is standard input
    if (stdin_from.path && ::open(stdin_from.path->c_str(), O_RDONLY) != STDIN_FILENO) ::_exit(125);
    ::execv(args[0], args.data());
    ::_exit(127);
  }
  ProcessResult r;
  if (pid < 0) return r;
  int status = 0;
  const auto deadline = std::chrono::steady_clock::now() + watchdog;
  while (::waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  r.exited = WIFEXITED(status);
  r.code = r.exited ? WEXITSTATUS(status) : -1;
  r.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  r.out = read_file(out_path);
  r.err = read_file(err_path);
  return r;
}

}  // namespace cfn::test
