// The byte scanner's searches for short texts (find_rare_byte) and over a
// whole page (ByteCursor): every length around their block sizes, a member
// at every position, control bytes that are not members passed over.
#include <doctest/doctest.h>

#include <string>

#include "mdoc/scan.hpp"

namespace {
constexpr mdoc::scan::ByteSet kSet = mdoc::scan::ByteSet().add('\n').add('\\').add('\xe2');
}

TEST_CASE("scanner: find_rare_byte agrees with find_byte at every position") {
  for (std::size_t length = 0; length < 40; ++length) {
    std::string text(length, 'a');
    CHECK(mdoc::scan::find_rare_byte(text, 0, kSet) == length);
    for (std::size_t at = 0; at < length; ++at) {
      std::string marked = text;
      for (char member : {'\n', '\\', '\xe2'}) {
        marked[at] = member;
        for (std::size_t from = 0; from <= length; ++from)
          CHECK(mdoc::scan::find_rare_byte(marked, from, kSet) == mdoc::scan::find_byte(marked, from, kSet));
      }
      marked[at] = '\t';  // a control byte, not a member
      CHECK(mdoc::scan::find_rare_byte(marked, 0, kSet) == length);
    }
  }
}

TEST_CASE("scanner: ByteCursor finds each member in turn, across 64-byte blocks") {
  for (std::size_t length : {0, 1, 5, 63, 64, 65, 127, 128, 200}) {
    for (std::size_t step : {1, 3, 7, 64, 70}) {
      std::string text(length, 'x');
      for (std::size_t k = step - 1; k < length; k += step) text[k] = k % 2 ? '\n' : '\x01';  // \x01: not a member
      mdoc::scan::ByteCursor<kSet> cursor(text);
      for (std::size_t from = 0; from <= length; from += 1 + from % 5)
        CHECK(cursor.next(from) == mdoc::scan::find_byte(text, from, kSet));
    }
  }
}

TEST_CASE("scanner: a set of every byte outside printable ASCII, and some others, finds exactly its members") {
  // Such a set takes flag_bytes' one-comparison path (holds_del_and_high);
  // every byte value, at every position of a block and of its tail, must be
  // found exactly when it is a member.
  constexpr mdoc::scan::ByteSet kOutside =
      mdoc::scan::ByteSet().add_controls_except("\t").add('\x7f').add_high().add('-').add('\\');
  static_assert(kOutside.holds_del_and_high());
  static_assert(!kSet.holds_del_and_high());
  for (int value = 0; value < 256; ++value) {
    char c = static_cast<char>(value);
    bool member = (value < 0x20 && c != '\t') || value >= 0x7f || c == '-' || c == '\\';
    CHECK(kOutside.contains(c) == member);
    for (std::size_t length : {1u, 5u, 15u, 16u, 17u, 33u}) {
      for (std::size_t at = 0; at < length; ++at) {
        std::string text(length, 'a');
        text[at] = c;
        INFO("byte " << value << " length " << length << " at " << at);
        CHECK(mdoc::scan::find_byte(text, 0, kOutside) == (member ? at : length));
      }
    }
  }
}
