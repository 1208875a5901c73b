// HTML5 back end: builds the page as a DOM (html_dom.hpp) and serialises it,
// the manual text a box at a time as it is finished (html_context.cpp).
//
// The page frame (html_page.cpp) holds the header and footer tables like
// mandoc's; the manual text is the tree walk of html_walk.cpp over the
// handler table of html_macros.cpp.  Class names are mandoc's (see the
// vocabulary at the top of share/mdoc.css).
#include "render/html.hpp"

#include "render/html_context.hpp"
#include "render/html_dom.hpp"
#include "render/html_ids.hpp"
#include "render/html_page.hpp"
#include "render/html_text.hpp"
#include "render/html_walk.hpp"

namespace mdoc {
namespace {

std::string page_title(const Prologue& p) {
  std::string title = p.title.empty() ? "UNTITLED" : html::display_text(p.title);
  if (!p.section.empty()) title += "(" + html::display_text(p.section) + ")";
  return title;
}

void add_cell(html::DomNode* row, html::ClassName cls, const std::string& text) {
  html::add_text(html::add_element(row, "td", cls), text);
}

void add_header(html::DomNode* body, const Prologue& p, const std::string& title) {
  html::DomNode* row = html::add_element(html::add_element(body, "table", "head"), "tr");
  std::string volume = html::display_text(p.volume);
  // The front end may already have added the architecture to the volume.
  std::string arch = p.arch.empty() ? "" : " (" + html::display_text(p.arch) + ")";
  if (!arch.empty() && (volume.size() < arch.size() || volume.compare(volume.size() - arch.size(), arch.size(), arch) != 0))
    volume += arch;
  add_cell(row, "head-ltitle", title);
  add_cell(row, "head-vol", volume);
  add_cell(row, "head-rtitle", title);
}

void add_footer(html::DomNode* body, const Prologue& p) {
  html::DomNode* row = html::add_element(html::add_element(body, "table", "foot"), "tr");
  add_cell(row, "foot-date", html::display_text(p.date));
  add_cell(row, "foot-os", html::display_text(p.os));
}

// man(7) input builds no tree: say so instead of showing an empty page.
void add_man_notice(html::DomNode* text) {
  html::DomNode* p = html::add_element(text, "p", "Pp");
  html::add_text(p, "This page is written in the man(7) language, which this program does not render.");
}

// The manual text, written out as it is built (see Context).
void add_manual_text(html::DomStream& stream, html::DomNode* text, const Document& doc, const HtmlOptions& options) {
  if (doc.is_man) {
    add_man_notice(text);
    return;
  }
  html::Context ctx(doc, options, text, &stream);
  html::collect_head_terms(ctx, doc);
  html::walk(ctx, *doc.root());
  ctx.flush_text();
}

// The page below `parent` (the <body>, or the root of a fragment), written to
// out as it is built.  (The title, which the <head> shows too, is made once.)
void render_page_body(html::DomNode* parent, const Document& doc, const HtmlOptions& options,
                      const std::string& title, std::string& out, bool doctype) {
  add_header(parent, doc.prologue, title);
  html::DomNode* text = html::add_element(parent, "div", "manual-text");
  html::DomStream stream(text, out, doctype);
  add_manual_text(stream, text, doc, options);
  add_footer(parent, doc.prologue);
  stream.finish();
}

}  // namespace

void render_html(const Document& doc, const HtmlOptions& options, std::string& out) {
  if (options.fragment) {
    // What mandoc emits under <body>: header, text, footer, nothing around them.
    html::Dom dom;
    render_page_body(dom.root(), doc, options, page_title(doc.prologue), out, false);
    return;
  }
  html::PageFrame page;
  std::string title = page_title(doc.prologue);
  html::begin_page(page, title, options);
  html::add_site_navigation(page.body, options);
  render_page_body(page.body, doc, options, title, out, true);
}

}  // namespace mdoc
