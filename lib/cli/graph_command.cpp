// cfnpp graph FILE: the template as a picture (cfn/graph.hpp): Graphviz DOT,
// a Mermaid flowchart, or SVG drawn by Graphviz's dot when it is installed.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <ostream>

#include "cfn/file.hpp"
#include "cfn/graph.hpp"
#include "cfn/parse.hpp"
#include "cli/cli.hpp"
#include "cli/options.hpp"

extern char** environ;

namespace cfn::detail::cli {
namespace {

/// A directory of its own under the system's temporary directory, removed with the object.
class ScratchDirectory {
 public:
  ScratchDirectory() {
    std::string pattern = (std::filesystem::temp_directory_path() / "cfnpp-graph-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr)
      throw UsageError("graph: cannot create a temporary directory: " + std::string(std::strerror(errno)));
    path_ = pattern;
  }
  ~ScratchDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;
  [[nodiscard]] std::filesystem::path operator/(std::string_view name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

/// The first line of what a program printed on its error stream, for a message.
std::string first_line(const std::string& text) {
  const std::string line = text.substr(0, text.find('\n'));
  return line.empty() ? "no message" : line;
}

/// The SVG that Graphviz's `dot` (found on PATH) draws of `dot_text`.
std::string render_svg(const std::string& dot_text) {
  const ScratchDirectory scratch;
  const std::string input = (scratch / "graph.dot").string();
  const std::string output = (scratch / "graph.svg").string();
  const std::string errors = (scratch / "errors").string();
  write_file_atomically(input, dot_text);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errors.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  std::string program = "dot";
  std::string format = "-Tsvg";
  std::string file = input;
  char* argv[] = {program.data(), format.data(), file.data(), nullptr};
  pid_t pid = 0;
  const int spawned = ::posix_spawnp(&pid, "dot", &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned == ENOENT)
    throw UsageError(
        "graph: --format svg runs Graphviz's dot, which is not on PATH (Debian: apt-get install graphviz); "
        "--format dot or mermaid need nothing else");
  if (spawned != 0) throw UsageError("graph: cannot run dot: " + std::string(std::strerror(spawned)));
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) throw UsageError("graph: waiting for dot: " + std::string(std::strerror(errno)));
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    const std::string how = WIFEXITED(status) ? "exit " + std::to_string(WEXITSTATUS(status))
                                              : "signal " + std::to_string(WTERMSIG(status));
    throw UsageError("graph: dot failed (" + how + "): " + first_line(read_file(errors)));
  }
  return read_file(output);
}

}  // namespace

int run_graph(std::span<const std::string> args, Io& io) {
  OptionSet options(
      "cfnpp graph",
      "Draw a template (YAML or JSON): a box per resource with its logical id and type, grouped by\n"
      "service; an arrow from a resource to each resource it refers to (Ref, GetAtt, Sub: solid,\n"
      "labelled with the attributes; DependsOn: dashed); a resource with a Condition dashed, with its\n"
      "condition's name. The output is sorted: the same template gives the same bytes.\n"
      "--format dot (Graphviz), mermaid (a flowchart, as GitHub renders it), or svg (drawn by Graphviz's\n"
      "dot, which must be on PATH). Exit status: 0 drawn, 2 unreadable input or usage error.");
  options.text("format", "dot, mermaid or svg", "dot")
      .text("o,output", "the file to write (atomically) instead of standard output")
      .flag("show-parameters", "draw the parameters too, with an arrow from each resource that uses one")
      .flag("show-outputs", "draw the outputs too, with an arrow to each resource an output uses")
      .positional("file", "the template", "FILE|-");
  const auto parsed = parse_options(options, "graph", args, io);
  if (!parsed) return kOk;
  const auto& result = *parsed;
  const std::string format = result.text("format");
  if (format != "dot" && format != "mermaid" && format != "svg")
    throw UsageError("graph: --format must be dot, mermaid or svg, not '" + format + "'");
  if (!result.count("file") || result.texts("file").size() != 1)
    throw UsageError("graph: expected exactly one FILE (or - for standard input)");
  const std::string path = result.texts("file").front();

  const Document document = parse_document(read_input(path, io), path);  // "FILE:LINE:COL: reason"
  const TemplateView view(document);
  GraphOptions graph_options;
  graph_options.parameters = result.count("show-parameters") != 0;
  graph_options.outputs = result.count("show-outputs") != 0;
  const TemplateGraph graph = template_graph(view, graph_options);
  std::string text = format == "mermaid" ? mermaid_flowchart(graph) : to_dot(graph);
  if (format == "svg") text = render_svg(text);
  if (result.count("output")) {
    write_file_atomically(result.text("output"), text);  // cfn::Error "PATH: reason"
  } else {
    io.out << text;
  }
  return kOk;
}

}  // namespace cfn::detail::cli
