#include "cfn/file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <istream>
#include <string>
#include <system_error>
#include <utility>

#include "cfn/error.hpp"

namespace cfn {
namespace {

[[noreturn]] void fail(const std::filesystem::path& path, std::string_view what, int err) {
  throw Error(path.string() + ": " + std::string(what) + ": " + std::strerror(err));
}

[[noreturn]] void too_large(std::string_view name, std::size_t max_bytes) {
  const std::string limit =
      max_bytes % (1 << 20) == 0 ? std::to_string(max_bytes >> 20) + " MiB" : std::to_string(max_bytes) + " bytes";
  throw Error(std::string(name) + ": larger than " + limit + ", the most cfnpp reads");
}

constexpr std::size_t kChunk = std::size_t{1} << 16;

// Room for `want` more bytes, the capacity never above max_bytes + 1: the
// string's own growth (also in reserve) doubles, to twice the limit (512 MiB
// for /dev/zero). A new string reserved at the size wanted gets exactly it.
void make_room(std::string& content, std::size_t want, std::size_t max_bytes) {
  const std::size_t need = content.size() + want;
  if (need <= content.capacity()) return;
  std::string larger;
  larger.reserve(std::min(std::max(need, 2 * content.capacity()), max_bytes + 1));
  larger = content;
  content.swap(larger);
}

// Closes a file descriptor on every path out of a scope.
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  [[nodiscard]] int get() const noexcept { return fd_; }
  int release() noexcept { return std::exchange(fd_, -1); }

 private:
  int fd_;
};

}  // namespace

std::string read_file(const std::filesystem::path& path, std::size_t max_bytes) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) fail(path, "cannot open", errno);
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) fail(path, "cannot stat", errno);
  if (S_ISDIR(st.st_mode)) throw Error(path.string() + ": is a directory");
  std::string content;
  if (S_ISREG(st.st_mode)) {
    const auto size = static_cast<std::size_t>(st.st_size);
    if (size > max_bytes) too_large(path.string(), max_bytes);
    content.reserve(size);
  }
  // Never more than max_bytes + 1: enough to tell a larger input (a file
  // growing as it is read, a device, a FIFO) without holding it.
  while (content.size() <= max_bytes) {
    const std::size_t old_size = content.size();
    const std::size_t want = std::min(kChunk, max_bytes + 1 - old_size);
    make_room(content, want, max_bytes);
    content.resize(old_size + want);
    const ssize_t n = ::read(fd.get(), content.data() + old_size, want);
    if (n < 0) {
      content.resize(old_size);
      if (errno == EINTR) continue;
      fail(path, "cannot read", errno);
    }
    content.resize(old_size + static_cast<std::size_t>(n));
    if (n == 0) return content;
  }
  too_large(path.string(), max_bytes);
}

std::string read_stream(std::istream& in, std::string_view name, std::size_t max_bytes) {
  std::string content;
  std::streambuf* buffer = in.rdbuf();
  try {
    while (buffer != nullptr && content.size() <= max_bytes) {
      const std::size_t old_size = content.size();
      const std::size_t want = std::min(kChunk, max_bytes + 1 - old_size);
      make_room(content, want, max_bytes);
      content.resize(old_size + want);
      const std::streamsize n = buffer->sgetn(content.data() + old_size, static_cast<std::streamsize>(want));
      content.resize(old_size + static_cast<std::size_t>(std::max<std::streamsize>(n, 0)));
      if (n <= 0) return content;
    }
  } catch (const std::ios_base::failure& e) {  // libstdc++'s file buffers throw on a read error (EBADF, EISDIR)
    const std::string reason =
        e.code().category() == std::system_category() || e.code().category() == std::generic_category()
            ? e.code().message()
            : std::string(e.what());
    throw Error(std::string(name) + ": cannot read: " + reason);
  }
  if (buffer == nullptr) return content;
  too_large(name, max_bytes);
}

namespace {

// The file `path` names: itself, or what its chain of symbolic links ends at
// (which need not exist yet: a dangling link is written through too).
std::filesystem::path resolve_links(const std::filesystem::path& path) {
  std::filesystem::path file = path;
  for (int hops = 0; hops < 40; ++hops) {  // Linux's own limit on links followed
    struct stat st {};
    if (::lstat(file.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return file;
    std::error_code ec;
    const std::filesystem::path target = std::filesystem::read_symlink(file, ec);
    if (ec) fail(path, "cannot read the symbolic link " + file.string(), ec.value());
    file = target.is_absolute() ? target : file.parent_path() / target;
  }
  fail(path, "cannot follow", ELOOP);
}

}  // namespace

std::filesystem::path write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  const std::filesystem::path file = resolve_links(path);
  struct stat existing {};
  const bool exists = ::stat(file.c_str(), &existing) == 0;
  if (exists && S_ISDIR(existing.st_mode)) throw Error(path.string() + ": is a directory");
  if (exists && existing.st_nlink > 1)
    throw Error(path.string() + ": has " + std::to_string(existing.st_nlink) +
                " hard links; replacing it would leave the others with the old text (write to a new file, or "
                "break the links first)");
  const std::filesystem::path dir = file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
  std::string temp_name(1, '.');
  temp_name += file.filename().string();
  temp_name += ".tmp.XXXXXX";
  std::string temp = (dir / temp_name).string();
  Fd fd(::mkstemp(temp.data()));
  if (fd.get() < 0) fail(path, "cannot create a temporary file in " + dir.string(), errno);

  // From here on, any failure removes the temporary file and leaves `path` as it was.
  const auto abandon = [&](std::string_view what, int err) {
    ::unlink(temp.c_str());
    fail(path, what, err);
  };
  if (::fchmod(fd.get(), exists ? (existing.st_mode & 07777) : 0644) != 0) abandon("cannot set permissions", errno);
  // The owner too (a file of another user, rewritten by root, stays theirs);
  // one that cannot be kept is an error, not a silent change.
  if (exists && ::fchown(fd.get(), existing.st_uid, existing.st_gid) != 0) abandon("cannot keep the owner", errno);
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd.get(), content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      abandon("cannot write", errno);
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd.get()) != 0) abandon("cannot sync", errno);
  if (::close(fd.release()) != 0) abandon("cannot close", errno);
  if (::rename(temp.c_str(), file.c_str()) != 0) abandon("cannot replace", errno);
  return file;
}

}  // namespace cfn
