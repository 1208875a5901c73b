// Dash-arguments of Bl, Bd, Bf, Bk, An, Rv and Ex: which exist, how many
// values each takes, and what they mean (BlockArgs).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "mdoc/ast.hpp"

namespace mdoc {

enum class ArgumentShape { Unknown, Flag, OneValue, AllValues };

ArgumentShape argument_shape(Macro m, std::string_view name);

// "-width Er": the conventional width of a macro's output, or nullopt when
// name is not a macro with one.
std::optional<std::string_view> macro_default_width(std::string_view name);

// Fills n.block() from n.args(); reports conflicting or missing arguments.
void interpret_block_arguments(Node& n, std::vector<Diagnostic>& diagnostics);

}  // namespace mdoc
