// The lint snapshots of tests/lint/bad/: NAME.expected holds every finding of
// NAME.{yaml,json} as "LINE:COL CODE: message", in the order cfn::lint sorts
// them, after comment lines ("# ..."). "# pad-to-bytes: N" pads the template
// with a YAML comment to N bytes before it is checked, so the size rules
// (E1002, W1002) are tested without checking in a megabyte.
//
// The test (lint/templates_test.cpp) only compares; lint/update_snapshots.cpp (target
// update-snapshots) rewrites the files, and its diff is reviewed.
#pragma once

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "cfn/file.hpp"
#include "cfn/lint.hpp"
#include "cfn/parse.hpp"

namespace cfn::test {

struct Snapshot {
  std::vector<std::string> comments;  // the "# ..." lines, kept by the update
  std::vector<std::string> lines;     // "LINE:COL CODE: message"
  std::size_t pad_to = 0;
};

inline Snapshot read_snapshot(const std::filesystem::path& file) {
  Snapshot s;
  std::istringstream in(read_file(file));
  std::string line;
  while (std::getline(in, line)) {
    if (line.starts_with("# pad-to-bytes:")) s.pad_to = std::stoul(line.substr(15));
    if (line.starts_with('#'))
      s.comments.push_back(line);
    else if (!line.empty())
      s.lines.push_back(line);
  }
  return s;
}

/// What cfn::lint finds in `file` (padded to `pad_to` bytes), read as `cfnpp lint` reads it, one snapshot line each.
inline std::vector<std::string> lint_snapshot(const std::filesystem::path& file, std::size_t pad_to) {
  std::string text = read_file(file);
  if (text.size() + 2 < pad_to) text += "#" + std::string(pad_to - text.size() - 2, 'x') + "\n";
  const Document doc = parse_document(text, file.filename().string(), {.unknown_tags = UnknownTags::ReadAsLongForm});
  std::vector<std::string> out;
  for (const Finding& f : lint(doc))
    out.push_back(std::to_string(f.mark.line) + ":" + std::to_string(f.mark.column) + " " + std::string(f.code) + ": " +
                  f.message);
  return out;
}

/// "CODE" of a snapshot line.
inline std::string code_of(const std::string& line) {
  const std::size_t space = line.find(' ');
  return line.substr(space + 1, line.find(':', space) - space - 1);
}

}  // namespace cfn::test
