// The error the readers throw inside the parser: a position and a reason.
// parse_document turns it into a cfn::ParseError carrying the file name.
#pragma once

#include <string>

#include "cfn/error.hpp"
#include "cfn/value.hpp"

namespace cfn::detail::parser {

class SyntaxError : public Error {
 public:
  SyntaxError(Mark mark, const std::string& reason) : Error(reason), mark_(mark) {}
  [[nodiscard]] Mark mark() const noexcept { return mark_; }

 private:
  Mark mark_;
};

}  // namespace cfn::detail::parser
