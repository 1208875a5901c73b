// Temporary until the HTML back end lands.
#include "render/html.hpp"

namespace mdoc {
void render_html(const Document&, const HtmlOptions&, std::string&) {}
}  // namespace mdoc
