// mdoc site: placeholder until its owner lands the real command.
#include <iostream>

#include "cli/commands.hpp"

namespace mdoc::cli {

Action add_site_command(CLI::App& app) {
  app.add_subcommand("site", "(not yet available)")->allow_extras();
  return [] {
    std::cerr << "mdoc site: not yet available\n";
    return 5;
  };
}

}  // namespace mdoc::cli
