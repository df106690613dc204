/// @file
/// Reading and writing template files. Writes are atomic: the content goes to
/// a temporary file in the same directory, which is renamed over the target,
/// so a failure never leaves a truncated or clobbered file.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>

#include "cfn/limits.hpp"

namespace cfn {

/// The whole file, when it holds at most `max_bytes`. Throws cfn::Error
/// "PATH: reason" when it cannot be opened or read, is a directory, or is
/// larger: a regular file by its size, anything else (a device such as
/// /dev/zero, a FIFO) after reading at most `max_bytes` + 1 bytes.
[[nodiscard]] std::string read_file(const std::filesystem::path& path, std::size_t max_bytes = limits::kInputBytes);

/// The rest of `in`, read the same way, named `name` in errors ("-: reason"):
/// a closed standard input, a directory on it, or a read error is a
/// cfn::Error, never a stream exception.
[[nodiscard]] std::string read_stream(std::istream& in, std::string_view name,
                                      std::size_t max_bytes = limits::kInputBytes);

/// Replaces `path` with `content` atomically (a temporary file beside it,
/// renamed over it), keeping an existing file's permissions and owner.
/// A symbolic link is written through: the file it names (following a chain
/// of links) is replaced, beside itself, and the link stays a link. A file
/// with several hard links is refused: a rename would split them, leaving
/// the other names with the old text. Returns the file written (`path`, or
/// the link's target). Throws cfn::Error "PATH: reason"; nothing is then changed.
std::filesystem::path write_file_atomically(const std::filesystem::path& path, std::string_view content);

}  // namespace cfn
