// The pages of "mdoc site" that are not manuals: the front page (search box
// and every page's name and description), one index per section, the search
// index search.json, and the shared mdoc.css and search.js.
#pragma once

#include <string>
#include <vector>

#include "cli/site_catalog.hpp"

namespace mdoc::cli::site {

// Writes the files; returns the problems ("" entries are not added).
std::vector<std::string> write_indexes(const Catalog& catalog, const std::string& output_dir);

// The search index as JSON: [{"n":[names],"s":section,"d":description,"u":url}, ...].
std::string search_index_json(const Catalog& catalog);

}  // namespace mdoc::cli::site
