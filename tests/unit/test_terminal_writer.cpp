// The terminal line writer, checked against facts measured by running mandoc
// -T ascii on small inputs (each case says what was measured).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <utility>

#include "render/term_blanks.hpp"
#include "render/term_device.hpp"
#include "render/term_writer.hpp"

using namespace mdoc;

namespace {

struct Fixture {
  TermOutputDevice device{TermDevice::Ascii, false};
  std::string out;
  TermWriter w{device, out, 78};
  Fixture() {
    w.offset = 5;
    w.rmargin = 78;
  }
  void words(std::string_view text) {
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t sp = text.find(' ', start);
      if (sp == std::string_view::npos) sp = text.size();
      w.word(text.substr(start, sp - start));
      start = sp + 1;
    }
  }
};

// mandoc's overstrike fonts, spelled out character by character.
std::string bold(std::string_view s) {
  std::string r;
  for (char c : s) r += std::string{c, '\b', c};
  return r;
}

std::string under(std::string_view s) {
  std::string r;
  for (char c : s) r += std::string{'_', '\b', c};
  return r;
}

}  // namespace

TEST_CASE("a line is filled up to and including the right margin, never adjusted") {
  Fixture f;
  f.w.no_space = true;
  // 5 + 73 = 78 columns fit exactly; mandoc prints them and wraps the next word.
  f.words("over the lazy dog. The quick brown fox jumps over the lazy dog. The quick brown");
  f.w.flush();
  CHECK(f.out ==
        "     over the lazy dog. The quick brown fox jumps over the lazy dog. The quick\n"
        "     brown\n");
}

TEST_CASE("a word breaks after a marked hyphen only when the part before it fits") {
  Fixture f;
  f.w.no_space = true;
  // Seven nine-letter words end at column 74; "a-" still fits (77), so mandoc breaks there.
  f.words("xxxxxxxxx xxxxxxxxx xxxxxxxxx xxxxxxxxx xxxxxxxxx xxxxxxxxx xxxxxxxxx");
  f.w.word("a\x1e" "bbbbbbbbbbbbbbb");
  f.w.flush();
  CHECK(f.out ==
        "     xxxxxxxxx xxxxxxxxx xxxxxxxxx xxxxxxxxx xxxxxxxxx xxxxxxxxx xxxxxxxxx a-\n"
        "     bbbbbbbbbbbbbbb\n");
}

TEST_CASE("a word longer than the line overflows on a line of its own") {
  Fixture f;
  f.w.no_space = true;
  std::string longword(90, 'x');
  f.words("aa bb");
  f.w.word(longword);
  f.words("cc");
  f.w.flush();
  CHECK(f.out == "     aa bb\n     " + longword + "\n     cc\n");
}

TEST_CASE("a sentence end gets two blanks, a no-break space holds words together") {
  Fixture f;
  f.w.no_space = true;
  f.w.word("end.");
  f.w.sentence = true;
  f.w.word("Next\x1fword");
  f.w.flush();
  CHECK(f.out == "     end.  Next word\n");
}

TEST_CASE("tag heads: the body shares the line when the head leaves two blanks") {
  // mandoc: ".Bl -tag -width Ds": "abcdef  six" on one line, "abcdefg" alone.
  for (auto [head, expect] : {std::pair{"abcdef", "     abcdef  six\n"},
                              std::pair{"abcdefg", "     abcdefg\n             seven\n"}}) {
    Fixture f;
    f.w.rmargin = 13;
    f.w.layout.no_break = f.w.layout.break_indent = true;
    f.w.trailspace = 2;
    f.w.no_space = true;
    f.w.word(head);
    f.w.flush();
    f.w.layout = {};
    f.w.trailspace = 0;
    f.w.offset = 13;
    f.w.rmargin = 78;
    f.w.no_space = true;
    f.w.word(std::string_view(expect).find("six") != std::string_view::npos ? "six" : "seven");
    f.w.flush();
    CHECK(f.out == expect);
  }
}

TEST_CASE("hang heads: a long head runs into the body after one blank") {
  Fixture f;
  f.w.rmargin = 13;
  f.w.layout.no_break = f.w.layout.break_indent = f.w.layout.hang = true;
  f.w.trailspace = 1;
  f.w.no_space = true;
  f.w.word("abcdefgh");
  f.w.flush();
  f.w.layout = {};
  f.w.offset = 13;
  f.w.rmargin = 78;
  f.w.no_space = true;
  f.w.word("eight");
  f.w.flush();
  CHECK(f.out == "     abcdefgh eight\n");
}

TEST_CASE("centered lines sit halfway between the margins, rounding down") {
  Fixture f;
  f.w.layout.center = true;
  f.w.no_space = true;
  f.words("centered text here");
  f.w.flush();
  // (73 - 18) / 2 = 27 blanks after the left margin of 5.
  CHECK(f.out == std::string(32, ' ') + "centered text here\n");
}

TEST_CASE("tab stops: every 5 columns in filled text, every 8 in literal displays") {
  Fixture f;
  f.w.no_space = true;
  f.w.word("x\ttab");
  f.w.flush();
  CHECK(f.out == "     x    tab\n");
  Fixture g;
  g.w.tab_width = 8;
  g.w.layout.never_break = true;
  g.w.no_space = true;
  g.w.word("12345678\ty");
  g.w.flush();
  CHECK(g.out == "     12345678        y\n");
}

TEST_CASE("devices: overstrike fonts, ASCII transliteration, UTF-8 no-break space") {
  Fixture f;
  f.w.no_space = true;
  f.w.push_font(TermFont::Bold);
  f.w.word("a\x1f" "b");
  f.w.pop_font();
  f.w.push_font(TermFont::Under);
  f.w.word("c");
  f.w.pop_font();
  f.w.word("\u2014");
  f.w.flush();
  CHECK(f.out == "     a\ba b\bb _\bc --\n");

  TermOutputDevice utf8(TermDevice::Utf8, false);
  std::string out;
  TermWriter w(utf8, out, 78);
  w.no_space = true;
  w.push_font(TermFont::Bold);
  w.word("a\x1f");
  w.flush();
  CHECK(out == "a\ba\xc2\xa0\b\xc2\xa0\n");
}

TEST_CASE("the ANSI device uses SGR sequences and OSC 8 links") {
  TermOutputDevice ansi(TermDevice::Ansi, true);
  std::string out;
  TermWriter w(ansi, out, 78);
  w.no_space = true;
  w.push_font(TermFont::Bold);
  w.link = ansi.add_link("https://example.org/");
  w.word("go");
  w.link = 0;
  w.pop_font();
  w.word("on");
  w.flush();
  CHECK(out == "\x1b]8;;https://example.org/\x1b\\\x1b[1mgo\x1b]8;;\x1b\\\x1b[0m on\n");
}

TEST_CASE("words of any length and font fill lines as their characters would") {
  // mandoc -T ascii: ".Sy a ab ... abcdefghijklmnopq", ".Em x xy ...", "plain words".
  // The long words cross the eight-byte blocks the writer copies at a time.
  Fixture f;
  f.w.no_space = true;
  f.w.push_font(TermFont::Bold);
  f.words("a ab abc abcd abcde abcdef abcdefg abcdefgh abcdefghi abcdefghijklmno abcdefghijklmnop "
          "abcdefghijklmnopq");
  f.w.pop_font();
  f.w.push_font(TermFont::Under);
  f.words("x xy xyzxyzxy xyzxyzxyz xyzxyzxyzxyzxyzx");
  f.w.pop_font();
  f.words("plain words");
  f.w.flush();
  std::string line1 = "     ";
  for (auto w : {"a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh", "abcdefghi"})
    line1 += bold(w) + " ";
  line1 += bold("abcdefghijklmno") + "\n";
  std::string line2 = "     " + bold("abcdefghijklmnop") + " " + bold("abcdefghijklmnopq") + " " +
                      under("x") + " " + under("xy") + " " + under("xyzxyzxy") + " " +
                      under("xyzxyzxyz") + "\n";
  std::string line3 = "     " + under("xyzxyzxyzxyzxyzx") + " plain words\n";
  CHECK(f.out == line1 + line2 + line3);
}

TEST_CASE("font changes inside a word and breaks at marked hyphens") {
  // mandoc -T ascii: "plain words abcdefgh abcdefghi and-a-hyphenated-compound-word-that-is-long"
  // after a word of 16 letters, then "ab\fBcdefghijk\fRlmn\fIopqrstuvw\fPxyz done".
  Fixture f;
  f.w.no_space = true;
  f.words("xxxxxxxxxxxxxxxx plain words abcdefgh abcdefghi");
  f.w.word("and\x1e" "a\x1e" "hyphenated\x1e" "compound\x1e" "word\x1e" "that\x1e" "is\x1e" "long");
  f.w.word("ab\x01" "Bcdefghijk\x01" "Rlmn\x01" "Iopqrstuvw\x01" "Pxyz");
  f.words("done");
  f.w.flush();
  CHECK(f.out == "     xxxxxxxxxxxxxxxx plain words abcdefgh abcdefghi and-a-hyphenated-\n"
                 "     compound-word-that-is-long ab" +
                     bold("cdefghijk") + "lmn" + under("opqrstuvw") + "xyz done\n");
}

TEST_CASE("glyphs beyond ASCII continue a run of plain ASCII in the same font") {
  // mandoc -T ascii and -T utf8: ".Sy abcdefghij\(emklmnopqr\(aaabcdefghi\[u00E9]".
  std::string text = "abcdefghij\u2014klmnopqr\u00b4abcdefghi\u00e9";
  Fixture f;
  f.w.no_space = true;
  f.w.push_font(TermFont::Bold);
  f.w.word(text);
  f.w.flush();
  CHECK(f.out == "     " + bold("abcdefghij") + "-\b--\b-" + bold("klmnopqr") + "'\b'" +
                     bold("abcdefghi") + "'\b'\be\be\n");

  TermOutputDevice utf8(TermDevice::Utf8, false);
  std::string out;
  TermWriter w(utf8, out, 78);
  w.no_space = true;
  w.push_font(TermFont::Bold);
  w.word(text);
  w.flush();
  CHECK(out == bold("abcdefghij") + "\u2014\b\u2014" + bold("klmnopqr") + "\u00b4\b\u00b4" +
                   bold("abcdefghi") + "\u00e9\b\u00e9\n");
}

TEST_CASE("blank and other-byte masks of a window of plain text") {
  char window[kPlainWindow];
  std::fill(std::begin(window), std::end(window), 'x');
  window[0] = ' ';
  window[15] = ' ';
  window[16] = ' ';
  window[31] = '\x7f';
  window[32] = '\x1f';  // a marker
  window[40] = '\t';
  window[47] = '\x80';
  window[48] = '\xff';
  window[62] = '~';
  window[63] = ' ';
  PlainMasks all = plain_masks(window, kPlainWindow);
  CHECK(all.blank == ((1ull << 0) | (1ull << 15) | (1ull << 16) | (1ull << 63)));
  CHECK(all.other == ((1ull << 31) | (1ull << 32) | (1ull << 40) | (1ull << 47) | (1ull << 48)));
  // The bits of the bytes asked for are exact whatever follows them.
  PlainMasks part = plain_masks(window, 20);
  CHECK((part.blank & 0xfffff) == ((1ull << 0) | (1ull << 15) | (1ull << 16)));
  CHECK((part.other & 0xfffff) == 0);
}

namespace {

// The output of text given to the writer in one word() call, and of the same
// text word by word (a double blank as a sentence end), in font f.
std::pair<std::string, std::string> whole_and_by_words(std::string_view text, TermFont f,
                                                       int rmargin) {
  Fixture whole, parts;
  for (Fixture* x : {&whole, &parts}) {
    x->w.rmargin = rmargin;
    x->w.no_space = true;
    x->w.push_font(f);
  }
  whole.w.word(text);
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t end = std::min(text.find(' ', i), text.size());
    parts.w.word(text.substr(i, end - i));
    i = end;
    while (i < text.size() && text[i] == ' ') ++i;
    parts.w.sentence = i - end == 2;
  }
  whole.w.flush();
  parts.w.flush();
  return {whole.out, parts.out};
}

}  // namespace

TEST_CASE("long text fills as its words given one by one, across the writer's 64-byte windows") {
  // Words and double blanks straddle the window edges at 64 and 128; a tab,
  // a UTF-8 glyph and a font change come after the first window.  Given at
  // once, roman words are phrases that lines break inside of; one by one,
  // each is an item of its own.  At 12 columns some words overflow.
  std::string text;
  for (int len = 1; text.size() < 50; len = len % 9 + 1) text += std::string(len, 'a' + len) + " ";
  text.resize(62, 'q');
  text += "  straddling words 0123456789abcdef0123456789 end.  More";
  text += " x\ty \u00e9t\u00e9 b\x01" "Bold\x01" "R and " + std::string(70, 'z') + " done";
  for (TermFont f : {TermFont::Roman, TermFont::Bold, TermFont::Under})
    for (int rmargin : {78, 40, 12}) {
      auto [whole, parts] = whole_and_by_words(text, f, rmargin);
      CHECK(whole == parts);
      if (f == TermFont::Roman && rmargin > 12)
        CHECK(whole.find("straddling words") != std::string::npos);
    }
}

TEST_CASE("the blanks of a function argument hold its words together") {
  // "const" alone would still fit on the first line (column 23), "const char" does not.
  Fixture f;
  f.w.rmargin = 24;
  f.w.no_space = true;
  f.words("aaaa bbbb cc");
  f.w.push_font(TermFont::Under);
  f.w.unbreakable_word = true;
  f.w.word("const char");
  f.w.pop_font();
  f.w.flush();
  CHECK(f.out == "     aaaa bbbb cc\n     " + under("const") + " " + under("char") + "\n");
}

TEST_CASE("the extent of plain text: where it stops, its first and last word") {
  auto extent = [](std::string text) {
    std::string padded = text + std::string(kPlainWindow, 'x');
    return plain_extent(padded.data(), text.size());
  };
  PlainExtent e = extent("  ab  cd ");
  CHECK(e.stop == 9);
  CHECK(e.first == 2);
  CHECK(e.last_end == 8);
  CHECK(e.inner_blank);
  e = extent(" word  \x1d" "more");
  CHECK(e.stop == 7);
  CHECK(e.first == 1);
  CHECK(e.last_end == 5);
  CHECK_FALSE(e.inner_blank);
  e = extent("   ");
  CHECK(e.first == 3);
  CHECK(e.last_end == 3);
  CHECK_FALSE(e.inner_blank);
  // A first word that ends at byte 63 and a second one in the next window.
  e = extent(std::string(63, 'a') + " b");
  CHECK(e.first == 0);
  CHECK(e.last_end == 65);
  CHECK(e.inner_blank);
  e = extent(std::string(64, 'a') + "   ");
  CHECK(e.last_end == 64);
  CHECK_FALSE(e.inner_blank);
}

TEST_CASE("a plain word: printable ASCII without blanks, whatever follows it") {
  auto plain = [](std::string text, std::size_t n) {
    text.resize(kPlainWindow, ' ');  // blanks past n must not count
    return is_plain_word(text.data(), n);
  };
  CHECK(plain("(", 1));
  CHECK(plain("~", 1));
  CHECK(plain("0123456789abcdef", kShortWord));
  CHECK(plain("abc def", 3));
  CHECK_FALSE(plain("abc def", 4));
  CHECK_FALSE(plain(" a", 2));
  CHECK_FALSE(plain("a\x7f", 2));
  CHECK_FALSE(plain("\xc3\xa9", 2));
  CHECK_FALSE(plain("a\x1e" "b", 3));
  CHECK_FALSE(plain("0123456789abcde\t", kShortWord));
}

TEST_CASE("short words join the word before them as longer text does") {
  // Pieces without blanks print as one word, in each font: the pieces each
  // shorter than kShortWord, the whole longer.
  for (TermFont font : {TermFont::Roman, TermFont::Bold}) {
    Fixture pieces, whole;
    for (Fixture* x : {&pieces, &whole}) {
      x->w.no_space = true;
      x->w.push_font(font);
    }
    for (std::string_view piece : {"function_name", "(", "argument", ","}) {
      pieces.w.word(piece);
      pieces.w.no_space = true;
    }
    whole.w.word("function_name(argument,");
    pieces.w.flush();
    whole.w.flush();
    CHECK(pieces.out == whole.out);
    std::string text = "function_name(argument,";
    CHECK(whole.out == "     " + (font == TermFont::Bold ? bold(text) : text) + "\n");
  }
}

TEST_CASE("the blanks before each line print, however deep the indent") {
  // A small indent goes in front of the line in the writer's buffer, a deep
  // one (beyond the room kept for it) is written on its own: same output.
  for (int indent : {3, 200}) {
    Fixture f;
    f.w.offset = indent;
    f.w.rmargin = indent + 5;
    f.w.no_space = true;
    f.words("a bb cc");
    f.w.word("ddddd");
    f.w.flush();
    std::string blanks(static_cast<std::size_t>(indent), ' ');
    CHECK(f.out == blanks + "a bb\n" + blanks + "cc\n" + blanks + "ddddd\n");
  }
}

TEST_CASE("a word glued to the end of a phrase that fits carries the phrase's last word along") {
  // "aa bb cc" fits in 15 columns; "dddddddd" follows "cc" without a blank and
  // overflows, so the line ends at the last break inside the phrase.
  Fixture f;
  f.w.rmargin = 20;
  f.w.no_space = true;
  f.w.word("aa bb cc");
  f.w.no_space = true;
  f.w.word("dddddddd");
  f.w.word("e");
  f.w.flush();
  CHECK(f.out == "     aa bb\n     ccdddddddd e\n");
}
