// mdoc view's page lookup: search roots, file names, section order.
#include <doctest/doctest.h>
#include <stdlib.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cli/view_search.hpp"

namespace fs = std::filesystem;
using namespace mdoc::cli;

namespace {

// A fresh folder under the system temp folder, removed at the end of a test.
struct TempTree {
  fs::path root;
  TempTree() {
    std::string pattern = (fs::temp_directory_path() / "mdoc-view-XXXXXX").string();
    root = ::mkdtemp(pattern.data());
  }
  ~TempTree() {
    std::error_code ec;
    fs::remove_all(root, ec);
  }
  std::string file(const std::string& relative, const std::string& text = ".Dd x\n") const {
    fs::path p = root / relative;
    fs::create_directories(p.parent_path());
    if (p.extension() == ".gz") {
      gzFile f = gzopen(p.c_str(), "wb");
      gzwrite(f, text.data(), static_cast<unsigned>(text.size()));
      gzclose(f);
    } else {
      std::ofstream(p) << text;
    }
    return p.string();
  }
  std::string dir(const std::string& relative) const {
    fs::create_directories(root / relative);
    return (root / relative).string();
  }
};

std::vector<std::string> leaves(const std::vector<PageFile>& pages) {
  std::vector<std::string> out;
  for (const auto& p : pages) out.push_back(fs::path(p.path).parent_path().filename().string() + "/" +
                                            fs::path(p.path).filename().string());
  return out;
}

}  // namespace

TEST_CASE("page file names split into name and section") {
  std::string name, ext;
  CHECK(split_page_file_name("socketpair.2freebsd.gz", name, ext));
  CHECK(name == "socketpair");
  CHECK(ext == "2freebsd");
  CHECK(split_page_file_name("ld.so.8", name, ext));
  CHECK(name == "ld.so");
  CHECK(ext == "8");
  CHECK(split_page_file_name("Dpkg::Version.3perl.gz", name, ext));
  CHECK(name == "Dpkg::Version");
  CHECK(split_page_file_name("tclsh.n", name, ext));
  CHECK(ext == "n");
  CHECK_FALSE(split_page_file_name("README", name, ext));
  CHECK_FALSE(split_page_file_name("notes.txt", name, ext));
  CHECK_FALSE(split_page_file_name(".2", name, ext));
  CHECK_FALSE(split_page_file_name("foo.", name, ext));
}

TEST_CASE("sections rank in man-db's default order") {
  CHECK(section_rank("1") < section_rank("8"));
  CHECK(section_rank("8") < section_rank("3"));
  CHECK(section_rank("3") < section_rank("2"));
  CHECK(section_rank("2") < section_rank("5"));
  CHECK(section_rank("9") < section_rank("7"));
  CHECK(section_rank("2freebsd") == section_rank("2"));
  CHECK(section_rank("3pm") != section_rank("3"));
  CHECK(section_rank("3p") == section_rank("3"));
  CHECK(section_rank("x") > section_rank("7"));
}

TEST_CASE("section arguments are told from page names") {
  CHECK(looks_like_section("2"));
  CHECK(looks_like_section("3p"));
  CHECK(looks_like_section("2freebsd"));
  CHECK(looks_like_section("n"));
  CHECK_FALSE(looks_like_section("socketpair"));
  CHECK_FALSE(looks_like_section("2/x"));
  CHECK_FALSE(looks_like_section(""));
}

TEST_CASE("lookup follows the section order and a requested section") {
  TempTree t;
  t.file("man2/foo.2");
  t.file("man3/foo.3.gz");
  t.file("man8/foo.8");
  t.file("man1/bar.1");
  std::vector<std::string> roots{t.root.string()};

  auto any = find_pages(roots, "foo", "");
  REQUIRE(any.size() == 3);
  CHECK(leaves(any) == std::vector<std::string>{"man8/foo.8", "man3/foo.3.gz", "man2/foo.2"});
  CHECK(any[1].extension == "3");

  auto three = find_pages(roots, "foo", "3");
  REQUIRE(three.size() == 1);
  CHECK(three[0].path == (t.root / "man3/foo.3.gz").string());

  CHECK(find_pages(roots, "foo", "5").empty());
  CHECK(find_pages(roots, "fo", "").empty());
  CHECK(find_pages(roots, "bar", "")[0].extension == "1");
}

TEST_CASE("a plain section comes before a suffixed one, which its prefix selects") {
  TempTree t;
  t.file("man2/socketpair.2freebsd.gz");
  t.file("man2/socketpair.2");
  t.file("man3/printf.3p");
  std::vector<std::string> roots{t.root.string()};
  auto two = find_pages(roots, "socketpair", "2");
  REQUIRE(two.size() == 2);
  CHECK(two[0].extension == "2");
  CHECK(two[1].extension == "2freebsd");
  auto freebsd = find_pages(roots, "socketpair", "2freebsd");
  REQUIRE(freebsd.size() == 1);
  CHECK(freebsd[0].extension == "2freebsd");
  CHECK(find_pages(roots, "printf", "3p").size() == 1);
  CHECK(find_pages(roots, "printf", "3").size() == 1);
  CHECK(find_pages(roots, "printf", "3x").empty());
}

TEST_CASE("pages at the top of a root are found, folders named like pages are not") {
  TempTree t;
  t.file("socketpair.2");
  t.dir("man2/trap.2");
  t.file("dragonfly/socketpair.2");
  std::vector<std::string> roots{t.root.string()};
  auto found = find_pages(roots, "socketpair", "");
  REQUIRE(found.size() == 1);
  CHECK(found[0].path == (t.root / "socketpair.2").string());
  CHECK(find_pages(roots, "trap", "").empty());
}

TEST_CASE("the first root holding the name wins over a better section later") {
  TempTree a, b;
  a.file("man7/foo.7");
  b.file("man1/foo.1");
  auto found = find_pages({a.root.string(), b.root.string()}, "foo", "");
  REQUIRE(found.size() == 2);
  CHECK(found[0].extension == "7");
  CHECK(found[1].extension == "1");
}

TEST_CASE("search roots: bundled, MDOCPATH, MANPATH, then the system default") {
  TempTree t;
  std::string bundled = t.dir("bundled"), mdocpath = t.dir("mdoc"), manpath = t.dir("manpath"),
              system = t.dir("system");
  SearchEnvironment env;
  env.bundled = {bundled, (t.root / "missing").string()};
  env.system = {system};

  SUBCASE("nothing set: bundled then system; missing folders are left out") {
    CHECK(search_roots(env) == std::vector<std::string>{bundled, system});
  }
  SUBCASE("MDOCPATH comes before the system default") {
    std::string value = mdocpath + "::" + bundled;  // a repeat and an empty part are dropped
    env.mdocpath = value.c_str();
    CHECK(search_roots(env) == std::vector<std::string>{bundled, mdocpath, system});
  }
  SUBCASE("a set MANPATH replaces the system default") {
    env.manpath = manpath.c_str();
    CHECK(search_roots(env) == std::vector<std::string>{bundled, manpath});
  }
  SUBCASE("an empty MANPATH component stands for the system default") {
    std::string trailing = manpath + ":";
    env.manpath = trailing.c_str();
    CHECK(search_roots(env) == std::vector<std::string>{bundled, manpath, system});
    std::string leading = ":" + manpath;
    env.manpath = leading.c_str();
    CHECK(search_roots(env) == std::vector<std::string>{bundled, system, manpath});
    std::string middle = mdocpath + "::" + manpath;
    env.manpath = middle.c_str();
    CHECK(search_roots(env) == std::vector<std::string>{bundled, mdocpath, system, manpath});
  }
}

TEST_CASE("list_pages sees every page of a root once") {
  TempTree t;
  t.file("man2/a.2");
  t.file("man3/b.3.gz");
  t.file("c.1");
  t.file("man3/notes.txt");
  auto pages = list_pages(t.root.string());
  CHECK(pages.size() == 3);
}
