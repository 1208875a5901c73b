#include "mdoc/checks.hpp"

namespace mdoc {

void run_checks(Document& doc, bool lint, NotedNodes noted) {
  if (!doc.root()) return;
  // paragraphs and blocks repair the tree as well as reporting: always run.
  checks::paragraphs(doc, noted.paragraphs);
  if (lint) {
    checks::xrefs(doc);
    checks::delimiters(doc);
    checks::names(doc);
    checks::sections(doc);
  }
  checks::blocks(doc, noted.blocks);
  if (lint) checks::os_names(doc);
}

}  // namespace mdoc
