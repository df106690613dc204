// Everything the YAML reader gives for a text (values with the marks of every
// node and key, the first comment, 1.1/1.2 notes, duplicates, unknown tags)
// or its error, as one text, so that two readings compare in one REQUIRE.
#pragma once

#include <fmt/format.h>

#include <optional>
#include <string>
#include <vector>

#include "cfn/parse.hpp"
#include "cfn/value.hpp"
#include "parse/syntax_error.hpp"
#include "parse/yaml_reader.hpp"

namespace cfn::test {

// Everything a reading gives, marks included, as text; or the error.
struct Reading {
  std::string what;
  std::optional<cfn::Value> root;  // compared as data besides
  std::size_t parts = 1;
};

inline void describe(const cfn::Value& v, std::string& out) {
  out += fmt::format("@{}:{} ", v.mark().line, v.mark().column);
  if (v.is_map()) {
    out += "{";
    for (const cfn::Member& m : v.as_map()) {
      out += fmt::format("{:?}@{}:{}: ", m.key, m.key_mark.line, m.key_mark.column);
      describe(m.value, out);
      out += ", ";
    }
    out += "}";
  } else if (v.is_list()) {
    out += "[";
    for (const cfn::Value& item : v.as_list()) {
      describe(item, out);
      out += ", ";
    }
    out += "]";
  } else if (v.is_fn()) {
    out += fmt::format("fn{}(", static_cast<int>(v.as_fn().kind()));
    describe(v.as_fn().argument(), out);
    out += ")";
  } else {
    out += fmt::format("{}:{:?}", static_cast<int>(v.kind()), v.is_string() ? v.as_string() : "");
  }
}

inline Reading read(const std::string& text, const cfn::detail::parser::ReadPolicy& policy, bool collect_unknown_tags) {
  std::vector<cfn::DuplicateKey> duplicates;
  std::vector<cfn::UnknownTag> unknown;
  Reading r;
  try {
    const auto doc =
        cfn::detail::parser::read_yaml(text, duplicates, collect_unknown_tags ? &unknown : nullptr, policy);
    r.parts = doc.parts;
    r.root = doc.root;
    if (doc.root) describe(*doc.root, r.what);
    r.what += fmt::format("\ncomment {}\n", doc.first_comment ? static_cast<long>(*doc.first_comment) : -1L);
    for (const auto& s : doc.version_dependent_scalars)
      r.what += fmt::format("1.1/1.2 {:?} @{}:{}\n", s.text, s.mark.line, s.mark.column);
  } catch (const cfn::detail::parser::SyntaxError& e) {
    r.what = fmt::format("error @{}:{} {}", e.mark().line, e.mark().column, e.what());
  }
  for (const auto& d : duplicates)
    r.what += fmt::format("duplicate {:?} @{}:{} @{}:{}\n", d.key, d.first.line, d.first.column, d.duplicate.line,
                          d.duplicate.column);
  for (const auto& u : unknown) r.what += fmt::format("unknown {} @{}:{}\n", u.tag, u.mark.line, u.mark.column);
  return r;
}

}  // namespace cfn::test
