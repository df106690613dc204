#include "cfn/diff.hpp"
#include "diff/output.hpp"

namespace cfn {

std::string format_diff(const TemplateDiff& diff, DiffFormat format, const DiffOutputOptions& options) {
  switch (format) {
    case DiffFormat::Text:
      return detail::diff::text_output(diff, options);
    case DiffFormat::Markdown:
      return detail::diff::markdown_output(diff, options);
    case DiffFormat::Json:
      return detail::diff::json_output(diff, options);
  }
  return {};
}

}  // namespace cfn
