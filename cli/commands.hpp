// The subcommands of mdoc(1).  main.cpp only builds the CLI11 app; each
// subcommand lives in its own file and registers itself here.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace mdoc::cli {

// Each function adds its subcommand to app and returns the action to run
// when that subcommand was chosen; the action returns the exit status.
using Action = std::function<int()>;
Action add_render_command(CLI::App& app);
Action add_lint_command(CLI::App& app);
Action add_view_command(CLI::App& app);
Action add_header_command(CLI::App& app);
Action add_site_command(CLI::App& app);

}  // namespace mdoc::cli
