// The second pass of "mdoc site": one HTML file per page.
#pragma once

#include <string>

#include "cli/site_catalog.hpp"

namespace mdoc::cli::site {

struct RenderSettings {
  std::string output_dir;
  std::string os;  // -I os=NAME
};

// Renders catalog.pages[index] to its output file.  A page that cannot be
// read, parsed or rendered still gets a file, showing its diagnostics; the
// return value says what went wrong ("" on success).
std::string render_page(const Catalog& catalog, std::size_t index, const RenderSettings& settings);

// Writes bytes to path; "" on success, else the reason.
std::string write_file(const std::string& path, const std::string& bytes);

}  // namespace mdoc::cli::site
