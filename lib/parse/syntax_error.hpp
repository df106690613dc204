// The error the readers throw inside the parser: a position and a reason.
// parse_document turns it into a cfn::ParseError carrying the file name.
#pragma once

#include <stdexcept>
#include <string>

#include "cfn/value.hpp"

namespace cfn::parser {

class SyntaxError : public std::runtime_error {
 public:
  SyntaxError(Mark mark, const std::string& reason) : std::runtime_error(reason), mark_(mark) {}
  [[nodiscard]] Mark mark() const noexcept { return mark_; }

 private:
  Mark mark_;
};

}  // namespace cfn::parser
