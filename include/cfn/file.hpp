// Reading and writing template files. Writes are atomic: the content goes to
// a temporary file in the same directory, which is renamed over the target,
// so a failure never leaves a truncated or clobbered file.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace cfn {

/// The whole file; throws cfn::Error "PATH: reason" when it cannot be read.
[[nodiscard]] std::string read_file(const std::filesystem::path& path);

/// Replaces `path` with `content` atomically, keeping the permissions of an
/// existing file. Throws cfn::Error "PATH: reason"; the target is then untouched.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

}  // namespace cfn
