// Runs one job per page on N threads, with a progress line on a terminal.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

namespace mdoc::cli::site {

// Calls job(i) for every i < count, spread over `threads` threads; each call
// returns "" or a problem, which is handed to report (under a lock).
// The progress line ("label 123/3562") goes to stderr only when it is a terminal.
void run_jobs(std::size_t count, unsigned threads, const std::string& label,
              const std::function<std::string(std::size_t)>& job,
              const std::function<void(const std::string&)>& report);

}  // namespace mdoc::cli::site
