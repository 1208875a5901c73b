// mdoc render: mandoc-compatible rendering (-T FORMAT, -I os=NAME, -O options).
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/page_input.hpp"
#include "render/html.hpp"
#include "render/terminal.hpp"
#include "render/tree.hpp"

namespace mdoc::cli {
namespace {

// Splits "-O width=80,indent=3" style lists.
std::vector<std::string> split_commas(const std::vector<std::string>& in) {
  std::vector<std::string> out;
  for (const auto& s : in) {
    std::size_t start = 0;
    for (;;) {
      auto comma = s.find(',', start);
      out.push_back(s.substr(start, comma - start));
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  return out;
}

bool parse_int(const std::string& s, int& out) {
  try {
    std::size_t used = 0;
    int v = std::stoi(s, &used);
    if (used != s.size() || v < 0 || v > 1000) return false;
    out = v;
    return true;
  } catch (...) {
    return false;
  }
}

}  // namespace

int run_render(const RenderArgs& args) {
  TermOptions term;
  HtmlOptions html;
  PageInputOptions input;
  input.so_anywhere = args.so_anywhere;
  for (const auto& inc : args.includes) {
    if (inc.rfind("os=", 0) != 0) {
      std::cerr << "mdoc: -I " << inc << ": bad command line argument\n";
      return 5;
    }
    input.os = inc.substr(3);
  }
  for (const auto& opt : split_commas(args.outputs)) {
    auto eq = opt.find('=');
    std::string key = opt.substr(0, eq), value = eq == std::string::npos ? "" : opt.substr(eq + 1);
    if (key == "width" || key == "indent") {
      int v = 0;
      if (!parse_int(value, v)) {
        std::cerr << "mdoc: -O " << opt << ": bad option value\n";
        return 5;
      }
      (key == "width" ? term.width : term.indent) = v;
    } else if (key == "man") {
      term.man_url = html.man_url = value;
    } else if (key == "style") {
      html.style_url = value;
    } else if (key == "color") {
      term.color = true;
    } else if (key == "fragment") {
      html.fragment = true;
    } else {
      std::cerr << "mdoc: -O " << opt << ": unknown option\n";
      return 5;
    }
  }
  const std::string& f = args.format;
  bool terminal = f == "ascii" || f == "utf8" || f == "ansi" || f == "locale";
  if (!terminal && f != "html" && f != "tree" && f != "json") {
    std::cerr << "mdoc: -T " << f << ": unknown output format\n";
    return 5;
  }
  term.device = f == "utf8" || f == "locale" ? TermDevice::Utf8 : f == "ansi" ? TermDevice::Ansi : TermDevice::Ascii;
  if (term.device == TermDevice::Ansi) term.color = true;

  Level minimum = Level::Unsupported;  // like mandoc: silent below this unless -W asks
  if (!args.warn_level.empty() && !parse_level(args.warn_level, minimum)) {
    std::cerr << "mdoc: -W " << args.warn_level << ": bad command line argument\n";
    return 5;
  }

  // Report-only lint findings are style and warning messages: skip the
  // checks that find them unless -W will print them.
  input.lint = minimum <= Level::Warning;

  int status = 0;
  bool first = true;
  std::string out;
  for (const auto& file : args.files) {
    PageResult page = load_page(file, input);
    if (!page.ok) {
      std::cerr << "mdoc: " << file << ": " << page.error << '\n';
      status = std::max(status, 5);
      continue;
    }
    status = std::max(status, report_diagnostics(page.doc, minimum));
    out.clear();
    if (terminal) {
      if (!first) terminal_page_separator(term, out);
      render_terminal(page.doc, term, out);
    } else if (f == "html") {
      render_html(page.doc, html, out);
    } else if (f == "tree") {
      render_tree(page.doc, out);
    } else {
      render_json(page.doc, out);
    }
    first = false;
    if (!write_all(out)) return std::max(status, 6);  // disk full or reader gone: a system error
  }
  return status;
}

}  // namespace mdoc::cli
