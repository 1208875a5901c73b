#include "cli/site_scan.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "cli/page_input.hpp"
#include "mdoc/parse.hpp"

namespace mdoc::cli::site {
namespace {

namespace fs = std::filesystem;

bool split_page_name(const std::string& leaf, SourceFile& out) {
  std::string name = leaf;
  if (name.size() > 3 && name.compare(name.size() - 3, 3, ".gz") == 0) name.resize(name.size() - 3);
  auto dot = name.rfind('.');
  if (dot == std::string::npos || dot == 0 || dot + 1 == name.size()) return false;
  char first = name[dot + 1];
  if (!std::isdigit(static_cast<unsigned char>(first)) && first != 'n' && first != 'l' && first != 'o')
    return false;
  out.file_name = name.substr(0, dot);
  out.extension = name.substr(dot + 1);
  return true;
}

bool starts_with_nocase(const std::string& s, const std::string& prefix) {
  if (prefix.empty() || prefix.size() > s.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  return true;
}

const Node* find_section(const Node& root, std::string_view title) {
  for (const Node* c = root.first; c; c = c->next)
    if (c->type == NodeType::Block && c->macro == Macro::Sh && c->head() && plain_text(*c->head()) == title) return c;
  return nullptr;
}

std::string collapse_spaces(std::string s) {
  std::string out;
  for (char c : s) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\x1f';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void describe_mdoc(const Document& doc, PageEntry& entry) {
  const Node* name = find_section(*doc.root(), "NAME");
  if (!name || !name->body()) return;
  for (const Node* c = name->body()->first; c; c = c->next) {
    if (c->macro == Macro::Nm && c->type == NodeType::Element) {
      std::string n = collapse_spaces(plain_text(*c));
      if (!n.empty() && std::find(entry.names.begin(), entry.names.end(), n) == entry.names.end())
        entry.names.push_back(n);
    } else if (c->macro == Macro::Nd && entry.description.empty()) {
      entry.description = collapse_spaces(plain_text(*c));
    }
  }
}

}  // namespace

std::vector<SourceFile> find_sources(const std::vector<std::string>& roots, std::vector<std::string>& errors) {
  std::vector<SourceFile> out;
  for (const std::string& root : roots) {
    std::error_code ec;
    if (fs::is_regular_file(root, ec)) {
      SourceFile f;
      f.path = root;
      if (split_page_name(fs::path(root).filename().string(), f)) out.push_back(f);
      continue;
    }
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) {
      errors.push_back(root + ": " + ec.message());
      continue;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) {
        errors.push_back(root + ": " + ec.message());
        break;
      }
      std::error_code type_ec;
      if (!it->is_regular_file(type_ec)) continue;
      SourceFile f;
      f.path = it->path().string();
      if (split_page_name(it->path().filename().string(), f)) out.push_back(f);
    }
  }
  std::sort(out.begin(), out.end(), [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
  out.erase(std::unique(out.begin(), out.end(), [](const SourceFile& a, const SourceFile& b) { return a.path == b.path; }),
            out.end());
  return out;
}

void describe_man_page(const std::string& text, PageEntry& entry) {
  // The line after ".SH NAME" (or ".Sh NAME"): "name, other \- description".
  std::size_t pos = 0;
  bool in_name = false;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(pos, end - pos);
    pos = end + 1;
    if (line.rfind(".SH", 0) == 0) {
      if (in_name) break;
      in_name = line.find("NAME") != std::string::npos;
      continue;
    }
    if (!in_name || line.empty() || line[0] == '.' || line[0] == '\'') continue;
    auto dash = line.find("\\-");
    std::string names = dash == std::string::npos ? line : line.substr(0, dash);
    if (dash != std::string::npos) entry.description = collapse_spaces(line.substr(dash + 2));
    std::size_t start = 0;
    while (start < names.size()) {
      std::size_t comma = names.find(',', start);
      if (comma == std::string::npos) comma = names.size();
      std::string n = collapse_spaces(names.substr(start, comma - start));
      while (!n.empty() && n[0] == ' ') n.erase(0, 1);
      if (!n.empty() && n.find("\\") == std::string::npos) entry.names.push_back(n);
      start = comma + 1;
    }
    break;
  }
}

void describe_page(const SourceFile& source, const std::string& os, PageEntry& entry) {
  entry.source = source.path;
  entry.file_name = source.file_name;
  entry.section = source.extension;
  entry.names.clear();
  try {
    PageInputOptions input;
    input.os = os;
    PageResult page = load_page(source.path, input);
    if (!page.ok) {
      entry.failed = true;
      entry.error = page.error;
      entry.names.push_back(entry.file_name);
      return;
    }
    const Prologue& p = page.doc.prologue;
    if (starts_with_nocase(source.extension, p.section)) {
      entry.section = source.extension.substr(0, p.section.size());
    } else {
      // "4freebsd" from a page without a usable .Dt: the leading digits.
      std::size_t digits = 0;
      while (digits < source.extension.size() && std::isdigit(static_cast<unsigned char>(source.extension[digits])))
        ++digits;
      if (digits > 0) entry.section = source.extension.substr(0, digits);
    }
    entry.title = p.title.empty() ? source.file_name : p.title;
    entry.volume = p.volume;
    if (page.doc.is_man) {
      entry.is_man = true;
      std::string bytes, error;
      if (read_file(source.path, bytes, error)) describe_man_page(bytes, entry);
      entry.title = source.file_name;
    } else {
      describe_mdoc(page.doc, entry);
    }
  } catch (const std::exception& e) {
    entry.failed = true;
    entry.error = std::string("internal error while parsing: ") + e.what();
  }
  if (std::find(entry.names.begin(), entry.names.end(), entry.file_name) == entry.names.end())
    entry.names.insert(entry.names.begin(), entry.file_name);
}

}  // namespace mdoc::cli::site
