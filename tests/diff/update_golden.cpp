// Rewrites tests/diff/golden/ with what the diff prints now (target
// update-snapshots). Review the diff before committing it: the test compares
// with these files and never writes them.
#include <iostream>

#include "cfn/error.hpp"
#include "support/diff_golden.hpp"

int main() {
  try {
    for (const auto& [name, text] : cfn::test::diff_golden_outputs()) {
      const std::string path = cfn::test::kDiffGoldenDir + name;
      if (cfn::read_file(path) == text) continue;
      cfn::write_file_atomically(path, text);
      std::cout << "updated " << path << '\n';
    }
    return 0;
  } catch (const cfn::Error& e) {
    std::cerr << "update_golden: " << e.what() << '\n';
    return 2;
  }
}
