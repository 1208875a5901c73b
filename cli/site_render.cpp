#include "cli/site_render.hpp"

#include <fstream>

#include "cli/page_input.hpp"
#include "mdoc/parse.hpp"
#include "render/html.hpp"
#include "render/html_dom.hpp"
#include "render/html_page.hpp"

namespace mdoc::cli::site {
namespace {

HtmlOptions options_for(const Catalog& catalog, const PageEntry& entry) {
  HtmlOptions options;
  options.style_url = relative_url(entry.output, "mdoc.css");
  options.site_root = relative_url(entry.output, "");
  options.resolve_xr = [&catalog, &entry](const std::string& name, const std::string& section) {
    const PageEntry* target = catalog.find(name, section);
    return target ? relative_url(entry.output, target->output) : std::string();
  };
  return options;
}

// A page for what cannot be rendered as a manual: a heading, a note, and
// optionally diagnostics and the source text.
std::string notice_page(const PageEntry& entry, const HtmlOptions& options, const std::string& note,
                        const std::vector<std::string>& diagnostics, const std::string& source) {
  html::PageFrame page;
  html::begin_page(page, entry.file_name + "(" + entry.section + ")", options);
  html::add_site_navigation(page.body, options);
  html::DomNode* main = html::add_element(page.body, "div", "manual-text");
  html::add_text(html::add_element(main, "h1", "Sh"), entry.file_name + "(" + entry.section + ")");
  html::add_text(html::add_element(main, "p", "Pp"), note);
  if (!diagnostics.empty()) {
    html::DomNode* box = html::add_element(main, "section", "diagnostics");
    html::add_text(html::add_element(box, "h2", "Ss"), "Diagnostics");
    std::string all;
    for (const std::string& d : diagnostics) all += d + "\n";
    html::add_text(html::add_element(box, "pre"), all);
  }
  if (!source.empty()) {
    html::DomNode* box = html::add_element(main, "section", "source");
    html::add_text(html::add_element(box, "h2", "Ss"), "Source");
    html::add_text(html::add_element(box, "pre"), source);
  }
  std::string out;
  html::serialise_html(page.dom, out);
  return out;
}

}  // namespace

std::string write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  return out ? std::string() : path + ": cannot write";
}

std::string render_page(const Catalog& catalog, std::size_t index, const RenderSettings& settings) {
  const PageEntry& entry = catalog.pages[index];
  HtmlOptions options = options_for(catalog, entry);
  std::string html, problem;
  std::vector<std::string> diagnostics;
  try {
    PageInputOptions input;
    input.os = settings.os;
    PageResult page = load_page(entry.source, input);
    if (!page.ok) {
      // read_file's reason may already name the file.
      problem = page.error.rfind(entry.source, 0) == 0 ? page.error : entry.source + ": " + page.error;
    } else {
      for (const Diagnostic& d : page.doc.diagnostics) diagnostics.push_back(format_diagnostic(entry.source, d));
      if (page.doc.is_man) {
        std::string bytes, error;
        read_file(entry.source, bytes, error);
        html = notice_page(entry, options,
                           "This page is written in the man(7) language, which mdoc does not format; "
                           "its source follows.", {}, bytes);
      } else {
        render_html(page.doc, options, html);
      }
    }
  } catch (const std::exception& e) {
    problem = entry.source + ": internal error: " + e.what();
    html.clear();
  }
  if (!problem.empty()) {
    diagnostics.insert(diagnostics.begin(), problem);
    html = notice_page(entry, options, "This page could not be rendered.", diagnostics, {});
  }
  std::string written = write_file(settings.output_dir + "/" + entry.output, html);
  if (!written.empty()) return written;
  return problem;
}

}  // namespace mdoc::cli::site
