// Compares two templates by meaning and prints, as Markdown (for a pull
// request comment), what CloudFormation would do to a stack deployed from OLD
// when NEW replaces it. Exit 0: no change; 1: changes; 2: unreadable.
//
//   diff_templates old/Stack.yaml templates/Stack.yaml
#include <cfn/diff.hpp>
#include <cfn/parse.hpp>
#include <iostream>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: diff_templates OLD NEW\n";
    return 2;
  }
  try {
    const cfn::Document old_doc = cfn::parse_file(argv[1]);
    const cfn::Document new_doc = cfn::parse_file(argv[2]);
    const cfn::TemplateDiff diff = cfn::diff_templates(old_doc.root, new_doc.root);
    std::cout << cfn::format_diff(diff, cfn::DiffFormat::Markdown, {.old_name = argv[1], .new_name = argv[2]});
    return diff.empty() ? 0 : 1;
  } catch (const cfn::Error& e) {
    std::cerr << e.what() << '\n';
    return 2;
  }
}
