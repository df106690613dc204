// Reads a template (YAML or JSON, as CloudFormation reads it) and prints its
// findings as `cfnpp lint` does. Exit 0: no error; 1: errors; 2: unreadable.
//
//   lint_template templates/Stack.yaml
#include <cfn/lint.hpp>
#include <cfn/parse.hpp>
#include <iostream>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: lint_template FILE\n";
    return 2;
  }
  try {
    // As cfnpp lint reads: a tag CloudFormation does not know is a finding (E0000), not the end.
    const cfn::Document doc = cfn::parse_file(argv[1], {.unknown_tags = cfn::UnknownTags::ReadAsLongForm});
    int errors = 0;
    for (const cfn::Finding& finding : cfn::lint(doc)) {
      std::cout << cfn::format_finding(finding, doc.file) << '\n';
      if (finding.severity == cfn::Severity::Error) ++errors;
    }
    return errors == 0 ? 0 : 1;
  } catch (const cfn::Error& e) {  // "FILE:LINE:COL: reason"
    std::cerr << e.what() << '\n';
    return 2;
  }
}
