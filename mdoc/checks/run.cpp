#include "mdoc/checks.hpp"

namespace mdoc {

void run_checks(Document& doc) {
  if (!doc.root()) return;
  checks::paragraphs(doc);
  checks::xrefs(doc);
  checks::delimiters(doc);
  checks::names(doc);
  checks::sections(doc);
  checks::blocks(doc);
  checks::os_names(doc);
}

}  // namespace mdoc
