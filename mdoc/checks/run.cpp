#include "mdoc/checks.hpp"

namespace mdoc {

void run_checks(Document& doc) {
  if (!doc.root()) return;
  checks::paragraphs(doc);
  checks::xrefs(doc);
}

}  // namespace mdoc
