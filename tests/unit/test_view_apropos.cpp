// mdoc view -k: reading page heads and matching NAME sections.
#include <doctest/doctest.h>
#include <stdlib.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cli/view_apropos.hpp"
#include "cli/view_page_head.hpp"

namespace fs = std::filesystem;
using namespace mdoc::cli;

namespace {

struct PageTree {
  fs::path root;
  PageTree() {
    std::string pattern = (fs::temp_directory_path() / "mdoc-apropos-XXXXXX").string();
    root = ::mkdtemp(pattern.data());
  }
  ~PageTree() {
    std::error_code ec;
    fs::remove_all(root, ec);
  }
  void write(const std::string& relative, const std::string& text) const {
    fs::path p = root / relative;
    fs::create_directories(p.parent_path());
    if (p.extension() == ".gz") {
      gzFile f = gzopen(p.c_str(), "wb");
      gzwrite(f, text.data(), static_cast<unsigned>(text.size()));
      gzclose(f);
    } else {
      std::ofstream(p) << text;
    }
  }
};

std::string mdoc_page(const std::string& name, const std::string& section, const std::string& description) {
  return ".\\\" a comment\n.Dd January 2, 2020\n.Dt " + name + " " + section + "\n.Os\n.Sh NAME\n.Nm " + name +
         "\n.Nd " + description + "\n.Sh SYNOPSIS\n.Nm other_name_in_synopsis\n.Sh DESCRIPTION\nText.\n";
}

}  // namespace

TEST_CASE("the head of an mdoc page gives its names and description") {
  PageHead head = scan_page_head(
      ".\\\" comment\n.Dd May 1, 2020\n.Dt FOO 3\n.Os\n.Sh NAME\n.Nm foo ,\n.Nm foo_r\n"
      ".Nd frob \\- the \\&widgets\nof the system\n.Sh SYNOPSIS\n.Nm bar\n");
  CHECK(head.is_mdoc);
  CHECK_FALSE(head.is_man);
  CHECK(head.names == std::vector<std::string>{"foo", "foo_r"});
  CHECK(head.description == "frob - the widgets of the system");
  CHECK(head.name_section.find(".Nm foo_r\n") != std::string::npos);
  CHECK(head.name_section.find("bar") == std::string::npos);
}

TEST_CASE("a man(7) page is recognised by its first macro") {
  CHECK(scan_page_head(".\\\" comment\n'\\\" t\n.TH LS 1 2020\n.SH NAME\nls \\- list\n").is_man);
  CHECK(scan_page_head(".ds x y\n.TH LS 1\n").is_man);
  CHECK(scan_page_head(".SH NAME\n").is_man);
  CHECK_FALSE(scan_page_head(".Dd May 1, 2020\n.Dt X 1\n.Os\n.Sh NAME\n").is_man);
  // A .TH after .Dd is a misused request in an mdoc page, not man(7).
  CHECK_FALSE(scan_page_head(".Dd May 1, 2020\n.TH X 1\n").is_man);
}

TEST_CASE("a link page names its target") {
  CHECK(scan_page_head(".so man2/errno.2\n").so_target == "man2/errno.2");
  CHECK(scan_page_head(".Dd x\n.so other.2\n").so_target.empty());
}

TEST_CASE("simple escapes in NAME lines are decoded") {
  CHECK(decode_simple_escapes("a\\-b") == "a-b");
  CHECK(decode_simple_escapes("\\&.Nm") == ".Nm");
  CHECK(decode_simple_escapes("x\\(emy") == "x-y");
  CHECK(decode_simple_escapes("\\fBbold\\fR") == "bold");
  CHECK(decode_simple_escapes("back\\eslash") == "back\\slash");
  CHECK(decode_simple_escapes("\"quoted\"") == "quoted");
  CHECK(decode_simple_escapes("dangling\\") == "dangling\\");
}

TEST_CASE("a compressed page's head is read through zlib") {
  PageTree t;
  t.write("man2/foo.2.gz", mdoc_page("foo", "2", "compressed thing"));
  PageHead head = read_page_head((t.root / "man2/foo.2.gz").string());
  CHECK(head.readable);
  CHECK(head.names == std::vector<std::string>{"foo"});
  CHECK(head.description == "compressed thing");
  CHECK_FALSE(read_page_head((t.root / "missing.2").string()).readable);
}

TEST_CASE("apropos matches names and descriptions without regard to case") {
  PageTree t;
  t.write("man2/socketpair.2", mdoc_page("socketpair", "2", "create a pair of connected sockets"));
  t.write("man3/frob.3.gz", mdoc_page("frob", "3", "twiddle the Widgets"));
  t.write("man1/ls.1", ".TH LS 1\n.SH NAME\nls \\- list socket directory contents\n");
  std::vector<std::string> roots{t.root.string()};

  CHECK(apropos(roots, {"SOCKET"}) ==
        std::vector<std::string>{"socketpair(2) - create a pair of connected sockets"});
  CHECK(apropos(roots, {"widget"}) == std::vector<std::string>{"frob(3) - twiddle the Widgets"});
  CHECK(apropos(roots, {"FRO"}).size() == 1);
  CHECK(apropos(roots, {"nothing-like-this"}).empty());
  // Any word may match; the lines come sorted by name.
  CHECK(apropos(roots, {"widgets", "pair"}) ==
        std::vector<std::string>{"frob(3) - twiddle the Widgets",
                                 "socketpair(2) - create a pair of connected sockets"});
  // man(7) pages are not listed: mdoc view cannot show them.
  CHECK(apropos(roots, {"directory"}).empty());
  // Names from other sections are not names of the page.
  CHECK(apropos(roots, {"other_name_in_synopsis"}).empty());
}

TEST_CASE("links to one page make one line naming them all") {
  PageTree t;
  std::string page = mdoc_page("nanosleep", "2", "high resolution sleep");
  t.write("man2/nanosleep.2", page);
  t.write("man2/clock_nanosleep.2", page);
  auto lines = apropos({t.root.string()}, {"clock"});
  REQUIRE(lines.size() == 1);
  CHECK(lines[0] == "nanosleep, clock_nanosleep(2) - high resolution sleep");
}

TEST_CASE("apropos lines read like mandoc's") {
  AproposEntry e;
  e.names = {"socket", "socketpair"};
  e.section = "2freebsd";
  e.description = "make sockets";
  CHECK(format_apropos_line(e) == "socket, socketpair(2freebsd) - make sockets");
}

TEST_CASE("the number of files examined is bounded") {
  PageTree t;
  for (int i = 0; i < 5; ++i) t.write("man1/p" + std::to_string(i) + ".1", mdoc_page("p" + std::to_string(i), "1", "d"));
  AproposLimits limits;
  limits.max_files = 2;
  CHECK(collect_apropos_entries({t.root.string()}, limits).size() == 2);
  CHECK(collect_apropos_entries({t.root.string()}).size() == 5);
}

TEST_CASE("descriptions are read by the parser, so special characters come out decoded") {
  PageTree t;
  t.write("man4/foo.4", ".Dd May 1, 2020\n.Dt FOO 4\n.Os\n.Sh NAME\n.Nm foo ,\n.Nm foo_r\n"
                        ".Nd frob \\(em the \\*(Lqwidget\\*(Rq driver\n.Sh DESCRIPTION\nx\n");
  auto entries = collect_apropos_entries({t.root.string()});
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].names == std::vector<std::string>{"foo", "foo_r"});
  // U+2014 for \(em and U+201C/U+201D for the quote strings: the cheap
  // reading would have given "-" and nothing.
  CHECK(entries[0].description == "frob \xE2\x80\x94 the \xE2\x80\x9Cwidget\xE2\x80\x9D driver");
}

TEST_CASE("a section narrows apropos to the pages of that section") {
  PageTree t;
  t.write("man2/sock.2", mdoc_page("sock", "2", "a socket call"));
  t.write("man2/sock.2freebsd", mdoc_page("sock", "2", "a FreeBSD socket call"));
  t.write("man4/sockdev.4", mdoc_page("sockdev", "4", "a socket device"));
  std::vector<std::string> roots{t.root.string()};
  CHECK(apropos(roots, {"socket"}).size() == 3);
  CHECK(apropos(roots, {"socket"}, "2").size() == 2);
  CHECK(apropos(roots, {"socket"}, "2freebsd") == std::vector<std::string>{"sock(2freebsd) - a FreeBSD socket call"});
  CHECK(apropos(roots, {"socket"}, "4") == std::vector<std::string>{"sockdev(4) - a socket device"});
  CHECK(apropos(roots, {"socket"}, "7").empty());
}

TEST_CASE("a .so link page adds its name to its target's line") {
  PageTree t;
  t.write("man2/frob.2.gz", mdoc_page("frob", "2", "twiddle the widgets"));
  t.write("man2/twiddle.2", ".so man2/frob.2\n");
  t.write("man2/dangling.2", ".so man2/nothing.2\n");
  CHECK(apropos({t.root.string()}, {"twiddle"}) ==
        std::vector<std::string>{"frob, twiddle(2) - twiddle the widgets"});
  CHECK(apropos({t.root.string()}, {"dangling"}).empty());
}
