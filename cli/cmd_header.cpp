// mdoc header: placeholder until its owner lands the real command.
#include <iostream>

#include "cli/commands.hpp"

namespace mdoc::cli {

Action add_header_command(CLI::App& app) {
  app.add_subcommand("header", "(not yet available)")->allow_extras();
  return [] {
    std::cerr << "mdoc header: not yet available\n";
    return 5;
  };
}

}  // namespace mdoc::cli
