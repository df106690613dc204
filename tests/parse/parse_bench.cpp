// Parser throughput (not a test): `parse_bench [CORPUS_DIR]` parses every
// template of the corpus (default: the shared AWS sample corpus) a few times
// and reports MB/s for YAML and JSON; `parse_bench --large yaml|json MB`
// parses one generated template of that size and reports time and peak RSS,
// and for YAML also how long libyaml alone takes to produce the events of
// the same text (the reader's floor: cfnpp's part is the rest).
#include <sys/resource.h>
#include <yaml.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

#include "cfn/file.hpp"
#include "cfn/parse.hpp"
#include "parse/yaml_reader.hpp"
#include "support/large_template.hpp"

namespace fs = std::filesystem;

namespace {

double now() { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); }

// CPU seconds of this process, all its threads (a large template is read in
// parts at the same time): on a shared machine the wall clock also counts the
// time other processes had the cores, so the large-template figures give both.
double cpu_now() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

struct Spent {
  double wall = 0, cpu = 0;
};

template <typename F>
Spent timed(F&& f) {
  const double wall = now(), cpu = cpu_now();
  f();
  return {now() - wall, cpu_now() - cpu};
}

long peak_rss_mb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024;
}

int corpus(const fs::path& dir) {
  struct File {
    std::string name, text;
  };
  std::vector<File> files;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    const std::string ext = e.path().extension().string();
    if (e.is_regular_file() && (ext == ".yaml" || ext == ".yml" || ext == ".json" || ext == ".template"))
      files.push_back({e.path().string(), cfn::read_file(e.path())});
  }
  constexpr int kRounds = 5;
  double best[2] = {1e9, 1e9};  // Yaml, Json
  double bytes[2] = {0, 0};
  std::size_t count[2] = {0, 0}, failed = 0;
  double best_total = 1e9;
  for (int round = 0; round < kRounds; ++round) {
    double spent[2] = {0, 0};
    const double start = now();
    for (const File& f : files) {
      const double t0 = now();
      int kind = 0;
      try {
        kind = cfn::parse_document(f.text, f.name).format == cfn::Format::Json ? 1 : 0;
      } catch (const cfn::ParseError&) {
        if (round == 0) ++failed;
      }
      spent[kind] += now() - t0;
      if (round == 0) {
        bytes[kind] += static_cast<double>(f.text.size());
        ++count[kind];
      }
    }
    best_total = std::min(best_total, now() - start);
    for (int k = 0; k < 2; ++k) best[k] = std::min(best[k], spent[k]);
  }
  const char* names[2] = {"YAML", "JSON"};
  for (int k = 0; k < 2; ++k)
    std::printf("%s: %zu templates, %.2f MB in %.3f s: %.1f MB/s\n", names[k], count[k], bytes[k] / 1e6, best[k],
                bytes[k] / 1e6 / best[k]);
  std::printf("corpus: %zu templates (%zu rejected), %.2f MB in %.3f s (best of %d): %.1f MB/s, %.0f templates/s\n",
              files.size(), failed, (bytes[0] + bytes[1]) / 1e6, best_total, kRounds,
              (bytes[0] + bytes[1]) / 1e6 / best_total, static_cast<double>(files.size()) / best_total);
  return 0;
}

// The time libyaml's parser takes to deliver every event of `text`, doing nothing with them.
Spent libyaml_events_only(const std::string& text) {
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  const Spent spent = timed([&] {
    for (bool done = false; !done;) {
      yaml_event_t event;
      if (yaml_parser_parse(&parser, &event) == 0) break;
      done = event.type == YAML_STREAM_END_EVENT;
      yaml_event_delete(&event);
    }
  });
  yaml_parser_delete(&parser);
  return spent;
}

void print_rate(const char* what, const Spent& spent, double megabytes) {
  std::printf("%s in %.2f s (%.1f MB/s), %.2f CPU s (%.1f MB/s)", what, spent.wall, megabytes / spent.wall, spent.cpu,
              megabytes / spent.cpu);
}

int large(const std::string& format_name, std::size_t size_mib) {
  const cfn::Format format = format_name == "json" ? cfn::Format::Json : cfn::Format::Yaml;
  const std::string text = cfn::test::large_template(format, size_mib << 20);
  const long rss_before = peak_rss_mb();
  const double megabytes = static_cast<double>(text.size()) / 1e6;
  cfn::Document doc;
  const Spent parse = timed([&] { doc = cfn::parse_document(text, "large"); });
  std::printf("%s %.1f MB: %zu resources ", format_name.c_str(), megabytes,
              doc.root.as_map().at("Resources").as_map().size());
  print_rate("parsed", parse, megabytes);
  std::printf("; peak RSS %ld MB (%ld MB before parsing)\n", peak_rss_mb(), rss_before);
  if (format == cfn::Format::Yaml) {
    std::vector<cfn::DuplicateKey> duplicates;
    std::size_t parts = 0;
    const Spent whole = timed([&] { parts = cfn::detail::parser::read_yaml(text, duplicates).parts; });
    const Spent one = timed([&] {
      (void)cfn::detail::parser::read_yaml(text, duplicates, nullptr, {.min_part_bytes = 0, .max_parts = 1});
    });
    const Spent one_libyaml = timed([&] {
      (void)cfn::detail::parser::read_yaml(
          text, duplicates, nullptr,
          {.min_part_bytes = 0, .max_parts = 1, .scanner = cfn::detail::parser::Scanner::Libyaml});
    });
    std::printf("YAML reader alone, in %zu parts (the default)", parts);
    print_rate("", whole, megabytes);
    std::printf("\n");
    print_rate("YAML reader alone, read whole", one, megabytes);
    std::printf("\n");
    print_rate("YAML reader alone, read whole by libyaml (no block scanner)", one_libyaml, megabytes);
    std::printf("\n");
    print_rate("libyaml alone (events, nothing built)", libyaml_events_only(text), megabytes);
    std::printf("\n");
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    if (argc == 4 && std::string(argv[1]) == "--large") return large(argv[2], std::stoul(argv[3]));
    const fs::path dir =
        argc > 1 ? fs::path(argv[1]) : fs::path(CFNPP_SHARED_DIR) / "corpus" / "aws-cloudformation-templates";
    return corpus(dir);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "parse_bench: %s\n", e.what());
    return 2;
  }
}
