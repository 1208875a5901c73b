// Uses the header generated from pages/pipe.2: provokes EFAULT and EINVAL
// and expects the page's own words back.
#include <consumer/pipe.hpp>

#include <cstdio>
#include <cstring>

int main() {
  using consumer::pipe::errc;
  int status = 0;
  int* volatile unmapped = nullptr;  // volatile: the compiler must not see the null
  if (pipe2(unmapped, 0) == consumer::pipe::pipe2_returns.failure) {
    std::error_code e = consumer::pipe::errno_code();
    std::printf("EFAULT: %s\n", e.message().c_str());
    if (e != errc::efault || e.message() != "fildes does not point into the address space of the process.") status = 1;
  } else {
    status = 1;
  }
  int fds[2];
  if (pipe2(fds, -1) == -1) {
    std::error_code e = consumer::pipe::errno_code();
    std::printf("EINVAL: %s\n", e.message().c_str());
    if (e != errc::einval) status = 1;
  } else {
    status = 1;
  }
  auto flags = consumer::pipe::flags::o_cloexec | consumer::pipe::flags::o_nonblock;
  if (to_underlying(flags) != (O_CLOEXEC | O_NONBLOCK)) status = 1;
  return status;
}
