// The subcommands of mdoc(1): what each takes and the function that runs it.
// main.cpp is the only file that knows CLI11: it declares every option and
// fills these structures (CLI11 is header-only, and each file that includes
// it compiles all of it again).  The run_ functions return the exit status.
#pragma once

#include <string>
#include <vector>

namespace mdoc::cli {

struct RenderArgs {
  std::string format = "ascii";
  std::vector<std::string> includes;  // -I os=NAME
  std::vector<std::string> outputs;   // -O a=b,c
  std::string warn_level;             // -W level
  std::vector<std::string> files;
  bool so_anywhere = false;           // --so-anywhere
};

struct LintArgs {
  std::string warn_level = "all";
  std::string os;
  std::vector<std::string> files;
  bool so_anywhere = false;  // --so-anywhere
};

struct ViewArgs {
  std::vector<std::string> words;  // [SECTION] NAME|FILE ..., or the -k words
  std::string section;             // -s SECTION
  bool apropos = false;            // -k
  bool where = false;              // -w: print the file instead of showing it
};

struct HeaderArgs {
  std::string file;
  std::string output;  // empty: standard output
  std::string name_space;
};

struct SiteArgs {
  std::vector<std::string> sources;
  std::string output;
  unsigned jobs = 0;
  std::string os;
};

int run_render(const RenderArgs& args);
int run_lint(const LintArgs& args);
int run_view(ViewArgs args);
int run_header(const HeaderArgs& args);
int run_site(const SiteArgs& args);

}  // namespace mdoc::cli
