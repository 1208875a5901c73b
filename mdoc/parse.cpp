// Temporary: replaced by the real front end (roff layer + mdoc parser).
#include "mdoc/parse.hpp"

namespace mdoc {

Document parse(std::string_view, const ParseOptions& options) {
  Document doc;
  doc.file = options.file_name;
  doc.diagnostics.push_back({Level::Unsupported, 0, 0, "parser not yet implemented", ""});
  return doc;
}

}  // namespace mdoc
