// mdoc header: a C++17 header from what a section 2/3 page documents.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include "cli/commands.hpp"
#include "cli/page_input.hpp"
#include "render/header_model.hpp"

namespace mdoc::cli {
namespace {

// Writes through a temporary file so a build never sees half a header.
bool write_file(const std::string& path, const std::string& bytes) {
  std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out || !out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())) || !out.flush()) return false;
  }
  return std::rename(temporary.c_str(), path.c_str()) == 0;
}

}  // namespace

int run_header(const HeaderArgs& args) {
  PageInputOptions input;
  input.lint = false;  // only errors are reported below
  PageResult page = load_page(args.file, input);
  if (!page.ok) {
    std::cerr << "mdoc: " << args.file << ": " << page.error << '\n';
    return 5;
  }
  if (page.doc.is_man) {
    std::cerr << "mdoc: " << args.file << ": a man(7) page; mdoc header reads mdoc(7) pages\n";
    return 1;
  }
  // Errors in the page are worth seeing, but the header is still written:
  // what could be read is what the header holds.
  report_diagnostics(page.doc, Level::Error);
  header::EmitOptions options;
  options.name_space = args.name_space;
  auto model = header::extract_header_model(page.doc);
  if (!args.name_space.empty() && header::header_namespace(model, options).empty()) {
    std::cerr << "mdoc: --namespace " << args.name_space << ": not a C++ namespace name\n";
    return 5;
  }
  std::string text = header::emit_header(model, options);
  if (args.output.empty() || args.output == "-") {
    if (!write_all(text)) return 5;
  } else if (!write_file(args.output, text)) {
    std::cerr << "mdoc: " << args.output << ": cannot write\n";
    return 5;
  }
  return 0;
}

}  // namespace mdoc::cli
