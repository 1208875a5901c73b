// The mdoc parser: each macro family with an asserted tree.  Expected trees
// follow the structure mandoc -T tree shows for the same input.
#include <doctest/doctest.h>

#include "ast_sexpr.hpp"

using mdoc::test::has_diagnostic;
using mdoc::test::parse_page;
using mdoc::test::sx;

TEST_CASE("sections: Sh and Ss are full implicit blocks") {
  CHECK(sx(".Sh NAME\n.Nm foo\n.Nd bar baz\n") ==
        "(Sh (head \"NAME\") (body (Nm \"foo\") (Nd (head) (body \"bar\" \"baz\"))))");
  CHECK(sx(".Sh A\n.Ss B\ntext\n.Ss C\n.Sh D\n") ==
        "(Sh (head \"A\") (body (Ss (head \"B\") (body \"text\")) (Ss (head \"C\") (body)))) "
        "(Sh (head \"D\") (body))");
}

TEST_CASE("in-line macros: arguments, delimiters, interrupted scope") {
  CHECK(sx(".Ar file , Ar dir\n") == "(Ar \"file\") \",\" (Ar \"dir\")");
  CHECK(sx(".Ar ( a ) b\n") == "\"(\" (Ar \"a\") \")\" (Ar \"b\")");
  CHECK(sx(".Fl a b\n") == "(Fl \"a\") (Fl \"b\")");
  CHECK(sx(".Fn socketpair \"int d\" \"int *sv\"\n") == "(Fn \"socketpair\" \"int d\" \"int *sv\")");
  CHECK(sx(".Ar\n") == "(Ar \"file\" \"...\")");
  CHECK(sx(".Ar ,\n") == "(Ar \"file\" \"...\") \",\"");
  CHECK(sx(".Em \\&.\n") == "(Em \".\")");
}

TEST_CASE("macro arguments: blanks separate, escapes and quotes hold words together") {
  // An escaped blank stays inside its word; quotes group, "" is a quote,
  // and an escape inside quotes is stepped over whole.
  CHECK(sx(".Ar a\\ b c\n") == "(Ar \"a\\~b\" \"c\")");
  CHECK(sx(".Ar abcdefghijklmnopqrstuvwxyz\\ 0123456789 end\n") ==
        "(Ar \"abcdefghijklmnopqrstuvwxyz\\~0123456789\" \"end\")");
  CHECK(sx(".Ar \"a b\" \"c \"\"d\"\"\" e\n") == "(Ar \"a b\" \"c \"d\"\" \"e\")");
  CHECK(sx(".Ar \"a\\(lq b\" c\n") == "(Ar \"a\xE2\x80\x9C b\" \"c\")");
  auto open = parse_page(".Ar \"never closed\n");
  CHECK(has_diagnostic(open, "unterminated quoted argument"));
  CHECK(mdoc::test::sexpr(open).ends_with("(Ar \"never closed\")"));
}

TEST_CASE("callable macros nest; parsed macros call them") {
  CHECK(sx(".Fl a Ar b\n") == "(Fl \"a\") (Ar \"b\")");
  CHECK(sx(".Fl a Ns Ar b\n") == "(Fl \"a\") (Ns) (Ar \"b\")");
  CHECK(sx(".Xr pipe 2 , foo\n") == "(Xr \"pipe\" \"2\") \",\" \"foo\"");
  CHECK(sx(".Pf ( Fa x\n") == "(Pf \"(\") (Fa \"x\")");
  CHECK(sx(".Cd \\&Fl\n") == "(Cd \"Fl\")");
}

TEST_CASE("partial implicit blocks close with the line; trailing punctuation goes after the body") {
  CHECK(sx(".Op Fl a Ar file\n") == "(Op (head) (body (Fl \"a\") (Ar \"file\")))");
  CHECK(sx(".Op Fl a ) .\n") == "(Op (head) (body (Fl \"a\")) \")\" \".\")");
  CHECK(sx(".Op Fl a Op Fl b ) .\n") ==
        "(Op (head) (body (Fl \"a\") (Op (head) (body (Fl \"b\")))) \")\" \".\")");
  CHECK(sx(".Dq a b\n") == "(Dq (head) (body \"a\" \"b\"))");
  CHECK(sx(".Aq Mt a@b.c\n") == "(Aq (head) (body (Mt \"a@b.c\")))");
  CHECK(sx(".D1 foo bar\n") == "(D1 (head) (body \"foo\" \"bar\"))");
  CHECK(sx(".Ql x\n.Sq y\n.Qq z\n.Pq w\n.Bq v\n.Brq u\n") ==
        "(Ql (head) (body \"x\")) (Sq (head) (body \"y\")) (Qq (head) (body \"z\")) "
        "(Pq (head) (body \"w\")) (Bq (head) (body \"v\")) (Brq (head) (body \"u\"))");
}

TEST_CASE("partial explicit blocks: same line and across lines") {
  CHECK(sx(".Ao a Ac b\n") == "(Ao (head) (body \"a\")) \"b\"");
  CHECK(sx(".Do\nc\n.Dc\n") == "(Do (head) (body \"c\"))");
  CHECK(sx(".Oo\n.Op x\n.Oc\n") == "(Oo (head) (body (Op (head) (body \"x\"))))");
  CHECK(sx(".Eo [ a Ec ]\n") == "(Eo \"[\" (head \"a\") (body) (tail)) \"]\"");
  CHECK(sx(".Fo foo\n.Fa \"int x\"\n.Fc\n") == "(Fo (head \"foo\") (body (Fa \"int x\")))");
  CHECK(sx(".Po a Pc\n.Qo b Qc\n.So c Sc\n.Bo d Bc\n.Bro e Brc\n.Xo f Xc\n") ==
        "(Po (head) (body \"a\")) (Qo (head) (body \"b\")) (So (head) (body \"c\")) "
        "(Bo (head) (body \"d\")) (Bro (head) (body \"e\")) (Xo (head) (body \"f\"))");
  CHECK(sx(".Rs\n.%A Me\n.%T A Title\n.Re\n") == "(Rs (head) (body (%A \"Me\") (%T \"A Title\")))");
}

TEST_CASE("full explicit blocks: Bl/It, Bd, Bf, Bk") {
  CHECK(sx(".Bl -tag -width Er\n.It Bq Er EMFILE\nToo many.\n.El\n") ==
        "(Bl (head) (body (It (head (Bq (head) (body (Er \"EMFILE\")))) (body \"Too many.\"))))");
  CHECK(sx(".Bl -bullet\n.It\none\n.It\ntwo\n.El\n") ==
        "(Bl (head) (body (It (head) (body \"one\")) (It (head) (body \"two\"))))");
  CHECK(sx(".Bl -column xx yy\n.It a Ta b\n.It c\td\n.El\n") ==
        "(Bl (head) (body (It (head) (body \"a\") (body \"b\")) (It (head) (body \"c\") (body \"d\"))))");
  CHECK(sx(".Bd -literal -offset indent\n x  y\n.Ed\n") == "(Bd (head) (body \" x  y\"))");
  CHECK(sx(".Bf -emphasis\nx\n.Ef\n") == "(Bf (head) (body \"x\"))");
  CHECK(sx(".Bk -words\nx\n.Ek\n") == "(Bk (head) (body \"x\"))");
  auto doc = parse_page(".Bl -tag -width Er -compact\n.It x\n.El\n");
  const mdoc::Node* bl = doc.root()->last;
  REQUIRE(bl->block());
  CHECK(bl->block()->list == mdoc::ListType::Tag);
  CHECK(bl->block()->width == "17n");
  CHECK(bl->block()->compact);
  auto bd = parse_page(".Bd -literal -offset indent\nx\n.Ed\n");
  CHECK(bd.root()->last->block()->display == mdoc::DisplayType::Literal);
  CHECK(bd.root()->last->block()->offset == "indent");
  CHECK(bd.root()->last->body()->first->is(mdoc::kNoFill));
}

TEST_CASE("no-fill marks follow the literal displays that are open") {
  // Nested displays, one closed by a list item that breaks it, .nf inside.
  auto doc = parse_page(".Bd -literal\na\n.Bd -ragged\nb\n.Ed\nc\n.Ed\nd\n"
                        ".Bl -tag -width x\n.It x\n.Bd -unfilled\ne\n.It y\nf\n.El\ng\n"
                        ".nf\n.Bd -filled\nh\n.Ed\n.fi\ni\n");
  std::string marks;
  auto walk = [&](auto&& self, const mdoc::Node& n) -> void {
    if (n.type == mdoc::NodeType::Text) marks += std::string(n.text()) + (n.is(mdoc::kNoFill) ? "+" : "-");
    for (const mdoc::Node* c = n.first; c; c = c->next) self(self, *c);
  };
  walk(walk, *doc.root());
  CHECK(marks.ends_with("-a+b+c+d-x-e+y-f-g-h+i-"));  // after the prologue
}

TEST_CASE("scope rules: implicit closing, broken and unclosed blocks") {
  CHECK(sx(".Bl -tag -width x\n.It a\n.Bd -literal\nx\n.Ed\n.It b\n.El\n") ==
        "(Bl (head) (body (It (head \"a\") (body (Bd (head) (body \"x\")))) (It (head \"b\") (body))))");
  auto open = parse_page(".Bl -bullet\n.It x\n");
  CHECK(has_diagnostic(open, "appending missing end of block"));
  auto stray = parse_page(".El\ntext\n");
  CHECK(has_diagnostic(stray, "skipping end of block that is not open"));
  CHECK(mdoc::test::sexpr(stray) == "\"text\"");
  auto outside = parse_page(".It x\n");
  CHECK(has_diagnostic(outside, "skipping item outside list"));
  auto broken = parse_page(".Ao a\n.Bo b\n.Ac\n.Bc\n");
  CHECK(has_diagnostic(broken, "blocks badly nested"));
}

TEST_CASE("SYNOPSIS: Nm and Vt become blocks, nodes carry the synopsis flag") {
  auto doc = parse_page(".Sh NAME\n.Nm foo\n.Nd x\n.Sh SYNOPSIS\n.Nm\n.Op Fl a\n.Vt int x ;\n");
  std::string s = mdoc::test::sexpr(doc);
  CHECK(s.find("(Nm (head \"foo\") (body (Op (head) (body (Fl \"a\"))) (Vt (head) (body \"int\" \"x\") \";\")))") !=
        std::string::npos);
  CHECK(doc.root()->last->body()->first->is(mdoc::kSynopsis));
}

TEST_CASE("the name memory: Nm without arguments repeats the first name") {
  CHECK(sx(".Sh NAME\n.Nm foo\n.Nd x\n.Sh DESCRIPTION\n.Nm\n") ==
        "(Sh (head \"NAME\") (body (Nm \"foo\") (Nd (head) (body \"x\")))) (Sh (head \"DESCRIPTION\") (body (Nm \"foo\")))");
}

TEST_CASE("spacing: Ns, Ap, Pf, Sm and sentence ends") {
  auto doc = parse_page(".Fa sv Ns [0]\n");
  const mdoc::Node* t = doc.root()->last;
  CHECK(t->text() == "[0]");
  CHECK(t->is(mdoc::kNoSpace));
  auto sm = parse_page(".Sm off\n.Ar a Ar b\n.Sm on\n");
  const mdoc::Node* ar2 = sm.root()->last->prev;
  CHECK(ar2->macro == mdoc::Macro::Ar);
  CHECK(ar2->is(mdoc::kNoSpace));
  auto eos = parse_page("End here.\nNot here.\\&\n.Ar x .\n");
  const mdoc::Node* first = eos.root()->first;
  while (first && first->type != mdoc::NodeType::Text) first = first->next;
  REQUIRE(first);
  CHECK(first->is(mdoc::kEndOfSentence));
  CHECK_FALSE(first->next->is(mdoc::kEndOfSentence));
  CHECK(eos.root()->last->is(mdoc::kEndOfSentence));
  CHECK(eos.root()->last->is(mdoc::kDelimClose));
}

TEST_CASE("text expansions are computed once, as nodes") {
  CHECK(sx(".Rv -std socketpair\n") ==
        "(Rv \"The\" (Fn \"socketpair\") \"function returns\" \"the value\\~0 if successful;\" "
        "\"otherwise the value\\~-1 is returned and the global variable\" (Va \"errno\") "
        "\"is set to indicate the error.\")");
  CHECK(sx(".Sh NAME\n.Nm foo\n.Nd x\n.Sh EXIT STATUS\n.Ex -std\n")
            .find("(Ex \"The\" (Nm \"foo\") \"utility exits\\~0\" \"on success, and\\~>0 if an error occurs.\")") !=
        std::string::npos);
  CHECK(sx(".Bx 4.4 Lite2\n") == "(Bx \"4.4\" \"BSD\" \"-\" \"Lite2\")");
  CHECK(sx(".Fx 10.0\n") == "(Fx \"FreeBSD\" \"10.0\")");
  CHECK(sx(".Ux\n") == "(Ux \"UNIX\")");
  CHECK(sx(".At v7\n") == "(At \"Version\\~7 AT&T UNIX\")");
  CHECK(sx(".Lb libc\n") == "(Lb \"Standard C\\~Library (libc, -lc)\")");
  CHECK(sx(".St -p1003.1-2008\n").find("IEEE Std 1003.1-2008") != std::string::npos);
  auto unknown = parse_page(".St -bogus\n");
  CHECK(has_diagnostic(unknown, "unknown standard specifier"));
}

TEST_CASE("prologue: Dd, Dt, Os fill the document header") {
  auto doc = parse_page("", ".Dd $Mdocdate: May 5 2020 $\n.Dt SOCKETPAIR 2\n.Os FreeBSD 12\n");
  CHECK(doc.prologue.date == "May 5, 2020");
  CHECK(doc.prologue.title == "SOCKETPAIR");
  CHECK(doc.prologue.section == "2");
  CHECK(doc.prologue.volume == "System Calls Manual");
  CHECK(doc.prologue.os == "FreeBSD 12");
  auto empty_os = parse_page("", ".Dd May 5, 2020\n.Dt X 1\n.Os\n");
  CHECK(empty_os.prologue.os == "TestOS");  // from -I os=
}

TEST_CASE("unknown macros and text lines") {
  auto doc = parse_page(".Xx bad\ntext  \n\nmore\n");
  CHECK(has_diagnostic(doc, "skipping unknown macro"));
  CHECK(has_diagnostic(doc, "whitespace at end of input line"));
  CHECK(has_diagnostic(doc, "blank line in fill mode, using .sp"));
  CHECK(mdoc::test::sexpr(doc) == "\"text\" (sp) \"more\"");
  for (const auto& d : doc.diagnostics)
    if (d.message == "skipping unknown macro") {
      CHECK(d.line == 4);
      CHECK(d.column == 2);
      CHECK(d.detail == ".Xx bad");
    }
}

TEST_CASE("deprecated macros still parse") {
  CHECK(sx(".Ot x\n.Fr y\n.Hf z\n.Lp\n.Db on\n") == "(Ot \"x\") (Fr \"y\") (Hf \"z\") (Lp) (Db \"on\")");
}

TEST_CASE("Lk, Mt and Tg") {
  CHECK(sx(".Lk http://x.org foo bar\n") == "(Lk \"http://x.org\" \"foo\" \"bar\")");
  CHECK(sx(".Mt a@b.c\n") == "(Mt \"a@b.c\")");
  CHECK(sx(".Tg abc\n") == "(Tg \"abc\")");
}

TEST_CASE("An -split and -nosplit") {
  auto doc = parse_page(".An -split\n.An Me\n");
  REQUIRE(doc.root()->last->prev->block());
  CHECK(doc.root()->last->prev->block()->author == mdoc::AuthorSplit::Split);
}

TEST_CASE("hostile input: deep nesting and many arguments are bounded") {
  std::string deep;
  for (int i = 0; i < 2000; ++i) deep += ".Bl -bullet\n.It\n";
  auto doc = parse_page(deep);
  CHECK(has_diagnostic(doc, "input stack limit exceeded"));
  std::string many = ".Ar";
  for (int i = 0; i < 3000; ++i) many += " x";
  auto doc2 = parse_page(many + "\n");
  CHECK(has_diagnostic(doc2, "too many arguments"));
}
