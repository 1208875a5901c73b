#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "mdoc/parse.hpp"

namespace mdoc {
namespace {

// A file descriptor closed on every way out.
struct OpenFile {
  int fd;
  ~OpenFile() {
    if (fd >= 0) ::close(fd);
  }
};

// Makes bytes n bytes long, the new ones to be overwritten by a read: where
// the library has C++23's resize_and_overwrite (this file is compiled as
// C++23 when the compiler can), they are not zero-filled first.  The zeros
// would all be overwritten, and writing them cost about one instruction per
// byte of the page (1.2% of rendering the benchmark sample as text).
void grow_for_reading(std::string& bytes, std::size_t n) {
#if defined(__cpp_lib_string_resize_and_overwrite)
  bytes.resize_and_overwrite(n, [](char*, std::size_t size) { return size; });
#else
  bytes.resize(n);
#endif
}

// Reads the whole file into bytes, in one read when it is a regular file
// (its size is known); refuses more than Limits::input_size so that
// /dev/zero cannot fill memory before parse() applies its own limit.
bool read_all(int fd, const struct stat& st, std::string& bytes, std::string& error) {
  const std::size_t limit = Limits{}.input_size;
  std::size_t expected = S_ISREG(st.st_mode) ? static_cast<std::size_t>(st.st_size) : 0;
  bytes.clear();
  // One byte more than expected: a file that grew, or EOF, shows at once.
  grow_for_reading(bytes, std::min(expected, limit) + 1 + (expected == 0 ? 64 * 1024 : 0));
  std::size_t used = 0;
  for (;;) {
    if (used == bytes.size()) grow_for_reading(bytes, std::min(bytes.size() * 2, limit + 1));
    ssize_t n = ::read(fd, bytes.data() + used, bytes.size() - used);
    if (n < 0) {
      if (errno == EINTR) continue;
      error = std::strerror(errno);
      return false;
    }
    if (n == 0) break;
    used += static_cast<std::size_t>(n);
    if (used > limit) {
      error = "File too large";
      return false;
    }
  }
  bytes.resize(used);
  return true;
}

bool is_gzip(std::string_view bytes) { return bytes.size() >= 2 && bytes[0] == '\x1f' && bytes[1] == '\x8b'; }

// Decompresses gzip data (one member or several in a row, as gzip(1)
// writes them) under the same size limit.
bool gunzip(std::string_view in, std::string& out, std::string& error) {
  const std::size_t limit = Limits{}.input_size;
  z_stream z{};
  if (inflateInit2(&z, 15 + 16) != Z_OK) {
    error = "out of memory";
    return false;
  }
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());  // in is below the input limit, far below 4 GiB
  out.clear();
  std::size_t used = 0;
  int rc = Z_OK;
  for (;;) {
    if (used == out.size()) out.resize(std::min(std::max<std::size_t>(out.size() * 2, in.size() * 4), limit + 1));
    z.next_out = reinterpret_cast<Bytef*>(out.data() + used);
    z.avail_out = static_cast<uInt>(out.size() - used);
    rc = inflate(&z, Z_NO_FLUSH);
    used = out.size() - z.avail_out;
    if (used > limit) {
      error = "File too large";
      break;
    }
    if (rc == Z_STREAM_END) {
      // Another member follows: go on with it; anything else ends the data.
      if (!is_gzip(std::string_view(reinterpret_cast<const char*>(z.next_in), z.avail_in))) break;
      inflateReset(&z);
      continue;
    }
    if (rc == Z_OK) continue;
    if (rc == Z_BUF_ERROR && z.avail_out > 0) {
      error = "unexpected end of file";  // truncated: no more input, stream not ended
    } else if (rc != Z_BUF_ERROR) {
      error = z.msg ? z.msg : "invalid compressed data";
    } else {
      continue;  // only the output was full
    }
    break;
  }
  inflateEnd(&z);
  if (!error.empty()) return false;
  out.resize(used);
  return true;
}

}  // namespace

// Reads a page, plain or gzip-compressed; compression is recognised by the
// data's magic bytes, as gzip(1) does, not by the file's name.  A plain file
// is read straight into bytes: through zlib's gzread every page cost zlib's
// stream set-up and a copy per buffer (1.4% of rendering a page as text).
bool read_file(const std::string& path, std::string& bytes, std::string& error) {
  error.clear();
  OpenFile file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  if (file.fd < 0) {
    error = std::strerror(errno);
    return false;
  }
  struct stat st{};
  if (::fstat(file.fd, &st) != 0) {
    error = std::strerror(errno);
    return false;
  }
  if (S_ISDIR(st.st_mode)) {
    error = "Is a directory";
    return false;
  }
  if (!read_all(file.fd, st, bytes, error)) return false;
  if (!is_gzip(bytes)) return true;
  std::string compressed = std::move(bytes);
  return gunzip(compressed, bytes, error);
}

}  // namespace mdoc
