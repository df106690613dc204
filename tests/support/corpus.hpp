// The AWS sample templates in ../shared/corpus, for parser, round-trip,
// format and false-positive tests.
#pragma once

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace cfn::test {

inline const std::filesystem::path kCorpus =
    std::filesystem::path(CFNPP_SHARED_DIR) / "corpus" / "aws-cloudformation-templates";

/// Every file of the corpus but its licence, recursively, sorted.
inline std::vector<std::filesystem::path> corpus_templates() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(kCorpus))
    if (entry.is_regular_file() && entry.path().filename() != "LICENSE.txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

/// "EC2/EC2InstanceWithSecurityGroupSample.yaml": a corpus file's name in messages and lists.
inline std::string corpus_name(const std::filesystem::path& file) {
  return std::filesystem::relative(file, kCorpus).generic_string();
}

}  // namespace cfn::test
