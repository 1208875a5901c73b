// mdoc site SRC... -o OUT [-j N]: a static web site of every page under the
// source folders: one HTML file per page, an index per section, a front page
// with a search box.  Two passes: the first reads every page's names and
// description (so that .Xr links can be resolved), the second renders.
#include <filesystem>
#include <iostream>
#include <mutex>
#include <set>
#include <thread>

#include "cli/commands.hpp"
#include "cli/site_catalog.hpp"
#include "cli/site_index.hpp"
#include "cli/site_jobs.hpp"
#include "cli/site_render.hpp"
#include "cli/site_scan.hpp"

namespace mdoc::cli {
int run_site(const SiteArgs& args) {
  namespace fs = std::filesystem;
  std::vector<std::string> errors;
  std::vector<site::SourceFile> sources = site::find_sources(args.sources, errors);
  for (const auto& e : errors) std::cerr << "mdoc site: " << e << '\n';
  if (sources.empty()) {
    std::cerr << "mdoc site: no manual pages found\n";
    return 5;
  }
  unsigned threads = args.jobs ? args.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::mutex report_lock;
  int status = errors.empty() ? 0 : 1;
  auto report = [&](const std::string& problem) {
    std::cerr << "mdoc site: " << problem << '\n';
    status = std::max(status, 1);
  };

  site::Catalog catalog;
  catalog.pages.resize(sources.size());
  site::run_jobs(sources.size(), threads, "reading", [&](std::size_t i) {
    site::describe_page(sources[i], args.os, catalog.pages[i]);
    return std::string();
  }, report);
  catalog.finish();

  std::error_code ec;
  std::set<std::string> dirs{args.output};
  for (const auto& p : catalog.pages) dirs.insert(args.output + "/" + fs::path(p.output).parent_path().string());
  for (const auto& d : dirs) {
    fs::create_directories(d, ec);
    if (ec) {
      std::cerr << "mdoc site: " << d << ": " << ec.message() << '\n';
      return 5;
    }
  }

  site::RenderSettings settings{args.output, args.os};
  std::size_t failed = 0;
  site::run_jobs(catalog.pages.size(), threads, "rendering", [&](std::size_t i) {
    return site::render_page(catalog, i, settings);
  }, [&](const std::string& problem) {
    ++failed;
    report(problem);
  });
  for (const auto& problem : site::write_indexes(catalog, args.output)) report(problem);
  std::cerr << "mdoc site: " << catalog.pages.size() << " pages written to " << args.output;
  if (failed) std::cerr << " (" << failed << " with problems)";
  std::cerr << '\n';
  return status;
}

}  // namespace mdoc::cli
