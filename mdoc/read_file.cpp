#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

#include "mdoc/parse.hpp"

namespace mdoc {

// Reads through zlib, which passes plain files through unchanged, so one
// path serves both "foo.2" and "foo.2.gz".
bool read_file(const std::string& path, std::string& bytes, std::string& error) {
  struct stat st{};
  if (stat(path.c_str(), &st) != 0) {
    error = std::strerror(errno);
    return false;
  }
  if (S_ISDIR(st.st_mode)) {
    error = "Is a directory";
    return false;
  }
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) {
    error = errno ? std::strerror(errno) : "cannot open";
    return false;
  }
  bytes.clear();
  char buf[1 << 16];
  for (;;) {
    int n = gzread(f, buf, sizeof buf);
    if (n < 0) {
      int zerr = 0;
      const char* msg = gzerror(f, &zerr);
      error = zerr == Z_ERRNO ? std::strerror(errno) : msg;
      gzclose(f);
      return false;
    }
    if (n == 0) break;
    bytes.append(buf, static_cast<std::size_t>(n));
    // /dev/zero or a gzip bomb would otherwise fill memory before parse()
    // could apply its own input limit.
    if (bytes.size() > Limits{}.input_size) {
      error = "File too large";
      gzclose(f);
      return false;
    }
  }
  gzclose(f);
  return true;
}

}  // namespace mdoc
