// mdoc lint: diagnostics only, with mandoc's exit statuses (-T lint implies -W all).
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/page_input.hpp"
#include "mdoc/checks.hpp"

namespace mdoc::cli {
namespace {

struct LintArgs {
  std::string warn_level = "all";
  std::string os;
  std::vector<std::string> files;
  bool so_anywhere = false;  // --so-anywhere
};

int run_lint(const LintArgs& args) {
  Level minimum = Level::Base;
  if (!parse_level(args.warn_level, minimum)) {
    std::cerr << "mdoc: -W " << args.warn_level << ": bad command line argument\n";
    return 5;
  }
  PageInputOptions input;
  input.os = args.os;
  input.so_anywhere = args.so_anywhere;
  int status = 0;
  const std::vector<std::string> manpath = checks::manual_path_from_environment();
  for (const auto& file : args.files) {
    PageResult page = load_page(file, input);
    if (!page.ok) {
      std::cerr << "mdoc: " << file << ": " << page.error << '\n';
      status = std::max(status, 5);
      continue;
    }
    checks::referenced_manuals(page.doc, manpath);
    status = std::max(status, report_diagnostics(page.doc, minimum));
  }
  return status;
}

}  // namespace

Action add_lint_command(CLI::App& app) {
  auto args = std::make_shared<LintArgs>();
  auto* sub = app.add_subcommand("lint", "check pages and print FILE:LINE:COL: LEVEL: message");
  sub->add_option("-W", args->warn_level, "minimum level: all, base, style, warning, error, unsupp");
  sub->add_option("-I", args->os, "os=NAME")->each([args](const std::string& v) {
    args->os = v.rfind("os=", 0) == 0 ? v.substr(3) : v;
  });
  sub->add_flag("--so-anywhere", args->so_anywhere, "let .so read files outside the page's folder");
  sub->add_option("files", args->files, "pages to check")->required();
  return [args] { return run_lint(*args); };
}

}  // namespace mdoc::cli
