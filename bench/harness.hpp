// What the growth benchmarks (scale, fleet) share: CPU time, and running each
// size in a child process of its own (so that its peak memory is its own),
// printing one row per size with every step's time, its growth factor
// against the size before (a linear path grows ten times for ten times the
// size), a figure of the size's own (MB written) and the child's peak memory.
#pragma once

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/cli.hpp"

namespace bench {

// CPU time of this process, not wall-clock: the machine is shared, and
// other processes' load would otherwise count as ours.
inline double now() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

inline double seconds_since(double start) { return now() - start; }

/// Writes `text` to `file`; exits 2 when it cannot.
inline void write_file(const std::filesystem::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary);
  out << text;
  if (!out) {
    std::fprintf(stderr, "cannot write %s\n", file.c_str());
    std::exit(2);
  }
}

/// The CPU time of `cfnpp ARGS...` run in this process (reading, parsing and
/// printing included); exits 2 when the tool fails (exit 2).
inline double time_cli(std::vector<std::string> args) {
  std::istringstream in;
  std::ostringstream out;
  std::ostringstream err;
  cfn::detail::cli::Io io{in, out, err, false};
  const double start = now();
  const int code = cfn::detail::cli::run(args, io);
  const double elapsed = seconds_since(start);
  if (code == 2) {
    std::fprintf(stderr, "cfnpp %s failed: %s\n", args[0].c_str(), err.str().c_str());
    std::exit(2);
  }
  return elapsed;
}

/// Measures one size: fills one time per step (negative: not measured) and returns the megabytes written.
using Measure = std::function<double(std::size_t size, std::span<double> times)>;

/// Sizes from the command line (argv[1...]: positive decimal numbers), else `defaults`. Anything
/// else (`--help` included) prints the usage and exits 2.
inline std::vector<std::size_t> sizes(int argc, char** argv, std::vector<std::size_t> defaults) {
  std::vector<std::size_t> out;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    std::size_t size = 0;
    const auto [end, error] = std::from_chars(arg.data(), arg.data() + arg.size(), size);
    if (error != std::errc{} || end != arg.data() + arg.size() || size == 0) {
      std::fprintf(stderr, "usage: %s [SIZE...] (positive numbers; default:", argv[0]);
      for (const std::size_t d : defaults) std::fprintf(stderr, " %zu", d);
      std::fprintf(stderr, ")\n");
      std::exit(2);
    }
    out.push_back(size);
  }
  return out.empty() ? defaults : out;
}

/// Runs `measure` for each size in a child process and prints the table. Returns the exit code.
inline int run(const char* name, const char* size_label, const std::vector<std::size_t>& sizes,
               std::span<const char* const> steps, const Measure& measure) {
  std::printf("%-10s %-8s", size_label, "MB");
  for (const char* step : steps) std::printf(" %16s", step);
  std::printf(" %9s\n", "peak MB");
  std::vector<double> previous(steps.size(), 0.0);
  bool first = true;
  for (const std::size_t size : sizes) {
    int fds[2];
    if (pipe(fds) != 0) return 2;
    const pid_t child = fork();
    if (child == 0) {
      close(fds[0]);
      std::vector<double> times(steps.size() + 1, 0.0);
      times.back() = measure(size, std::span(times).first(steps.size()));
      const auto bytes = static_cast<ssize_t>(times.size() * sizeof(double));
      _exit(::write(fds[1], times.data(), static_cast<std::size_t>(bytes)) == bytes ? 0 : 2);
    }
    close(fds[1]);
    std::vector<double> times(steps.size() + 1, 0.0);
    const auto bytes = static_cast<ssize_t>(times.size() * sizeof(double));
    const bool complete = read(fds[0], times.data(), static_cast<std::size_t>(bytes)) == bytes;
    close(fds[0]);
    int status = 0;
    rusage usage{};
    wait4(child, &status, 0, &usage);
    if (!complete || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      std::fprintf(stderr, "%s: the run of %zu failed\n", name, size);
      return 2;
    }
    std::printf("%-10zu %-8.1f", size, times.back());
    for (std::size_t s = 0; s < steps.size(); ++s) {
      char cell[32];
      if (times[s] < 0)
        std::snprintf(cell, sizeof cell, "n/a");
      else if (!first && previous[s] > 0)
        std::snprintf(cell, sizeof cell, "%.3f s (x%.1f)", times[s], times[s] / previous[s]);
      else
        std::snprintf(cell, sizeof cell, "%.3f s", times[s]);
      std::printf(" %16s", cell);
      previous[s] = times[s];
    }
    std::printf(" %9.0f\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
    std::fflush(stdout);
    first = false;
  }
  return 0;
}

}  // namespace bench
