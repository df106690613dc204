#include "cfn/diff.hpp"
#include "diff/output.hpp"

namespace cfn {

std::string format_diff(const TemplateDiff& diff, DiffFormat format, const DiffOutputOptions& options) {
  switch (format) {
    case DiffFormat::Text:
      return diff_detail::text_output(diff, options);
    case DiffFormat::Markdown:
      return diff_detail::markdown_output(diff, options);
    case DiffFormat::Json:
      return diff_detail::json_output(diff, options);
  }
  return {};
}

}  // namespace cfn
