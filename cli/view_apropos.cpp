#include "cli/view_apropos.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "cli/view_page_head.hpp"
#include "cli/view_search.hpp"
#include "mdoc/parse.hpp"

namespace mdoc::cli {
namespace {

std::string lowercase(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Splits "a, b" style name lists into names.
void add_names(std::string_view text, std::vector<std::string>& names) {
  std::string current;
  auto flush = [&] {
    if (!current.empty()) names.push_back(std::move(current));
    current.clear();
  };
  for (char c : text) {
    if (c == ',' || c == ' ' || c == '\t' || c == '\n') flush();
    else current += c;
  }
  flush();
}

void add_name(AproposEntry& entry, const std::string& name) {
  if (std::find(entry.names.begin(), entry.names.end(), name) == entry.names.end()) entry.names.push_back(name);
}

void collect_from_tree(const Node& node, AproposEntry& entry) {
  for (const Node* child = node.first; child; child = child->next) {
    if (child->type == NodeType::Element && child->macro == Macro::Nm) {
      add_names(plain_text(*child), entry.names);
      continue;
    }
    if (child->type == NodeType::Block && child->macro == Macro::Nd) {
      if (child->body()) entry.description = plain_text(*child->body());
      continue;
    }
    collect_from_tree(*child, entry);
  }
}

// Reads the NAME section with the real parser, so escapes, special
// characters and in-line macros come out as the renderers show them; falls
// back on the cheap reading when the parser finds no names.
void fill_names(const PageHead& head, AproposEntry& entry) {
  std::string snippet = ".Dd January 1, 2000\n.Dt APROPOS 1\n.Os\n" + head.name_section;
  ParseOptions options;
  options.file_name = entry.path;
  options.lint = false;  // only the names and description are read
  Document doc = parse(snippet, options);
  if (doc.root()) collect_from_tree(*doc.root(), entry);
  if (entry.names.empty()) {
    entry.names = head.names;
    entry.description = head.description;
  }
  // The tree keeps line breaks of multi-line descriptions.
  std::replace(entry.description.begin(), entry.description.end(), '\n', ' ');
}

}  // namespace

std::vector<AproposEntry> collect_apropos_entries(const std::vector<std::string>& roots,
                                                  const AproposLimits& limits) {
  std::vector<AproposEntry> entries;
  std::map<std::string, std::size_t> by_path;
  std::vector<std::pair<std::string, std::string>> links;  // target path, link name
  std::size_t examined = 0;
  for (const auto& root : roots) {
    for (auto& page : list_pages(root)) {
      if (++examined > limits.max_files) break;
      PageHead head = read_page_head(page.path);
      if (!head.so_target.empty()) {
        std::string target = resolve_so_link(page.path, head.so_target);
        if (!target.empty()) links.emplace_back(std::move(target), page.name);
        continue;
      }
      if (!head.readable || head.is_man || head.name_section.empty()) continue;
      AproposEntry entry;
      entry.section = page.extension;
      entry.path = std::move(page.path);
      fill_names(head, entry);
      if (entry.names.empty()) continue;
      // A link (FreeBSD's clock_nanosleep.2 is nanosleep.2) is found by
      // its file name too, as makewhatis indexes it.
      add_name(entry, page.name);
      by_path.emplace(entry.path, entries.size());
      entries.push_back(std::move(entry));
    }
  }
  // ".so" link pages name their target page the same way.
  for (auto& [target, name] : links) {
    auto it = by_path.find(target);
    if (it != by_path.end()) add_name(entries[it->second], name);
  }
  return entries;
}

bool apropos_matches(const AproposEntry& entry, const std::vector<std::string>& words) {
  std::string description = lowercase(entry.description);
  for (const auto& word : words) {
    std::string w = lowercase(word);
    if (description.find(w) != std::string::npos) return true;
    for (const auto& name : entry.names)
      if (lowercase(name).find(w) != std::string::npos) return true;
  }
  return false;
}

std::string format_apropos_line(const AproposEntry& entry) {
  std::string line;
  for (const auto& name : entry.names) {
    if (!line.empty()) line += ", ";
    line += name;
  }
  line += '(' + entry.section + ") - " + entry.description;
  return line;
}

std::vector<std::string> apropos(const std::vector<std::string>& roots, const std::vector<std::string>& words,
                                 std::string_view section, const AproposLimits& limits) {
  // Links and copies of one page become one line listing all their names.
  std::vector<AproposEntry> hits;
  std::map<std::string, std::size_t> by_page;
  for (auto& entry : collect_apropos_entries(roots, limits)) {
    if (entry.section.compare(0, section.size(), section) != 0) continue;
    if (!apropos_matches(entry, words)) continue;
    std::string key = entry.section + '\n' + entry.names.front() + '\n' + entry.description;
    auto [it, fresh] = by_page.emplace(key, hits.size());
    if (fresh) {
      hits.push_back(std::move(entry));
      continue;
    }
    auto& names = hits[it->second].names;
    for (auto& name : entry.names)
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(std::move(name));
  }
  std::stable_sort(hits.begin(), hits.end(), [](const AproposEntry& a, const AproposEntry& b) {
    std::string na = lowercase(a.names.front()), nb = lowercase(b.names.front());
    if (na != nb) return na < nb;
    return section_rank(a.section) < section_rank(b.section);
  });
  std::vector<std::string> lines;
  for (const auto& entry : hits) lines.push_back(format_apropos_line(entry));
  return lines;
}

}  // namespace mdoc::cli
