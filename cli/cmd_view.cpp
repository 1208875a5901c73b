// mdoc view: placeholder until its owner lands the real command.
#include <iostream>

#include "cli/commands.hpp"

namespace mdoc::cli {

Action add_view_command(CLI::App& app) {
  app.add_subcommand("view", "(not yet available)")->allow_extras();
  return [] {
    std::cerr << "mdoc view: not yet available\n";
    return 5;
  };
}

}  // namespace mdoc::cli
