// "referenced manual not found": an Xr naming a page that is not installed.
// mandoc asks its database and then the file system; the answer depends on
// the machine, not on the page, so only mdoc lint runs this check (the
// parser never looks at the file system on a page's behalf).
#include <dirent.h>

#include <cstdlib>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "mdoc/checks.hpp"

namespace mdoc::checks {
namespace {

// Whether DIR holds a file NAME.SECTION followed by anything (".gz", or a
// suffix such as "freebsd").
bool directory_has(const std::string& dir, const std::string& prefix) {
  DIR* d = opendir(dir.c_str());
  if (!d) return false;
  bool found = false;
  while (dirent* e = readdir(d))
    if (std::string_view(e->d_name).substr(0, prefix.size()) == prefix) {
      found = true;
      break;
    }
  closedir(d);
  return found;
}

bool installed(const std::vector<std::string>& manpath, const std::string& name, const std::string& section) {
  if (name.empty() || section.empty() || name.find('/') != std::string::npos) return false;
  std::string prefix = name + "." + section;
  for (const auto& root : manpath) {
    if (directory_has(root + "/man" + section, prefix)) return true;
    if (section.size() > 1 && directory_has(root + "/man" + section.substr(0, 1), prefix)) return true;
  }
  return false;
}

struct Reference {
  const Node* at = nullptr;
  int count = 0;
};

void collect(const Node* n, std::map<std::pair<std::string, std::string>, Reference>& refs,
             std::vector<std::pair<std::string, std::string>>& order) {
  for (const Node* c = n->first; c; c = c->next) {
    if (c->type == NodeType::Element && c->macro == Macro::Xr && c->first && c->first->next &&
        !c->is(kImplicitMacro)) {
      std::pair key{strip_markers(c->first->text()), strip_markers(c->first->next->text())};
      Reference& r = refs[key];
      if (r.count++ == 0) {
        r.at = c->first;
        order.push_back(key);
      }
    }
    collect(c, refs, order);
  }
}

}  // namespace

void referenced_manuals(Document& doc, const std::vector<std::string>& manpath) {
  if (!doc.root()) return;
  std::map<std::pair<std::string, std::string>, Reference> refs;
  std::vector<std::pair<std::string, std::string>> order;
  collect(doc.root(), refs, order);
  for (const auto& key : order) {
    if (installed(manpath, key.first, key.second)) continue;
    const Reference& r = refs[key];
    std::string detail = "Xr " + key.first + " " + key.second;
    if (r.count > 1) detail += " (" + std::to_string(r.count) + " times)";
    // mandoc points one column into the name.
    doc.diagnostics.push_back({Level::Style, r.at->line, r.at->column + 1, "referenced manual not found", detail});
  }
}

std::vector<std::string> manual_path_from_environment() {
  std::vector<std::string> out;
  const char* env = std::getenv("MANPATH");
  std::string_view path = env && *env ? env : "/usr/share/man";
  while (!path.empty()) {
    std::size_t colon = path.find(':');
    std::string_view dir = path.substr(0, colon);
    if (!dir.empty()) out.emplace_back(dir);
    if (colon == std::string_view::npos) break;
    path.remove_prefix(colon + 1);
  }
  return out;
}

}  // namespace mdoc::checks
