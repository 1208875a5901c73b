// mdoc(1): a thin dispatcher over the subcommands in cmd_*.cpp.
#include <cstdio>
#include <iostream>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
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
