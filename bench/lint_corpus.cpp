// Lint throughput (a measurement, not a test):
//
//   lint_corpus [-n N] [DIR|FILE...]
//
// reads every template under the given directories (default: the shared AWS
// sample corpus; every file but LICENSE.txt, recursively) into memory once,
// then N times (default 10) parses and lints all of them in this one process,
// and reports the fastest pass and the median: templates/s and MB/s, with
// the time split between parsing and checking. Files the parser rejects are
// counted (they cost parsing time too) but not linted.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "cfn/file.hpp"
#include "cfn/lint.hpp"
#include "cfn/parse.hpp"

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

struct Input {
  std::string name;
  std::string text;
};

struct Pass {
  double parse = 0;  // seconds
  double lint = 0;
  std::size_t findings = 0;
  std::size_t rejected = 0;
  [[nodiscard]] double total() const { return parse + lint; }
};

void collect(const fs::path& p, std::vector<Input>& out) {
  if (fs::is_directory(p)) {
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(p))
      if (e.is_regular_file() && e.path().filename() != "LICENSE.txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) out.push_back({f.string(), cfn::read_file(f)});
  } else {
    out.push_back({p.string(), cfn::read_file(p)});
  }
}

Pass run(const std::vector<Input>& inputs) {
  Pass pass;
  for (const Input& in : inputs) {
    const auto t0 = Clock::now();
    cfn::Document doc;
    try {
      doc = cfn::parse_document(in.text, in.name);
    } catch (const cfn::ParseError&) {
      pass.parse += std::chrono::duration<double>(Clock::now() - t0).count();
      ++pass.rejected;
      continue;
    }
    const auto t1 = Clock::now();
    pass.findings += cfn::lint(doc).size();
    const auto t2 = Clock::now();
    pass.parse += std::chrono::duration<double>(t1 - t0).count();
    pass.lint += std::chrono::duration<double>(t2 - t1).count();
  }
  return pass;
}

void report(const char* label, const Pass& p, std::size_t templates, double mb) {
  std::printf("%-7s %8.1f ms  (parse %7.1f ms, lint %7.1f ms)  %8.0f templates/s  %7.1f MB/s\n", label, p.total() * 1e3,
              p.parse * 1e3, p.lint * 1e3, static_cast<double>(templates) / p.total(), mb / p.total());
}

}  // namespace

int main(int argc, char** argv) {
  int iterations = 10;
  std::vector<fs::path> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "-n" && i + 1 < argc) {
      iterations = std::max(1, std::atoi(argv[++i]));
    } else if (a == "-h" || a == "--help") {
      std::printf("usage: lint_corpus [-n N] [DIR|FILE...]\n");
      return 0;
    } else {
      paths.emplace_back(a);
    }
  }
  if (paths.empty()) paths.emplace_back(fs::path(CFNPP_SHARED_DIR) / "corpus" / "aws-cloudformation-templates");

  std::vector<Input> inputs;
  try {
    for (const fs::path& p : paths) collect(p, inputs);
  } catch (const cfn::Error& e) {
    std::fprintf(stderr, "lint_corpus: %s\n", e.what());
    return 2;
  }
  std::size_t bytes = 0;
  for (const Input& in : inputs) bytes += in.text.size();
  const double mb = static_cast<double>(bytes) / 1e6;

  std::vector<Pass> passes;
  for (int i = 0; i < iterations; ++i) passes.push_back(run(inputs));
  std::sort(passes.begin(), passes.end(), [](const Pass& a, const Pass& b) { return a.total() < b.total(); });

  std::printf("%zu templates, %.2f MB (%zu rejected by the parser), %zu findings per pass, %d passes\n", inputs.size(),
              mb, passes.front().rejected, passes.front().findings, iterations);
  report("fastest", passes.front(), inputs.size(), mb);
  report("median", passes[passes.size() / 2], inputs.size(), mb);
  return 0;
}
