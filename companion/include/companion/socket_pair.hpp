// A modern face for socketpair(2): descriptors owned by RAII, the flags of
// the page as a typed enum, failures as std::error_code whose category and
// messages come from the page (man::socketpair, generated at build time from
// pages/socketpair.2).
#pragma once

#include <man/socketpair.hpp>

#include <optional>
#include <system_error>
#include <utility>

namespace companion {

// Owns one file descriptor and closes it once.
class unique_fd {
 public:
  unique_fd() noexcept = default;
  explicit unique_fd(int fd) noexcept : fd_(fd) {}
  unique_fd(unique_fd&& other) noexcept : fd_(other.release()) {}
  unique_fd& operator=(unique_fd&& other) noexcept {
    if (this != &other) reset(other.release());
    return *this;
  }
  unique_fd(const unique_fd&) = delete;
  unique_fd& operator=(const unique_fd&) = delete;
  ~unique_fd() { reset(); }

  int get() const noexcept { return fd_; }
  explicit operator bool() const noexcept { return fd_ >= 0; }
  // Gives up ownership without closing.
  int release() noexcept { return std::exchange(fd_, -1); }
  // Closes the descriptor held, if any, and holds fd instead.
  void reset(int fd = -1) noexcept;

 private:
  int fd_ = -1;
};

// A value or the error that prevented it.
template <class T>
class result {
 public:
  result(T value) : value_(std::move(value)) {}
  result(std::error_code error) : error_(error) {}

  bool has_value() const noexcept { return value_.has_value(); }
  explicit operator bool() const noexcept { return has_value(); }
  std::error_code error() const noexcept { return error_; }
  // The value; throws std::system_error carrying error() when there is none.
  T& value() & {
    if (!value_) throw std::system_error(error_);
    return *value_;
  }
  T&& value() && { return std::move(value()); }

 private:
  std::optional<T> value_;
  std::error_code error_;
};

using socket_flags = man::socketpair::type_flags;
using errc = man::socketpair::errc;

struct socket_pair {
  unique_fd first;
  unique_fd second;
};

// Creates a pair of connected sockets.  type is SOCK_STREAM, SOCK_DGRAM or
// SOCK_SEQPACKET; flags (SOCK_CLOEXEC, SOCK_NONBLOCK) apply to both ends.
result<socket_pair> make_socket_pair(int domain, int type, socket_flags flags = {}, int protocol = 0);

// The call itself, for callers that own the array: fills sv[0] and sv[1],
// or returns the error (of man::socketpair's category) and leaves them.
std::error_code socketpair_into(int domain, int type, int protocol, int* sv) noexcept;

}  // namespace companion
