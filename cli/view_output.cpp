#include "cli/view_output.hpp"

#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <string>


namespace mdoc::cli {
namespace {

// A positive number of columns from an environment variable, or 0.
int columns_from(const char* value) {
  if (!value || !*value) return 0;
  char* end = nullptr;
  long n = std::strtol(value, &end, 10);
  return *end == '\0' && n > 0 && n < 10000 ? static_cast<int>(n) : 0;
}

bool names_utf8(const char* locale) {
  std::string s = locale;
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s.find("utf-8") != std::string::npos || s.find("utf8") != std::string::npos;
}

bool executable_in_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::string dirs = path && *path ? path : "/usr/bin:/bin";
  std::size_t start = 0;
  for (;;) {
    auto colon = dirs.find(':', start);
    std::string dir = dirs.substr(start, colon - start);
    std::string file = (dir.empty() ? "." : dir) + "/" + program;
    if (::access(file.c_str(), X_OK) == 0) return true;
    if (colon == std::string::npos) return false;
    start = colon + 1;
  }
}

// man-db's LESS: raw control characters, case-insensitive search, and a
// prompt that says which page this is; the user's own LESS follows.
std::string less_options(const std::string& page_label) {
  std::string prompt = "Manual page " + page_label + " ?ltline %lt?L/%L.:byte %bB?s/%s..?e (END):?pB %pB\\%.. " +
                       "(press h for help or q to quit)";
  std::string options = "-ix8RmPm" + prompt + "$PM" + prompt + "$";
  if (const char* mine = std::getenv("LESS")) options += mine;
  return options;
}

}  // namespace

int width_for_columns(int columns) {
  int width = columns >= 80 ? columns * 39 / 40 : columns - 2;
  return width < 10 ? 10 : width;
}

int output_columns(bool stdout_is_terminal) {
  if (int n = columns_from(std::getenv("MANWIDTH"))) return n;
  if (int n = columns_from(std::getenv("COLUMNS"))) return n;
  struct winsize ws{};
  if (stdout_is_terminal && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 80;
}

TermDevice device_for_locale(const char* lc_all, const char* lc_ctype, const char* lang) {
  // The first of these that is set and not empty decides, as setlocale does.
  for (const char* value : {lc_all, lc_ctype, lang})
    if (value && *value) return names_utf8(value) ? TermDevice::Utf8 : TermDevice::Ascii;
  return TermDevice::Ascii;
}

std::string strip_overstrike(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c != '\b' || out.empty() || out.back() == '\n') {
      out += c;
      continue;
    }
    // Drop the whole UTF-8 sequence before the backspace.
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
    if (!out.empty()) out.pop_back();
  }
  return out;
}

std::string pager_command(const char* manpager, const char* pager) {
  if (manpager && *manpager) return manpager;
  if (pager && *pager) return pager;
  if (executable_in_path("less")) return "less";
  if (executable_in_path("more")) return "more";
  return "";
}

bool write_through_pager(std::string_view text, const std::string& pager, const std::string& page_label) {
  // The user may quit the pager before reading everything: the write then
  // fails with EPIPE, which is the normal end, not an error.
  std::signal(SIGPIPE, SIG_IGN);
  int fds[2];
  if (::pipe(fds) != 0) return false;
  std::string less = less_options(page_label);
  // Like system(3): ^C belongs to the pager (less uses it to stop a search);
  // dying here would give the shell the terminal while the pager still runs.
  auto old_int = std::signal(SIGINT, SIG_IGN);
  auto old_quit = std::signal(SIGQUIT, SIG_IGN);
  pid_t child = ::fork();
  if (child < 0) {
    std::signal(SIGINT, old_int);
    std::signal(SIGQUIT, old_quit);
    ::close(fds[0]);
    ::close(fds[1]);
    return false;
  }
  if (child == 0) {
    std::signal(SIGPIPE, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGQUIT, SIG_DFL);
    ::dup2(fds[0], STDIN_FILENO);
    ::close(fds[0]);
    ::close(fds[1]);
    ::setenv("LESS", less.c_str(), 1);
    ::setenv("MAN_PN", page_label.c_str(), 1);
    ::execl("/bin/sh", "sh", "-c", pager.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(fds[0]);
  while (!text.empty()) {
    ssize_t n = ::write(fds[1], text.data(), text.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      break;  // EPIPE: the pager has gone
    }
    text.remove_prefix(static_cast<std::size_t>(n));
  }
  ::close(fds[1]);
  int status = 0;
  while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  std::signal(SIGINT, old_int);
  std::signal(SIGQUIT, old_quit);
  return true;
}

}  // namespace mdoc::cli
