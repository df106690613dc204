// Rewrites tests/lint/bad/*.expected with what cfn::lint finds now (target
// update-snapshots). Review the diff before committing it: the test compares
// with these files and never writes them.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cfn/error.hpp"
#include "support/lint_snapshot.hpp"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: update_snapshots DIR (tests/lint/bad)\n";
    return 2;
  }
  try {
    std::vector<fs::path> templates;
    for (const auto& e : fs::directory_iterator(argv[1])) {
      const std::string ext = e.path().extension().string();
      if (e.is_regular_file() && (ext == ".yaml" || ext == ".yml" || ext == ".json")) templates.push_back(e.path());
    }
    std::sort(templates.begin(), templates.end());
    int changed = 0;
    for (const fs::path& file : templates) {
      fs::path expected = file;
      expected.replace_extension(".expected");
      cfn::test::Snapshot old;
      if (fs::exists(expected)) old = cfn::test::read_snapshot(expected);
      std::string text;
      for (const std::string& comment : old.comments)
        if (!comment.starts_with("# The findings of ")) text += comment + "\n";
      text = "# The findings of " + file.filename().string() +
             ", in lint order: LINE:COL CODE: message (tests/support/lint_snapshot.hpp; "
             "written by the target update-snapshots)\n" +
             text;
      for (const std::string& line : cfn::test::lint_snapshot(file, old.pad_to)) text += line + "\n";
      if (fs::exists(expected) && cfn::read_file(expected) == text) continue;
      cfn::write_file_atomically(expected, text);
      std::cout << "updated " << expected.string() << '\n';
      ++changed;
    }
    std::cout << changed << " of " << templates.size() << " snapshots changed\n";
    return 0;
  } catch (const cfn::Error& e) {
    std::cerr << "update_snapshots: " << e.what() << '\n';
    return 2;
  }
}
