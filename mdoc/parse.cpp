#include "mdoc/parse.hpp"

#include "mdoc/parser.hpp"
#include "mdoc/roff/preprocessor.hpp"
#include "mdoc/validate.hpp"

namespace mdoc {
namespace {

// A page whose first macro is .TH is man(7); this front end reads mdoc(7).
bool looks_like_man(std::string_view bytes) {
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    std::size_t end = bytes.find('\n', pos);
    std::string_view line = bytes.substr(pos, end == std::string_view::npos ? bytes.size() - pos : end - pos);
    pos = end == std::string_view::npos ? bytes.size() : end + 1;
    if (line.empty() || (line[0] != '.' && line[0] != '\'')) {
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      return false;
    }
    std::string_view rest = line.substr(1);
    while (!rest.empty() && (rest[0] == ' ' || rest[0] == '\t')) rest.remove_prefix(1);
    if (rest.empty() || rest.substr(0, 2) == "\\\"" || rest.substr(0, 2) == "\\#") continue;
    if (rest.substr(0, 2) == "TH" && (rest.size() == 2 || rest[2] == ' ' || rest[2] == '\t')) return true;
    if (rest.substr(0, 2) == "Dd") return false;
    // Definitions and conditionals may precede the first real macro.
    if (rest.substr(0, 2) == "de" || rest.substr(0, 2) == "ds" || rest.substr(0, 2) == "nr" ||
        rest.substr(0, 2) == "if" || rest.substr(0, 2) == "ie" || rest.substr(0, 2) == "el" ||
        rest.substr(0, 2) == "ig" || rest.substr(0, 2) == "so")
      continue;
    continue;
  }
  return false;
}

}  // namespace

Document parse(std::string_view bytes, const ParseOptions& options) {
  Document doc;
  doc.file = options.file_name;
  if (looks_like_man(bytes)) {
    doc.is_man = true;
    return doc;
  }
  Parser parser(doc, options);
  roff::Preprocessor roff(options, doc.diagnostics, parser);
  roff.run(bytes);
  parser.finish();
  validate(doc, options);
  return doc;
}

}  // namespace mdoc
