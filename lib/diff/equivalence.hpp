// When two (normalised) values mean the same to CloudFormation.
#pragma once

#include "cfn/value.hpp"

namespace cfn::diff_detail {

enum class Comparison : unsigned char {
  /// Scalars compare by the text CloudFormation hands on: '80' == 80,
  /// "true" == true, 80 == 80.0; null equals only null.
  Text,
  /// JSON values (policy documents, event patterns, Metadata): the kinds
  /// count ("80" != 80), as in Value::operator== (80 == 80.0).
  Json,
};

[[nodiscard]] bool equivalent(const Value& a, const Value& b, Comparison how);

/// The text of a scalar as CloudFormation passes it on ("true", "80", "0.5").
[[nodiscard]] std::string scalar_text(const Value& scalar);

}  // namespace cfn::diff_detail
