// The roff layer: comments, continuation, escapes, and every request the
// issue lists, each with an asserted tree.
#include <doctest/doctest.h>

#include "ast_sexpr.hpp"

using mdoc::test::has_diagnostic;
using mdoc::test::parse_page;
using mdoc::test::sx;

TEST_CASE("comments are dropped") {
  CHECK(sx(".\\\" a comment\ntext\n") == "\"text\"");
  CHECK(sx("text \\\" trailing comment\n") == "\"text\"");
  CHECK(sx("one\\#comment\ntwo\n") == "\"onetwo\"");
  CHECK(sx("'\\\" quote-control comment\nx\n") == "\"x\"");
}

TEST_CASE("plain lines pass through; the special ones around them are still handled") {
  // Plain lines go on as views of the page; a carriage return, an escape, a
  // continuation or a bad byte sends a line the long way.
  CHECK(sx("one\r\ntwo\n") == "\"one\" \"two\"");
  CHECK(sx("plain\nab\\\ncd\nnext\n") == "\"plain\" \"abcd\" \"next\"");
  CHECK(sx("last line without newline") == "\"last line without newline\"");
  CHECK(sx(".ec @\nx@(em\nplain\n") == "\"x\xE2\x80\x94\" \"plain\"");
  CHECK(sx(".de M\n.Ar \\\\$1 y\n..\n.M x\n") == "(Ar \"x\" \"y\")");
  CHECK(sx(".if n \\{\\\n.Ar a\n.\\}\nb\n") == "(Ar \"a\") \"b\"");
}

TEST_CASE("lines read in place: edits go to a copy, never to the text they were read from") {
  // A macro body serves every call; a conditional's body is part of the
  // line holding it; .nop hands on the rest of its line.
  CHECK(sx(".de M\n.Ar \\\\$1\n..\n.M a\n.M b\n") == "(Ar \"a\") (Ar \"b\")");
  CHECK(sx(".if n \\{.Ar x\\}\ny\n") == "(Ar \"x\") \"y\"");
  CHECK(sx(".ds S str\n.ie n \\*S\n.el no\n") == "\"str\"");
  CHECK(sx(".nop .Ar x\n.nop plain \\fBbold\\fR\n") == "(Ar \"x\") \"plain \\f[B]bold\\f[R]\"");
  CHECK(sx("'Ar quoted control\n") == "(Ar \"quoted\" \"control\")");
}

TEST_CASE("line continuation joins physical lines") {
  CHECK(sx("ab\\\ncd\n") == "\"abcd\"");
  CHECK(sx(".Ar a\\\n b\n") == "(Ar \"a\" \"b\")");
}

TEST_CASE("escapes decode to glyphs and markers") {
  CHECK(sx("\\(em\n") == "\"\xE2\x80\x94\"");
  CHECK(sx("\\[em]\n") == "\"\xE2\x80\x94\"");
  CHECK(sx("\\[u00E9]\n") == "\"\xC3\xA9\"");
  CHECK(sx("\\C'em'\n") == "\"\xE2\x80\x94\"");
  CHECK(sx("\\N'65'\n") == "\"A\"");
  CHECK(sx("a\\e\\-b\n") == "\"a\\-b\"");
  CHECK(sx("\\fBbold\\fP\n") == "\"\\f[B]bold\\f[P]\"");
  CHECK(sx("\\f(BIx\\f[R]\n") == "\"\\f[J]x\\f[R]\"");
  CHECK(sx("a\\~b\\ c\\0d\n") == "\"a\\~b\\~c\\~d\"");
  CHECK(sx("a\\&b\\|c\\^d\n") == "\"abcd\"");
  CHECK(sx("a\\s-1b\\s0c\n") == "\"abc\"");
  CHECK(sx("x\\h'3n'y\n") == "\"x\\~\\~\\~y\"");
  CHECK(sx("\\o'ab'\n") == "\"b\"");
}

TEST_CASE("\\c joins the next text line without a space") {
  auto doc = parse_page("foo\\c\nbar\n");
  const mdoc::Node* a = doc.root()->last->prev;
  const mdoc::Node* b = doc.root()->last;
  CHECK(a->text() == "foo");
  CHECK(b->text() == "bar");
  CHECK(b->is(mdoc::kNoSpace));
}

TEST_CASE("strings: predefined, .ds, .as, .rm, .rn, and recursion bounds") {
  CHECK(sx(".ds XX hello\n\\*(XX\n") == "\"hello\"");
  CHECK(sx(".ds X \"  padded\n\\*X\n") == "(br) \"  padded\"");
  CHECK(sx(".ds long value\n\\*[long]\n") == "\"value\"");
  CHECK(sx(".ds A one\n.as A \" two\n\\*A\n") == "\"one two\"");
  CHECK(sx(".ds A one\n.rm A\nx\\*Ay\n") == "\"xy\"");
  CHECK(sx(".ds A one\n.rn A B\n\\*B\n") == "\"one\"");
  auto doc = parse_page(".ds L \\\\*L\\\\*L\n\\*L\n");
  CHECK(has_diagnostic(doc, "input stack limit exceeded"));
}

TEST_CASE("number registers saturate instead of overflowing (fuzz finding)") {
  CHECK(sx(".nr N -2147483647\n.nr N -10\n\\nN\n") == "\"-2147483648\"");
  CHECK(sx(".nr N 2147483647\n.nr N +5\n\\nN\n") == "\"2147483647\"");
  CHECK(sx(".nr N 2147483640 2147483647\n\\n+N \\n+N\n") == "\"2147483647 2147483647\"");
  CHECK(sx(".nr N -2147483640 2147483647\n\\n-N\n") == "\"-2147483648\"");
}

TEST_CASE("number registers: .nr, .rr, \\n with increments") {
  CHECK(sx(".nr N 5\n\\nN\n") == "\"5\"");
  CHECK(sx(".nr N 5 2\n\\n+N \\n+N\n") == "\"7 9\"");
  CHECK(sx(".nr NN 5\n.nr NN +3\n\\n(NN\n") == "\"8\"");
  CHECK(sx(".nr N 5\n.rr N\n\\nN\n") == "\"0\"");
}

TEST_CASE("conditionals: n t o e, numeric and string comparisons, .ie/.el, braces") {
  CHECK(sx(".if n yes\n.if t no\n") == "\"yes\"");
  CHECK(sx(".if o odd\n.if e even\n") == "\"odd\"");
  CHECK(sx(".if !t not-troff\n") == "\"not\\%-troff\"");
  CHECK(sx(".if 2>1 bigger\n.if 1>2 smaller\n") == "\"bigger\"");
  CHECK(sx(".if (1+2)*3=9 math\n") == "\"math\"");
  CHECK(sx(".if 'abc'abc' same\n.if 'abc'abd' diff\n") == "\"same\"");
  CHECK(sx(".ie t A\n.el B\n") == "\"B\"");
  CHECK(sx(".ie n A\n.el B\n") == "\"A\"");
  CHECK(sx(".if t \\{\\\n.Ar hidden\nhidden\n.\\}\nshown\n") == "\"shown\"");
  CHECK(sx(".if n \\{\\\n.Ar shown\n.\\}\n") == "(Ar \"shown\")");
  CHECK(sx(".ds X v\n.if dX defined\n.if dY undefined\n") == "\"defined\"");
  CHECK(sx(".nr R 1\n.if rR reg\n") == "\"reg\"");
}

TEST_CASE("macros: .de, .am, arguments, .rm, recursion bound") {
  CHECK(sx(".de XX\n.Ar \\\\$1\n\\\\$2\n..\n.XX one two\n") == "(Ar \"one\") \"two\"");
  CHECK(sx(".de XX\nfirst\n..\n.am XX\nsecond\n..\n.XX\n") == "\"first\" \"second\"");
  CHECK(sx(".de XX\n\\\\n(.$\n..\n.XX a b c\n") == "\"3\"");
  auto doc = parse_page(".de R\n.R\n..\n.R\n");
  CHECK(has_diagnostic(doc, "input stack limit exceeded"));
}

TEST_CASE(".ig skips to ..") { CHECK(sx(".ig\nhidden\n..\nshown\n") == "\"shown\""); }

TEST_CASE(".tr translates characters") { CHECK(sx(".tr ab\naxa\n") == "\"bxb\""); }

TEST_CASE(".cc and .ec change the control and escape characters") {
  CHECK(sx(".cc #\n#Ar x\n") == "(Ar \"x\")");
  CHECK(sx(".ec !\n!(em\n") == "\"\xE2\x80\x94\"");
  CHECK(sx(".eo\na\\b\n") == "\"a\\b\"");
}

TEST_CASE("formatting requests become nodes") {
  CHECK(sx("x\n.br\ny\n.sp 2\n.nf\n.fi\n.ft B\n.ti 3\n.ll 60\n.ta 8\n.ce 2\n.mc x\n") ==
        "\"x\" (br) \"y\" (sp \"2\") (nf) (fi) (ft \"B\") (ti \"3\") (ll \"60\") (ta \"8\") (ce \"2\") (mc \"x\")");
  // nf switches text lines to no-fill, fi back.
  auto doc = parse_page(".nf\na  b\n.fi\n");
  CHECK(doc.root()->last->prev->is(mdoc::kNoFill));
}

TEST_CASE("ignored requests leave no trace; unknown ones are diagnosed") {
  CHECK(sx(".ad l\n.na\n.hy 1\n.nh\n.ns\n.rs\n.pl 10\n.ps 10\n.vs 12\n.in 3\ntext\n") == "\"text\"");
  auto doc = parse_page(".zz top\ntext\n");
  CHECK(has_diagnostic(doc, "skipping unknown macro"));
  CHECK(mdoc::test::sexpr(doc) == "\"text\"");
}

TEST_CASE(".it calls a macro after N text lines") {
  CHECK(sx(".de TR\n.Ar trap\n..\n.it 1 TR\nline\nafter\n") == "\"line\" (Ar \"trap\") \"after\"");
}

TEST_CASE(".so includes below the page's folder, refuses absolute paths") {
  auto doc = parse_page(".so /etc/passwd\nrest\n");
  CHECK(has_diagnostic(doc, ".so with absolute path"));
  CHECK(mdoc::test::sexpr(doc) == "\"rest\"");
  auto missing = parse_page(".so missing/page.1\nrest\n");
  CHECK(has_diagnostic(missing, ".so request failed"));
}

TEST_CASE("bad bytes are replaced and reported with their position") {
  std::string page = "a";
  page += '\x01';
  page += "b\n";
  auto doc = parse_page(page);
  CHECK(mdoc::test::sexpr(doc) == "\"a?b\"");
  bool found = false;
  for (const auto& d : doc.diagnostics)
    if (d.message == "skipping bad character" && d.line == 4 && d.column == 2) found = true;
  CHECK(found);
}
