#include "cli/site_jobs.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

namespace mdoc::cli::site {
namespace {

class Progress {
 public:
  Progress(std::string label, std::size_t total)
      : label_(std::move(label)), total_(total), enabled_(isatty(STDERR_FILENO) != 0) {}

  // Called under the lock.
  void step(std::size_t done) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (done != total_ && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    std::fprintf(stderr, "\r%s %zu/%zu", label_.c_str(), done, total_);
    std::fflush(stderr);
  }
  void clear_line() {
    if (enabled_) std::fprintf(stderr, "\r\033[K");
  }
  void finish() {
    if (enabled_) std::fprintf(stderr, "\n");
  }

 private:
  std::string label_;
  std::size_t total_;
  bool enabled_;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace

void run_jobs(std::size_t count, unsigned threads, const std::string& label,
              const std::function<std::string(std::size_t)>& job,
              const std::function<void(const std::string&)>& report) {
  std::atomic<std::size_t> next{0};
  std::mutex lock;
  std::size_t done = 0;
  Progress progress(label, count);
  auto worker = [&] {
    for (;;) {
      std::size_t i = next.fetch_add(1);
      if (i >= count) return;
      std::string problem = job(i);
      std::lock_guard<std::mutex> guard(lock);
      ++done;
      if (!problem.empty()) {
        progress.clear_line();
        report(problem);
      }
      progress.step(done);
    }
  };
  unsigned n = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(std::max<std::size_t>(count, 1))));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < n; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  if (count > 0) progress.finish();
}

}  // namespace mdoc::cli::site
