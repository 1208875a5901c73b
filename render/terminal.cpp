// Temporary until the terminal back end lands.
#include "render/terminal.hpp"

namespace mdoc {
void render_terminal(const Document&, const TermOptions&, std::string&) {}
}  // namespace mdoc
