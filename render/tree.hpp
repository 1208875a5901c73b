// AST dumps: -T tree (indented, for people) and -T json (for programs).
#pragma once

#include <string>

#include "mdoc/ast.hpp"

namespace mdoc {

void render_tree(const Document& doc, std::string& out);
void render_json(const Document& doc, std::string& out);

}  // namespace mdoc
