#include "render/tree.hpp"

namespace mdoc {
void render_tree(const Document&, std::string&) {}
void render_json(const Document&, std::string&) {}
}  // namespace mdoc
