// The companion library against the real kernel: every error socketpair(2)
// documents is provoked for real, and the error carries the page's words.
#include <ostream>  // before doctest: failures print error codes with operator<<

#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "companion/socket_pair.hpp"

using companion::errc;
using companion::socket_flags;

namespace {

bool is_open(int fd) { return ::fcntl(fd, F_GETFD) != -1 || errno != EBADF; }

// Lowers the soft RLIMIT_NOFILE for its lifetime, so that exactly one more
// descriptor can be opened: socketpair(2) needs two.
class OneDescriptorLeft {
 public:
  OneDescriptorLeft() {
    REQUIRE(::getrlimit(RLIMIT_NOFILE, &saved_) == 0);
    int probe = ::open("/dev/null", O_RDONLY);
    REQUIRE(probe >= 0);
    ::close(probe);  // the lowest free descriptor is probe
    rlimit lowered = saved_;
    lowered.rlim_cur = static_cast<rlim_t>(probe) + 1;
    REQUIRE(::setrlimit(RLIMIT_NOFILE, &lowered) == 0);
  }
  ~OneDescriptorLeft() { ::setrlimit(RLIMIT_NOFILE, &saved_); }

 private:
  rlimit saved_{};
};

}  // namespace

TEST_CASE("the generated header knows the five documented errors and both flags") {
  const auto& errors = man::socketpair::documented_errors;
  REQUIRE(errors.size() == 5);
  CHECK(std::string(errors[0].name) == "EMFILE");
  CHECK(std::string(errors[4].name) == "EFAULT");
  CHECK(man::socketpair::to_underlying(socket_flags::sock_cloexec) == SOCK_CLOEXEC);
  CHECK(man::socketpair::to_underlying(socket_flags::sock_nonblock) == SOCK_NONBLOCK);
  static_assert(man::socketpair::socketpair_declaration == mdoc_header_detail::declaration::as_documented);
}

TEST_CASE("EMFILE when the process may open only one more descriptor") {
  companion::result<companion::socket_pair> r = std::error_code();
  {
    OneDescriptorLeft limit;
    r = companion::make_socket_pair(AF_UNIX, SOCK_STREAM);
  }
  REQUIRE_FALSE(r.has_value());
  CHECK(r.error() == errc::emfile);
  CHECK(r.error().value() == EMFILE);
  CHECK(r.error().message() == "Too many descriptors are in use by this process.");
  CHECK(r.error().default_error_condition() == std::errc::too_many_files_open);
}

TEST_CASE("EAFNOSUPPORT for an address family the kernel does not have") {
  auto r = companion::make_socket_pair(AF_MAX + 10, SOCK_STREAM);
  REQUIRE_FALSE(r.has_value());
  CHECK(r.error() == errc::eafnosupport);
  CHECK(r.error().message() == "The specified address family is not supported on this machine.");
}

TEST_CASE("EPROTONOSUPPORT for a protocol AF_UNIX does not have") {
  auto r = companion::make_socket_pair(AF_UNIX, SOCK_STREAM, {}, 12345);
  REQUIRE_FALSE(r.has_value());
  CHECK(r.error() == errc::eprotonosupport);
  CHECK(r.error().message() == "The specified protocol is not supported on this machine.");
}

TEST_CASE("EOPNOTSUPP for AF_INET, which cannot make socket pairs") {
  auto r = companion::make_socket_pair(AF_INET, SOCK_STREAM);
  REQUIRE_FALSE(r.has_value());
  CHECK(r.error() == errc::eopnotsupp);
  CHECK(r.error().message() == "The specified protocol does not support creation of socket pairs.");
}

TEST_CASE("EFAULT when sv points to memory the process may not write") {
  long page = ::sysconf(_SC_PAGESIZE);
  void* guard = ::mmap(nullptr, static_cast<std::size_t>(page), PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  REQUIRE(guard != MAP_FAILED);
  std::error_code error = companion::socketpair_into(AF_UNIX, SOCK_STREAM, 0, static_cast<int*>(guard));
  ::munmap(guard, static_cast<std::size_t>(page));
  CHECK(error == errc::efault);
  CHECK(error.message() == "The address sv does not specify a valid part of the process address space.");
}

TEST_CASE("value() of a failed result throws the error") {
  auto r = companion::make_socket_pair(AF_INET, SOCK_STREAM);
  CHECK_THROWS_AS(r.value(), std::system_error);
}

TEST_CASE("SOCK_CLOEXEC and SOCK_NONBLOCK apply to both descriptors") {
  auto plain = companion::make_socket_pair(AF_UNIX, SOCK_STREAM);
  REQUIRE(plain.has_value());
  for (int fd : {plain.value().first.get(), plain.value().second.get()}) {
    CHECK((::fcntl(fd, F_GETFD) & FD_CLOEXEC) == 0);
    CHECK((::fcntl(fd, F_GETFL) & O_NONBLOCK) == 0);
  }
  auto flagged = companion::make_socket_pair(AF_UNIX, SOCK_STREAM, socket_flags::sock_cloexec | socket_flags::sock_nonblock);
  REQUIRE(flagged.has_value());
  for (int fd : {flagged.value().first.get(), flagged.value().second.get()}) {
    CHECK((::fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0);
    CHECK((::fcntl(fd, F_GETFL) & O_NONBLOCK) != 0);
  }
  auto cloexec_only = companion::make_socket_pair(AF_UNIX, SOCK_DGRAM, socket_flags::sock_cloexec);
  REQUIRE(cloexec_only.has_value());
  CHECK((::fcntl(cloexec_only.value().second.get(), F_GETFD) & FD_CLOEXEC) != 0);
  CHECK((::fcntl(cloexec_only.value().second.get(), F_GETFL) & O_NONBLOCK) == 0);
}

TEST_CASE("data written to one end is read at the other, both ways") {
  auto r = companion::make_socket_pair(AF_UNIX, SOCK_STREAM);
  REQUIRE(r.has_value());
  auto& [a, b] = r.value();
  char buffer[16] = {};
  REQUIRE(::write(a.get(), "ping", 4) == 4);
  REQUIRE(::read(b.get(), buffer, sizeof buffer) == 4);
  CHECK(std::string(buffer, 4) == "ping");
  REQUIRE(::write(b.get(), "pong", 4) == 4);
  REQUIRE(::read(a.get(), buffer, sizeof buffer) == 4);
  CHECK(std::string(buffer, 4) == "pong");
}

TEST_CASE("the descriptors close when their owners go away") {
  int first = -1, second = -1;
  {
    auto r = companion::make_socket_pair(AF_UNIX, SOCK_STREAM);
    REQUIRE(r.has_value());
    first = r.value().first.get();
    second = r.value().second.get();
    CHECK(is_open(first));
    CHECK(is_open(second));
    companion::unique_fd moved = std::move(r.value().first);
    CHECK_FALSE(r.value().first);
    CHECK(moved.get() == first);
  }
  CHECK_FALSE(is_open(first));
  CHECK_FALSE(is_open(second));
}
