#include "mdoc/checks.hpp"

namespace mdoc {

void run_checks(Document& doc, bool lint, const std::vector<Node*>* paragraph_nodes) {
  if (!doc.root()) return;
  // paragraphs and blocks repair the tree as well as reporting: always run.
  checks::paragraphs(doc, paragraph_nodes);
  if (lint) {
    checks::xrefs(doc);
    checks::delimiters(doc);
    checks::names(doc);
    checks::sections(doc);
  }
  checks::blocks(doc);
  if (lint) checks::os_names(doc);
}

}  // namespace mdoc
