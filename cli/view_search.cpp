#include "cli/view_search.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

namespace mdoc::cli {
namespace fs = std::filesystem;

namespace {

bool is_directory(const std::string& path) {
  std::error_code ec;
  return !path.empty() && fs::is_directory(path, ec);
}

// Splits on ':' keeping empty components, which MANPATH gives a meaning.
std::vector<std::string> split_colons(std::string_view s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (;;) {
    auto colon = s.find(':', start);
    out.emplace_back(s.substr(start, colon - start));
    if (colon == std::string_view::npos) break;
    start = colon + 1;
  }
  return out;
}

void add_root(std::vector<std::string>& roots, const std::string& root) {
  if (!is_directory(root)) return;
  std::error_code ec;
  auto canonical = fs::weakly_canonical(root, ec).string();
  const std::string& key = ec ? root : canonical;
  if (std::find(roots.begin(), roots.end(), key) == roots.end()) roots.push_back(key);
}

}  // namespace

std::vector<std::string> search_roots(const SearchEnvironment& env) {
  std::vector<std::string> roots;
  for (const auto& dir : env.bundled) add_root(roots, dir);
  if (env.mdocpath)
    for (const auto& dir : split_colons(env.mdocpath)) add_root(roots, dir);
  if (env.manpath) {
    for (const auto& dir : split_colons(env.manpath)) {
      if (!dir.empty()) add_root(roots, dir);
      else
        for (const auto& sys : env.system) add_root(roots, sys);
    }
  } else {
    for (const auto& sys : env.system) add_root(roots, sys);
  }
  return roots;
}

const std::vector<std::string>& default_section_order() {
  static const std::vector<std::string> order = {"1", "n", "l", "8", "3", "0", "2", "3type", "3posix",
                                                 "3pm", "3perl", "3am", "5", "4", "9", "6", "7"};
  return order;
}

int section_rank(std::string_view extension) {
  const auto& order = default_section_order();
  int best = static_cast<int>(order.size());
  std::size_t best_length = 0;
  for (std::size_t i = 0; i < order.size(); ++i) {
    const std::string& s = order[i];
    if (extension.substr(0, s.size()) == s && s.size() > best_length) {
      best = static_cast<int>(i);
      best_length = s.size();
    }
  }
  return best;
}

bool looks_like_section(std::string_view word) {
  if (word.empty() || word.size() > 16) return false;
  if (word == "n" || word == "l") return true;
  if (!std::isdigit(static_cast<unsigned char>(word[0]))) return false;
  return std::all_of(word.begin(), word.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
}

bool split_page_file_name(std::string_view file_name, std::string& name, std::string& extension) {
  std::string_view base = file_name;
  if (base.size() > 3 && base.substr(base.size() - 3) == ".gz") base.remove_suffix(3);
  auto dot = base.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 == base.size()) return false;
  std::string_view ext = base.substr(dot + 1);
  // A section starts with a digit or is one of man's letter sections.
  char first = ext[0];
  if (!std::isdigit(static_cast<unsigned char>(first)) && ext != "n" && ext != "l") return false;
  name.assign(base.substr(0, dot));
  extension.assign(ext);
  return true;
}

namespace {

// The folders of a root that hold pages: the root itself, then man*/ sorted.
std::vector<std::string> page_folders(const std::string& root) {
  std::vector<std::string> folders{root};
  std::error_code ec;
  for (fs::directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
    std::string leaf = it->path().filename().string();
    std::error_code dec;
    if (leaf.size() > 3 && leaf.compare(0, 3, "man") == 0 && it->is_directory(dec))
      folders.push_back(it->path().string());
  }
  std::sort(folders.begin() + 1, folders.end());
  return folders;
}

// Calls keep(leaf) on every file name of the root's page folders and collects
// the page files it accepts.
template <typename Keep>
std::vector<PageFile> collect_pages(const std::string& root, Keep keep) {
  std::vector<PageFile> pages;
  for (const auto& folder : page_folders(root)) {
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
      std::string leaf = it->path().filename().string();
      if (!keep(leaf)) continue;
      PageFile page;
      if (!split_page_file_name(leaf, page.name, page.extension)) continue;
      std::error_code dec;
      if (it->is_directory(dec)) continue;
      page.path = it->path().string();
      pages.push_back(std::move(page));
    }
  }
  return pages;
}

}  // namespace

std::string resolve_so_link(const std::string& page, const std::string& target) {
  if (target.empty()) return "";
  fs::path folder = fs::path(page).parent_path();
  for (const fs::path& base : {folder.parent_path(), folder}) {
    for (const char* suffix : {"", ".gz"}) {
      fs::path p = base / (target + suffix);
      std::error_code ec;
      if (fs::is_regular_file(p, ec)) return p.string();
    }
  }
  return "";
}

std::vector<PageFile> list_pages(const std::string& root) {
  return collect_pages(root, [](const std::string&) { return true; });
}

namespace {

// Best first: section order, then the plain section before a suffixed one
// ("2" before "2freebsd"), then the file name for a stable answer.
bool better_page(const PageFile& a, const PageFile& b) {
  int ra = section_rank(a.extension), rb = section_rank(b.extension);
  if (ra != rb) return ra < rb;
  if (a.extension != b.extension) {
    if (a.extension.size() != b.extension.size()) return a.extension.size() < b.extension.size();
    return a.extension < b.extension;
  }
  return a.path < b.path;
}

bool section_matches(std::string_view extension, std::string_view section) {
  return section.empty() || extension.substr(0, section.size()) == section;
}

}  // namespace

std::vector<PageFile> find_pages(const std::vector<std::string>& roots, std::string_view name,
                                 std::string_view section) {
  std::vector<PageFile> found;
  for (const auto& root : roots) {
    std::vector<PageFile> here;
    // Only names starting "NAME." can match; checking that first keeps the
    // scan of a large root (tens of thousands of files) cheap.
    auto starts_with_name = [&](const std::string& leaf) {
      return leaf.size() > name.size() && leaf.compare(0, name.size(), name) == 0 && leaf[name.size()] == '.';
    };
    for (auto& page : collect_pages(root, starts_with_name))
      if (page.name == name && section_matches(page.extension, section)) here.push_back(std::move(page));
    std::stable_sort(here.begin(), here.end(), better_page);
    found.insert(found.end(), std::make_move_iterator(here.begin()), std::make_move_iterator(here.end()));
  }
  return found;
}

}  // namespace mdoc::cli
