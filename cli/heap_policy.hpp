// How the C library's allocator treats memory a page has freed.
#pragma once

namespace mdoc::cli {

// A run over many pages allocates and frees about the same memory for each
// page.  By default glibc gives freed memory at the top of the heap back to
// the kernel once more than 128 KiB are free, and serves blocks from 128 KiB
// on with mmap, so each page faults its memory in afresh (over the corpus,
// 19,000 page faults against mandoc's 4,300).  Keeping up to kRetained freed
// bytes for the next page removes nearly all of them; the peak stays that
// of the largest page, so memory over many pages is still bounded.
// No effect on other C libraries.
void keep_freed_memory_for_reuse();

}  // namespace mdoc::cli
