// The terminal back end: the header line, the document, the footer line.
#include "render/terminal.hpp"

#include <cstdlib>

#include "render/term_device.hpp"
#include "render/term_mdoc.hpp"
#include "render/term_writer.hpp"

namespace mdoc {
namespace {

// Prints one no-break field (left text of a header or footer) and moves on.
void header_field(TermWriter& w, const std::string& text, int offset, int rmargin, bool last) {
  w.offset = offset;
  w.rmargin = rmargin;
  w.layout.no_break = !last;
  w.trailspace = last ? 0 : 1;
  w.no_space = true;
  w.word(text);
  w.flush();
}

// "TITLE(SEC)   volume   TITLE(SEC)": the volume is centered when everything
// fits, right-aligned otherwise; the right title is dropped when it does not fit.
void print_header(TermWriter& w, const Prologue& p) {
  std::string title = p.title + "(" + p.section + ")";
  std::string volume = p.volume;
  // The front end may have named the architecture in the volume already.
  std::string arch = "(" + p.arch + ")";
  if (!p.arch.empty() && volume.find(arch) == std::string::npos) volume += " " + arch;
  int titlen = w.text_width(title), buflen = w.text_width(volume), max = w.max_rmargin;

  int r1 = 2 * (titlen + 1) + buflen < max ? (max - buflen + 1) / 2
           : max > buflen                  ? max - buflen
                                           : 0;
  header_field(w, title, 0, r1, false);
  int r2 = r1 + buflen + titlen < max ? max - titlen : max;
  bool right_title = r2 + titlen <= max;
  w.offset = r1;
  w.rmargin = r2;
  w.layout.no_break = right_title;
  w.trailspace = right_title ? 1 : 0;
  w.no_space = true;
  w.word(volume);
  w.flush();
  if (right_title) header_field(w, title, r2, max, true);
  w.layout.no_break = false;
  w.trailspace = 0;
  w.offset = 0;
  w.rmargin = max;
}

// "OS   date   OS", the date centered.
void print_footer(TermWriter& w, const Prologue& p) {
  w.blank_line();
  // A font left open by .ft or \f escapes does not reach the footer.
  w.restore_fonts(1);
  w.replace_font(TermFont::Roman);
  int max = w.max_rmargin;
  int datelen = w.text_width(p.date), oslen = w.text_width(p.os);
  int r1 = max > datelen ? (max + 1 - datelen) / 2 : 0;
  header_field(w, p.os, 0, r1, false);
  int r2 = max > oslen ? max - oslen : 0;
  header_field(w, p.date, r1, r2, false);
  header_field(w, p.os, r2, max, true);
}

}  // namespace

void render_terminal(const Document& doc, const TermOptions& options, std::string& out) {
  if (doc.is_man || !doc.root()) return;
  // NO_COLOR (https://no-color.org): no SGR sequences, whatever the options say.
  bool sgr = (options.color || options.device == TermDevice::Ansi) && std::getenv("NO_COLOR") == nullptr;
  TermOutputDevice device(options.device, sgr);
  TermWriter w(device, out, options.width);
  TermContext c{w, doc, options, options.indent};
  print_header(w, doc.prologue);
  term_print_children(c, *doc.root());
  print_footer(w, doc.prologue);
}

}  // namespace mdoc
