#include "cli/heap_policy.hpp"

#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

namespace mdoc::cli {

void keep_freed_memory_for_reuse() {
#if defined(__GLIBC__) && defined(M_MMAP_THRESHOLD) && defined(M_TRIM_THRESHOLD)
  // 32 MiB is the largest mmap threshold glibc accepts on 64-bit systems;
  // blocks beyond it (only on huge pages) are still mapped and unmapped.
  constexpr int kRetained = 32 * 1024 * 1024;
  mallopt(M_MMAP_THRESHOLD, kRetained);
  mallopt(M_TRIM_THRESHOLD, kRetained);
#endif
}

}  // namespace mdoc::cli
