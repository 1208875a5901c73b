#include "render/header_types.hpp"

#include <algorithm>
#include <iterator>

namespace mdoc::header {
namespace {

struct KnownType {
  std::string_view name;
  std::string_view header;
};

// Sorted by name.  POSIX types, plus the BSD names glibc also declares by
// default (u_int, caddr_t, quad_t...).
constexpr KnownType kKnownTypes[] = {
    {"FILE", "stdio.h"},
    {"blkcnt_t", "sys/types.h"},
    {"blksize_t", "sys/types.h"},
    {"caddr_t", "sys/types.h"},
    {"clock_t", "time.h"},
    {"clockid_t", "time.h"},
    {"daddr_t", "sys/types.h"},
    {"dev_t", "sys/types.h"},
    {"fd_mask", "sys/select.h"},
    {"fd_set", "sys/select.h"},
    {"fsblkcnt_t", "sys/types.h"},
    {"fsfilcnt_t", "sys/types.h"},
    {"gid_t", "sys/types.h"},
    {"id_t", "sys/types.h"},
    {"idtype_t", "sys/wait.h"},
    {"in_addr_t", "netinet/in.h"},
    {"in_port_t", "netinet/in.h"},
    {"ino_t", "sys/types.h"},
    {"int16_t", "stdint.h"},
    {"int32_t", "stdint.h"},
    {"int64_t", "stdint.h"},
    {"int8_t", "stdint.h"},
    {"intmax_t", "stdint.h"},
    {"intptr_t", "stdint.h"},
    {"key_t", "sys/types.h"},
    {"mode_t", "sys/types.h"},
    {"mqd_t", "mqueue.h"},
    {"msglen_t", "sys/msg.h"},
    {"msgqnum_t", "sys/msg.h"},
    {"nfds_t", "poll.h"},
    {"nlink_t", "sys/types.h"},
    {"off_t", "sys/types.h"},
    {"pid_t", "sys/types.h"},
    {"posix_spawn_file_actions_t", "spawn.h"},
    {"posix_spawnattr_t", "spawn.h"},
    {"pthread_attr_t", "pthread.h"},
    {"pthread_t", "pthread.h"},
    {"ptrdiff_t", "stddef.h"},
    {"quad_t", "sys/types.h"},
    {"register_t", "sys/types.h"},
    {"rlim_t", "sys/resource.h"},
    {"sa_family_t", "sys/socket.h"},
    {"sem_t", "semaphore.h"},
    {"shmatt_t", "sys/shm.h"},
    {"sig_atomic_t", "signal.h"},
    {"sig_t", "signal.h"},
    {"siginfo_t", "signal.h"},
    {"sigset_t", "signal.h"},
    {"size_t", "stddef.h"},
    {"socklen_t", "sys/socket.h"},
    {"ssize_t", "sys/types.h"},
    {"stack_t", "signal.h"},
    {"suseconds_t", "sys/types.h"},
    {"time_t", "time.h"},
    {"timer_t", "time.h"},
    {"u_char", "sys/types.h"},
    {"u_int", "sys/types.h"},
    {"u_int16_t", "sys/types.h"},
    {"u_int32_t", "sys/types.h"},
    {"u_int64_t", "sys/types.h"},
    {"u_int8_t", "sys/types.h"},
    {"u_long", "sys/types.h"},
    {"u_quad_t", "sys/types.h"},
    {"u_short", "sys/types.h"},
    {"ucontext_t", "ucontext.h"},
    {"uid_t", "sys/types.h"},
    {"uint", "sys/types.h"},
    {"uint16_t", "stdint.h"},
    {"uint32_t", "stdint.h"},
    {"uint64_t", "stdint.h"},
    {"uint8_t", "stdint.h"},
    {"uintmax_t", "stdint.h"},
    {"uintptr_t", "stdint.h"},
    {"useconds_t", "sys/types.h"},
    {"va_list", "stdarg.h"},
};

}  // namespace

std::optional<std::string_view> header_for_type(std::string_view name) {
  auto it = std::lower_bound(std::begin(kKnownTypes), std::end(kKnownTypes), name,
                             [](const KnownType& k, std::string_view n) { return k.name < n; });
  if (it == std::end(kKnownTypes) || it->name != name) return std::nullopt;
  return it->header;
}

}  // namespace mdoc::header
