#include "cli/site_catalog.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace mdoc::cli::site {
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Sections sort numerically first ("2" < "4" < "9" < "n").
bool section_less(const std::string& a, const std::string& b) {
  bool da = !a.empty() && std::isdigit(static_cast<unsigned char>(a[0]));
  bool db = !b.empty() && std::isdigit(static_cast<unsigned char>(b[0]));
  if (da != db) return da;
  return a < b;
}

}  // namespace

void Catalog::finish() {
  std::set<std::string> taken;
  for (PageEntry& p : pages) {
    std::string base = "man" + p.section + "/" + p.file_name + "." + p.section;
    std::string path = base + ".html";
    for (int n = 2; taken.count(path); ++n) path = base + "-" + std::to_string(n) + ".html";
    taken.insert(path);
    p.output = path;
  }
  // File names win over NAME-section names; earlier sources over later ones.
  for (std::size_t i = 0; i < pages.size(); ++i) {
    by_name_section_.emplace(std::make_pair(lower(pages[i].file_name), lower(pages[i].section)), i);
    by_name_.emplace(lower(pages[i].file_name), i);
  }
  for (std::size_t i = 0; i < pages.size(); ++i) {
    for (const std::string& name : pages[i].names) {
      by_name_section_.emplace(std::make_pair(lower(name), lower(pages[i].section)), i);
      by_name_.emplace(lower(name), i);
    }
  }
}

const PageEntry* Catalog::find(const std::string& name, const std::string& section) const {
  if (section.empty()) {
    auto it = by_name_.find(lower(name));
    return it == by_name_.end() ? nullptr : &pages[it->second];
  }
  auto it = by_name_section_.find({lower(name), lower(section)});
  return it == by_name_section_.end() ? nullptr : &pages[it->second];
}

std::vector<std::pair<std::string, std::vector<std::size_t>>> Catalog::by_section() const {
  std::map<std::string, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < pages.size(); ++i) groups[pages[i].section].push_back(i);
  std::vector<std::pair<std::string, std::vector<std::size_t>>> out(groups.begin(), groups.end());
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return section_less(a.first, b.first); });
  for (auto& [section, list] : out) {
    std::sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
      return std::make_pair(lower(pages[a].file_name), pages[a].output) <
             std::make_pair(lower(pages[b].file_name), pages[b].output);
    });
  }
  return out;
}

std::string relative_url(const std::string& from, const std::string& to) {
  auto slash = from.rfind('/');
  std::string from_dir = slash == std::string::npos ? "" : from.substr(0, slash + 1);
  if (!from_dir.empty() && to.compare(0, from_dir.size(), from_dir) == 0) return to.substr(from_dir.size());
  std::string up;
  for (char c : from_dir)
    if (c == '/') up += "../";
  return up + to;
}

}  // namespace mdoc::cli::site
