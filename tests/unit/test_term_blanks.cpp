// The terminal writer's word and blank searches (render/term_blanks.hpp),
// which test 16 or 64 bytes at a time, against byte-at-a-time answers:
// every byte value, every length and position around the vector sizes.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>

#include "render/term_blanks.hpp"

namespace {

bool is_other(unsigned char c) { return c < ' ' || c > '~'; }

// A buffer with `lead` readable bytes before the text and a full window
// after it, as the writer's buffer has.
struct Padded {
  static constexpr std::size_t lead = 16;
  std::string bytes;
  explicit Padded(const std::string& text, char fill = 'x')
      : bytes(std::string(lead, fill) + text + std::string(mdoc::kPlainWindow, fill)) {}
  const char* data() const { return bytes.data() + lead; }
};

// The last place p in (from, at] where text[p] is a blank and text[p - 1]
// is not (text[-1] taken from the padding), or 0.
std::uint32_t last_blank_start_slowly(const Padded& p, std::uint32_t from, std::uint32_t at) {
  const char* d = p.data();
  for (std::uint32_t q = at; q > from; --q)
    if (d[q] == ' ' && d[static_cast<std::ptrdiff_t>(q) - 1] != ' ') return q;
  return 0;
}

}  // namespace

TEST_CASE("term blanks: plain_masks sorts every byte value at every position") {
  for (int value = 0; value < 256; ++value) {
    auto c = static_cast<unsigned char>(value);
    for (std::size_t at = 0; at < mdoc::kPlainWindow; at += 7) {
      std::string text(mdoc::kPlainWindow, 'a');
      text[at] = static_cast<char>(c);
      Padded p(text);
      mdoc::PlainMasks m = mdoc::plain_masks(p.data(), mdoc::kPlainWindow);
      std::uint64_t bit = std::uint64_t{1} << at;
      CHECK(((m.blank & bit) != 0) == (c == ' '));
      CHECK(((m.other & bit) != 0) == is_other(c));
      CHECK((m.blank & ~bit) == 0);
      CHECK((m.other & ~bit) == 0);
    }
  }
}

TEST_CASE("term blanks: scan_window and is_plain_word stop at the first other byte") {
  for (std::size_t n = 1; n <= mdoc::kPlainWindow; ++n) {
    std::string words;
    for (std::size_t k = 0; k < n; ++k) words += k % 5 == 4 ? ' ' : 'w';
    Padded plain(words);
    mdoc::PlainWindowScan all = mdoc::scan_window(plain.data(), n);
    CHECK(all.limit == n);
    CHECK_FALSE(all.stops);
    for (std::size_t at = 0; at < n; ++at) {
      std::string marked = words;
      marked[at] = '\x01';  // a font marker
      Padded p(marked);
      mdoc::PlainWindowScan w = mdoc::scan_window(p.data(), n);
      CHECK(w.limit == at);
      CHECK(w.stops);
      for (std::size_t k = 0; k < mdoc::kPlainWindow; ++k)
        CHECK(((w.blank >> k) & 1) == (k < at && words[k] == ' ' ? 1u : 0u));
    }
    if (n <= mdoc::kShortWord) {
      CHECK(mdoc::is_plain_word(Padded(std::string(n, 'w')).data(), n));
      CHECK_FALSE(mdoc::is_plain_word(Padded(std::string(n - 1, 'w') + ' ').data(), n));
      CHECK_FALSE(mdoc::is_plain_word(Padded(std::string(n - 1, 'w') + '\xc3').data(), n));
      // Bytes past n do not count.
      CHECK(mdoc::is_plain_word(Padded(std::string(n, 'w'), ' ').data(), n));
    }
  }
}

TEST_CASE("term blanks: last_blank_start agrees with a byte-at-a-time search") {
  // Words of several lengths and runs of blanks, longer than two vectors.
  const std::string texts[] = {
      "a b  cc   ddd    eeee     f",
      "   leading blanks and a word that is longer than sixteen bytes, then  more",
      std::string(40, ' '),
      std::string(40, 'z'),
      "x" + std::string(33, ' ') + "y",
  };
  for (const std::string& text : texts)
    for (char before : {'x', ' '}) {
      Padded p(text, before);
      auto size = static_cast<std::uint32_t>(text.size());
      for (std::uint32_t at = 0; at < size; ++at)
        for (std::uint32_t from = 0; from <= at; ++from)
          CHECK(mdoc::last_blank_start(p.data(), from, at) == last_blank_start_slowly(p, from, at));
    }
}

TEST_CASE("term blanks: plain_extent finds the words between leading and trailing blanks") {
  struct Case {
    std::string text;
    std::size_t stop, first, last_end;
    bool inner_blank;
  };
  const Case cases[] = {
      {"", 0, 0, 0, false},
      {"   ", 3, 3, 3, false},
      {"word", 4, 0, 4, false},
      {"  two words  ", 13, 2, 11, true},
      {"one\x01" "Bbold", 3, 0, 3, false},
      {"  a\x01" "B", 3, 2, 3, false},
      {std::string(70, ' ') + "late", 74, 70, 74, false},
      {std::string(63, 'a') + " " + std::string(10, 'b') + "  ", 76, 0, 74, true},
      {std::string(64, 'a') + std::string(64, 'b') + "\t", 128, 0, 128, false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Padded p(c.text);
    mdoc::PlainExtent e = mdoc::plain_extent(p.data(), c.text.size());
    CHECK(e.stop == c.stop);
    CHECK(e.first == c.first);
    CHECK(e.last_end == c.last_end);
    CHECK(e.inner_blank == c.inner_blank);
  }
}
