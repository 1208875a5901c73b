#include "companion/socket_pair.hpp"

#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace companion {

void unique_fd::reset(int fd) noexcept {
  // close(2) releases the descriptor even when it reports EINTR on Linux:
  // retrying could close a descriptor another thread just received.
  if (fd_ >= 0) ::close(fd_);
  fd_ = fd;
}

std::error_code socketpair_into(int domain, int type, int protocol, int* sv) noexcept {
  int r = ::socketpair(domain, type, protocol, sv);
  if (r == man::socketpair::socketpair_returns.success) return {};
  return man::socketpair::errno_code(errno);
}

result<socket_pair> make_socket_pair(int domain, int type, socket_flags flags, int protocol) {
  int sv[2] = {-1, -1};
  if (auto error = socketpair_into(domain, type | man::socketpair::to_underlying(flags), protocol, sv)) return error;
  return socket_pair{unique_fd(sv[0]), unique_fd(sv[1])};
}

}  // namespace companion
