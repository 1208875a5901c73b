// mdoc view: man(1) for mdoc(7) pages, and apropos(1) with -k.
//
// Exit status, after man-db: 0 shown; 1 the page is man(7), which mdoc
// cannot show; 16 no page found or none of those found could be read (or,
// with -k, nothing appropriate).
// Lookup: view_search.hpp; paging, width and device: view_output.hpp.
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/page_input.hpp"
#include "cli/view_apropos.hpp"
#include "cli/view_output.hpp"
#include "cli/view_page_head.hpp"
#include "cli/view_search.hpp"
#include "mdoc/parse.hpp"
#include "render/terminal.hpp"

namespace mdoc::cli {
namespace {
namespace fs = std::filesystem;

constexpr int kExitManPage = 1;
constexpr int kExitNotFound = 16;
constexpr int kMaxSoHops = 8;

// The bundled pages: the source tree's (compiled in) and an installed copy
// in ../share/mdoc/pages next to the binary.
std::vector<std::string> bundled_page_folders() {
  std::vector<std::string> folders;
#ifdef MDOC_PAGES_DIR
  folders.emplace_back(MDOC_PAGES_DIR);
#endif
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) folders.push_back((exe.parent_path().parent_path() / "share" / "mdoc" / "pages").string());
  return folders;
}

std::vector<std::string> roots_from_environment() {
  SearchEnvironment env;
  env.bundled = bundled_page_folders();
  env.mdocpath = std::getenv("MDOCPATH");
  env.manpath = std::getenv("MANPATH");
  return search_roots(env);
}

struct Candidate {
  std::string path;
  std::string label;  // "socketpair(2)" for the pager's prompt
};

// What a NAME|FILE argument may mean, best first.
std::vector<Candidate> candidates_for(const std::string& word, const std::string& section,
                                      const std::vector<std::string>& roots) {
  std::error_code ec;
  if (word.find('/') != std::string::npos || fs::is_regular_file(word, ec))
    return {{word, fs::path(word).filename().string()}};
  std::vector<Candidate> out;
  for (auto& page : find_pages(roots, word, section))
    out.push_back({page.path, page.name + "(" + page.extension + ")"});
  // man-db also takes "printf.3" for "3 printf" when no page has that name.
  auto dot = word.rfind('.');
  if (out.empty() && section.empty() && dot != std::string::npos && dot > 0 &&
      looks_like_section(std::string_view(word).substr(dot + 1)))
    return candidates_for(word.substr(0, dot), word.substr(dot + 1), roots);
  return out;
}

struct LoadedPage {
  enum Kind { Mdoc, Man, Unreadable } kind = Unreadable;
  std::string error;
  Document doc;
};

// Reads one file, following .so links, and parses it unless it is man(7).
LoadedPage load(std::string path) {
  LoadedPage page;
  std::string bytes;
  for (int hop = 0;; ++hop) {
    // Devices and pipes (/dev/zero) could be read forever.
    std::error_code ec;
    if (fs::exists(path, ec) && !fs::is_regular_file(path, ec)) {
      page.error = fs::is_directory(path, ec) ? "Is a directory" : "Not a regular file";
      return page;
    }
    if (!read_file(path, bytes, page.error)) return page;
    PageHead head = scan_page_head(bytes);
    if (head.is_man) {
      page.kind = LoadedPage::Man;
      return page;
    }
    if (head.so_target.empty() || hop == kMaxSoHops) break;
    std::string next = resolve_so_link(path, head.so_target);
    if (next.empty()) break;  // let the parser report the .so it cannot follow
    path = next;
  }
  ParseOptions options;
  options.file_name = path;
  options.lint = false;  // the viewer prints no diagnostics
  page.doc = parse(bytes, options);
  page.kind = page.doc.is_man ? LoadedPage::Man : LoadedPage::Mdoc;
  return page;
}

struct Choice {
  const Candidate* chosen = nullptr;  // the first mdoc page
  LoadedPage page;
  const Candidate* first_man = nullptr;
};

// Like man, the best page wins; but a man(7) page, which mdoc cannot show,
// gives way to a later mdoc page of the same name (FreeBSD's
// socketpair.2freebsd after Linux's socketpair.2).
Choice choose(const std::vector<Candidate>& candidates) {
  Choice choice;
  for (const auto& c : candidates) {
    LoadedPage page = load(c.path);
    if (page.kind == LoadedPage::Mdoc) {
      choice.chosen = &c;
      choice.page = std::move(page);
      break;
    }
    if (page.kind == LoadedPage::Man && !choice.first_man) choice.first_man = &c;
    if (page.kind == LoadedPage::Unreadable) std::cerr << "mdoc: " << c.path << ": " << page.error << '\n';
  }
  return choice;
}

int run_apropos(const ViewArgs& args) {
  auto lines = apropos(roots_from_environment(), args.words, args.section);
  if (lines.empty()) {
    std::string joined;
    for (const auto& w : args.words) joined += (joined.empty() ? "" : " ") + w;
    std::cerr << "mdoc: " << joined << ": nothing appropriate\n";
    return kExitNotFound;
  }
  std::string text;
  for (const auto& line : lines) text += line + '\n';
  write_all(text);
  return 0;
}

}  // namespace

int run_view(ViewArgs args) {
  // A reader that stops early (a pager quit, `| head`) is the normal end.
  std::signal(SIGPIPE, SIG_IGN);
  if (args.apropos) return run_apropos(args);
  if (args.section.empty() && args.words.size() >= 2 && looks_like_section(args.words.front())) {
    args.section = args.words.front();
    args.words.erase(args.words.begin());
  }
  bool terminal = ::isatty(STDOUT_FILENO) != 0;
  TermOptions term;
  term.width = width_for_columns(output_columns(terminal));
  term.device = device_for_locale(std::getenv("LC_ALL"), std::getenv("LC_CTYPE"), std::getenv("LANG"));

  auto roots = roots_from_environment();
  int status = 0;
  std::string text, label;
  for (const auto& word : args.words) {
    auto candidates = candidates_for(word, args.section, roots);
    if (candidates.empty()) {
      std::cerr << "mdoc: no manual entry for " << word;
      if (!args.section.empty()) std::cerr << " in section " << args.section;
      std::cerr << '\n';
      status = std::max(status, kExitNotFound);
      continue;
    }
    Choice choice = choose(candidates);
    if (args.where) {
      // The page view would show; with none, the best one, as man -w says.
      text += (choice.chosen ? choice.chosen->path : candidates.front().path) + '\n';
      continue;
    }
    if (choice.chosen) {
      if (!text.empty()) terminal_page_separator(term, text);
      render_terminal(choice.page.doc, term, text);
      if (label.empty()) label = choice.chosen->label;
    } else if (choice.first_man) {
      std::cerr << "mdoc: " << choice.first_man->path << ": is a man(7) page, not mdoc(7); try man(1)\n";
      status = std::max(status, kExitManPage);
    } else {
      status = std::max(status, kExitNotFound);
    }
  }
  if (text.empty()) return status;
  if (args.where || !terminal) {
    write_all(args.where || std::getenv("MAN_KEEP_FORMATTING") ? text : strip_overstrike(text));
    return status;
  }
  std::string pager = pager_command(std::getenv("MANPAGER"), std::getenv("PAGER"));
  if (pager.empty() || !write_through_pager(text, pager, label)) write_all(text);
  return status;
}

}  // namespace mdoc::cli
