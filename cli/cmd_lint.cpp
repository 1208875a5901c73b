// mdoc lint: diagnostics only, with mandoc's exit statuses (-T lint implies -W all).
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/page_input.hpp"
#include "mdoc/checks.hpp"

namespace mdoc::cli {
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

}  // namespace mdoc::cli
