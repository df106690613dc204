// cfnpp import: a parsed template as the C++ program that builds it again
// with cfnpp (typed classes, handles, the Fn::Sub escaper for user data),
// falling back to the raw forms (add_resource, set_property, cfn::Value
// literals) where the typed model cannot say what the template says.
#pragma once

#include <string>
#include <vector>

#include "cfn/document.hpp"

namespace cfn::detail::importer {

/// The program, and what it cannot carry over.
struct ImportedProgram {
  std::string code;  ///< a complete C++20 program: main() prints the template (cfn::write_or_report)
  /// Parts of the template no builder call can write ("Resources.Web.Version: ..."), in document order;
  /// each is also a comment in `code`. Empty: the program prints the template again.
  std::vector<std::string> lost;
  int raw_fallbacks = 0;  ///< places written in a raw form (set_property, add_resource, cfn::Fn), each with a comment
};

/// The program for `doc` (a parsed template; its root is a map).
[[nodiscard]] ImportedProgram to_cpp(const Document& doc);

}  // namespace cfn::detail::importer
