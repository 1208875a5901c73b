// mdoc(1): the command line (CLI11) and a thin dispatcher over the
// subcommands in cmd_*.cpp.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <functional>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/heap_policy.hpp"

namespace mdoc::cli {
namespace {

// Each function adds its subcommand to app and returns the action to run
// when that subcommand was chosen; the action returns the exit status.
using Action = std::function<int()>;

Action add_render_command(CLI::App& app) {
  auto args = std::make_shared<RenderArgs>();
  auto* sub = app.add_subcommand("render", "render pages (mandoc-compatible -T, -I, -O, -W)");
  sub->add_option("-T", args->format, "output format: ascii, utf8, ansi, html, tree, json");
  sub->add_option("-I", args->includes, "os=NAME: the default for an empty .Os")
      ->allow_extra_args(false);  // one value per -I, as in mandoc: "-I os=X page" keeps page a file
  sub->add_option("-O", args->outputs, "width=N, indent=N, man=TEMPLATE, style=URL, color, fragment")
      ->allow_extra_args(false);
  sub->add_option("-W", args->warn_level, "report diagnostics at this level and above");
  sub->add_flag("--so-anywhere", args->so_anywhere, "let .so read files outside the page's folder");
  sub->add_option("files", args->files, "pages to render")->required();
  return [args] { return run_render(*args); };
}

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

Action add_view_command(CLI::App& app) {
  auto args = std::make_shared<ViewArgs>();
  auto* sub = app.add_subcommand("view", "show a manual page like man(1); -k searches names like apropos(1)");
  sub->add_flag("-k,--apropos", args->apropos, "list pages whose name or description contains a word");
  sub->add_flag("-w,--where", args->where, "print the file that would be shown");
  sub->add_option("-s,--section", args->section, "look only in this section");
  sub->add_option("pages", args->words, "[SECTION] NAME|FILE ..., or the words for -k")->required();
  return [args] { return run_view(*args); };
}

Action add_header_command(CLI::App& app) {
  auto args = std::make_shared<HeaderArgs>();
  auto* sub = app.add_subcommand("header", "generate a C++17 header from a section 2/3 page");
  sub->add_option("file", args->file, "the page")->required();
  sub->add_option("-o,--output", args->output, "write the header here instead of standard output");
  sub->add_option("--namespace", args->name_space, "C++ namespace (default: man::PAGE)");
  return [args] { return run_header(*args); };
}

Action add_site_command(CLI::App& app) {
  auto args = std::make_shared<SiteArgs>();
  auto* sub = app.add_subcommand("site", "build a static web site from folders of manual pages");
  sub->add_option("sources", args->sources, "folders (or files) holding manual pages, plain or .gz")->required();
  sub->add_option("-o,--output", args->output, "the folder to write the site into")->required();
  sub->add_option("-j,--jobs", args->jobs, "threads to use (default: one per processor)");
  sub->add_option("-I", args->os, "os=NAME: the default for an empty .Os")
      ->transform([](std::string s) { return s.rfind("os=", 0) == 0 ? s.substr(3) : s; });
  return [args] { return run_site(*args); };
}

}  // namespace
}  // namespace mdoc::cli

int main(int argc, char** argv) {
  mdoc::cli::keep_freed_memory_for_reuse();
  CLI::App app{"mdoc: parse, check and render mdoc(7) manual pages", "mdoc"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "mdoc 0.1.0");
  mdoc::cli::Action actions[] = {
      mdoc::cli::add_render_command(app), mdoc::cli::add_lint_command(app),
      mdoc::cli::add_view_command(app),   mdoc::cli::add_header_command(app),
      mdoc::cli::add_site_command(app),
  };
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // One clear line and mandoc's status for bad arguments.
    std::cerr << "mdoc: " << e.what() << '\n';
    return 5;
  }
  auto subcommands = app.get_subcommands();
  std::size_t i = 0;
  for (auto* sub : app.get_subcommands({})) {
    if (!subcommands.empty() && sub == subcommands.front()) return actions[i]();
    ++i;
  }
  return 5;
}
