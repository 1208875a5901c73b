// Lint checks (mdoc/checks/): each family with the messages mandoc -T lint
// prints for the same input, and the tree repairs that go with them.  Page
// bodies start on line 4 (the prologue takes three lines).
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "ast_sexpr.hpp"
#include "mdoc/checks.hpp"

using mdoc::test::parse_page;
using mdoc::test::sx;

namespace {

// "LINE:COL: LEVEL: message: detail" for every diagnostic whose message
// contains `message`, in the order they were reported.
std::vector<std::string> messages(const mdoc::Document& doc, std::string_view message) {
  std::vector<std::string> out;
  for (const auto& d : doc.diagnostics)
    if (d.message.find(message) != std::string::npos) {
      std::string s = mdoc::format_diagnostic("", d);
      out.push_back(s.substr(1));  // drop the ':' after the empty file name
    }
  return out;
}

std::vector<std::string> lint(std::string_view body, std::string_view message) {
  return messages(parse_page(body), message);
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("paragraph macros next to headings and before lists are deleted") {
  std::string_view page =
      ".Sh DESCRIPTION\n.Pp\ntext\n.Pp\n.Bl -bullet\n.It\nx\n.El\n.Pp\n.Bl -bullet -compact\n.It\ny\n.El\n.Pp\n";
  CHECK(lint(page, "paragraph") == Lines{
                                       "7:2: WARNING: skipping paragraph macro: Pp before Bl",
                                       "5:2: WARNING: skipping paragraph macro: Pp after Sh",
                                       "17:2: WARNING: skipping paragraph macro: Pp at the end of Sh",
                                   });
  // The Pp before the compact list stays; the others are gone from the tree.
  CHECK(sx(page) ==
        "(Sh (head \"DESCRIPTION\") (body \"text\" (Bl (head) (body (It (head) (body \"x\")))) (Pp) "
        "(Bl (head) (body (It (head) (body \"y\"))))))");
}

TEST_CASE("doubled breaks: the later br goes, a Pp replaces an earlier br, sp before Pp stays") {
  CHECK(lint(".Sh A\nx\n.br\n.br\ny\n", "paragraph") == Lines{"7:2: WARNING: skipping paragraph macro: br after br"});
  CHECK(lint(".Sh A\nx\n.br\n.Pp\ny\n", "paragraph") == Lines{"6:2: WARNING: skipping paragraph macro: br before Pp"});
  CHECK(lint(".Sh A\nx\n.Pp\n.sp\ny\n", "paragraph") == Lines{"7:2: WARNING: skipping paragraph macro: sp after Pp"});
  CHECK(lint(".Sh A\nx\n.sp\n.Pp\ny\n", "paragraph").empty());
}

TEST_CASE("a paragraph at the end of the last item moves out of the list") {
  std::string_view page = ".Sh A\n.Bl -bullet\n.It\nx\n.Pp\n.It\ny\n.Pp\n.El\nz\n";
  CHECK(lint(page, "paragraph") == Lines{
                                       "8:2: WARNING: skipping paragraph macro: Pp before It",
                                       "11:2: WARNING: moving paragraph macro out of list: Pp",
                                   });
  CHECK(sx(page) ==
        "(Sh (head \"A\") (body (Bl (head) (body (It (head) (body \"x\")) (It (head) (body \"y\")))) (Pp) \"z\"))");
}

TEST_CASE("Xr: missing section, reference to self, SEE ALSO order and punctuation") {
  std::string_view page =
      ".Sh NAME\n.Nm test\n.Nd t\n.Sh DESCRIPTION\n.Xr test 1 ,\n.Xr lone\n.Sh SEE ALSO\n"
      ".Xr b 1 ,\n.Xr a 1\n.Xr c 1 ;\n.Xr d 1 ,\n.Xr a 2 ,\n.Xr c 1 .\n";
  auto doc = parse_page(page);
  CHECK(messages(doc, "Xr") == Lines{
                                   "12:2: WARNING: unusual Xr order: a after b",
                                   "13:2: WARNING: unusual Xr punctuation: none before c(1)",
                                   "14:2: WARNING: unusual Xr punctuation: ; before d(1)",
                                   "16:2: WARNING: unusual Xr order: c(1) after a(2)",
                                   "16:9: WARNING: unusual Xr punctuation: . after c(1)",
                               });
  CHECK(messages(doc, "self") == Lines{"8:5: WARNING: cross reference to self: Xr test 1"});
  CHECK(messages(doc, "section argument") == Lines{"9:2: WARNING: missing section argument: Xr lone"});
  // Text in the list ends the judging.
  CHECK(lint(".Sh SEE ALSO\n.Xr b 1\nand\n.Xr a 1\n", "Xr").empty());
}

TEST_CASE("text lines: length, tabs, sentences, dashes, bare function names") {
  std::string longline = "word";
  while (longline.size() < 85) longline += " word";
  CHECK(lint(longline + "\n", "longer") ==
        Lines{"4:" + std::to_string(longline.size()) + ": STYLE: input text line longer than 80 bytes: " +
              longline.substr(0, 20) + "..."});
  CHECK(lint(std::string(85, 'x') + "\n", "longer").empty());  // nowhere to break it
  CHECK(lint("a\tb\n", "tab") == Lines{"4:2: WARNING: tab in filled text"});
  CHECK(lint(".Bd -literal\na\tb\n.Ed\n", "tab").empty());
  CHECK(lint("One sentence. Two\n", "sentence") == Lines{"4:15: WARNING: new sentence, new line"});
  CHECK(lint("See e.g. this or x. Y and 1. Two\n", "sentence").empty());
  CHECK(lint("a -- b\n1 -- 2\n", "verbatim") == Lines{"4:3: STYLE: verbatim \"--\", maybe consider using \\(em"});
  CHECK(lint("call foo() and (bar())\n", "function") == Lines{"4:6: STYLE: function name without markup: foo()"});
}

TEST_CASE("whitespace at the end of text, macro and comment lines") {
  CHECK(lint("text  \n.Em word \n.\\\" note \n.br \n", "whitespace") == Lines{
                                                                          "4:5: STYLE: whitespace at end of input line",
                                                                          "5:10: STYLE: whitespace at end of input line",
                                                                          "6:9: STYLE: whitespace at end of input line",
                                                                      });
}

TEST_CASE("trailing delimiters glued to the last argument") {
  CHECK(lint(".Va hw.name.\n.Fa a b,\n.Em two words.\n.Fn f ...\n.Em (x)\n", "no blank") ==
        Lines{
            "4:12: STYLE: no blank before trailing delimiter: Va hw.name.",
            "5:8: STYLE: no blank before trailing delimiter: Fa ... b,",
            "6:14: STYLE: no blank before trailing delimiter: Em two words.",
        });
  CHECK(lint(".Sh NAME\n.Nm a\n.Nd does things.\n.Ss Heading:\n", "trailing delimiter") ==
        Lines{
            "6:16: STYLE: trailing delimiter: Nd does things.",
            "7:12: STYLE: trailing delimiter: Ss Heading:",
        });
}

TEST_CASE("NAME section: only names separated by commas, then the description") {
  CHECK(lint(".Sh NAME\n.Nm a ,\n.Nm b\n.Nm c\ntext\n.Nd d\n", "NAME") ==
        Lines{"8:1: WARNING: bad NAME section content: text"});
  CHECK(lint(".Sh NAME\n.Nm a ,\n.Nm b\n.Nm c\n.Nd d\n", "comma") == Lines{"7:2: WARNING: missing comma before name: Nm c"});
}

TEST_CASE("section titles: typos, order, restricted sections, AUTHORS") {
  auto doc = parse_page(
      ".Sh NAME\n.Nm a\n.Nd b\n.Sh SEE ALSO\nx\n.Sh EXAMPLE\nx\n.Sh EXAMPLES\nx\n.Sh RETURN VALUES\nx\n"
      ".Sh AUTHORS\nsomeone\n");
  CHECK(messages(doc, "typo") == Lines{"9:5: STYLE: possible typo in section name: Sh EXAMPLE instead of EXAMPLES"});
  // Each standard section is compared with the one before it.
  CHECK(messages(doc, "order") == Lines{
                                      "11:2: WARNING: sections out of conventional order: Sh EXAMPLES",
                                      "13:2: WARNING: sections out of conventional order: Sh RETURN VALUES",
                                  });
  CHECK(messages(doc, "unexpected") ==
        Lines{"13:2: WARNING: unexpected section: Sh RETURN VALUES for 2, 3, 9 only"});
  CHECK(messages(doc, "AUTHORS") == Lines{"15:2: WARNING: AUTHORS section without An macro"});
}

TEST_CASE("section titles one edit from a standard one: substitution, insertion, deletion only") {
  auto typos = [](const std::string& title) {
    return messages(parse_page(".Sh NAME\n.Nm a\n.Nd b\n.Sh " + title + "\nx\n"), "typo");
  };
  CHECK(typos("FILEZ") == Lines{"7:5: STYLE: possible typo in section name: Sh FILEZ instead of FILES"});
  CHECK(typos("ERRRORS") == Lines{"7:5: STYLE: possible typo in section name: Sh ERRRORS instead of ERRORS"});
  CHECK(typos("SEEALSO") == Lines{"7:5: STYLE: possible typo in section name: Sh SEEALSO instead of SEE ALSO"});
  CHECK(typos("XFILES") == Lines{"7:5: STYLE: possible typo in section name: Sh XFILES instead of FILES"});
  // Two edits (a transposition counts as two), and titles far longer than any.
  CHECK(typos("FIELS").empty());
  CHECK(typos("NOTE").empty());
  CHECK(typos(std::string(5000, 'N')).empty());
}

TEST_CASE("lists and displays: -width without a tag column, nested displays") {
  CHECK(lint(".Bl -ohang -width 4n\n.It x\n.El\n", "width") == Lines{"4:12: WARNING: skipping -width argument: Bl -ohang"});
  CHECK(lint(".Bd -ragged\n.Bd -literal\nx\n.Ed\n.Ed\n", "nested") ==
        Lines{"5:2: WARNING: nested displays are not portable: Bd in Bd"});
}

TEST_CASE("BSD names written out: first of each per line, and Bx with a known name") {
  CHECK(lint("FreeBSD and FreeBSD, NetBSD\n.Bx Open 2.1\n.Bd -literal\nFreeBSD\n.Ed\n", "OS macro") ==
        Lines{
            "4:1: STYLE: consider using OS macro: Fx",
            "4:22: STYLE: consider using OS macro: Nx",
            "5:2: STYLE: consider using OS macro: Ox",
        });
}

TEST_CASE("skipped macros leave the tree: Ns opening a line, empty in-line macros") {
  std::string_view page = "word\n.Ns (\n.Em\n";
  CHECK(lint(page, "skipping") == Lines{
                                      "5:2: WARNING: skipping no-space macro",
                                      "6:2: WARNING: skipping empty macro: Em",
                                  });
  CHECK(sx(page) == "\"word\" \"(\"");
  CHECK(lint(".Bd -ragged\n.Ed\n", "empty") == Lines{"4:2: WARNING: empty block: Bd"});
}

TEST_CASE("verbatim dashes: the first on a line, ranges of numbers excepted, macro lines too") {
  CHECK(lint("1 -- 2 -- a -- b\n.Em x -- y\n", "verbatim") == Lines{
                                                                  "4:8: STYLE: verbatim \"--\", maybe consider using \\(em",
                                                                  "5:7: STYLE: verbatim \"--\", maybe consider using \\(em",
                                                              });
}

TEST_CASE("referenced manuals are looked up as manSECTION/NAME.SECTION* in each folder") {
  namespace fs = std::filesystem;
  fs::path root = fs::temp_directory_path() / ("mdoc-lint-man-" + std::to_string(::getpid()));
  fs::create_directories(root / "man2");
  std::ofstream(root / "man2" / "pipe.2freebsd.gz") << "";
  auto doc = parse_page(".Xr pipe 2 ,\n.Xr pipe 2freebsd ,\n.Xr pipe 3 ,\n.Xr gone 1 ,\n.Xr gone 1\n");
  mdoc::checks::referenced_manuals(doc, {root.string()});
  CHECK(messages(doc, "referenced") == Lines{
                                           "6:6: STYLE: referenced manual not found: Xr pipe 3",
                                           "7:6: STYLE: referenced manual not found: Xr gone 1 (2 times)",
                                       });
  fs::remove_all(root);
}
