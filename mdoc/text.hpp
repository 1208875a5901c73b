// Decoding of roff text (after the roff layer) into the AST's text encoding:
// UTF-8 with the markers documented in ast.hpp.
#pragma once

#include <array>
#include <cstdint>
#include <memory_resource>
#include <string>
#include <string_view>
#include <vector>

#include "mdoc/diagnostic.hpp"

namespace mdoc {

struct DecodeOptions {
  bool mark_hyphens = false;  // text lines: '-' between letters may break
};

// Appends the decoded form of raw to out; reports bad escapes.
void decode_text(std::string_view raw, std::string& out, std::vector<Diagnostic>& diagnostics,
                 std::uint32_t line, std::uint32_t column, DecodeOptions options = {});
// The same into a node's text (allocated from the Document's arena).
void decode_text(std::string_view raw, std::pmr::string& out, std::vector<Diagnostic>& diagnostics,
                 std::uint32_t line, std::uint32_t column, DecodeOptions options = {});
std::string decode_text(std::string_view raw, std::vector<Diagnostic>& diagnostics, std::uint32_t line,
                        std::uint32_t column, DecodeOptions options = {});

// Appends the UTF-8 encoding of a code point.
void append_utf8(std::string& out, char32_t cp);

// True when raw text ends a sentence: . ! ? optionally followed by ) ] " '
// and not protected by a trailing \&.  (Inline: asked for every text line,
// most of which end in a letter or a period.)
bool ends_sentence_behind_closers(std::string_view raw);
inline bool ends_sentence(std::string_view raw) {
  // What the last byte says: . ! ? end a sentence (most sentence ends have
  // nothing after them); the closers that may follow them (and the q of
  // \(rq and \(cq) need a look behind; anything else ends none.
  enum LastByte : std::uint8_t { kEndsNone, kEnds, kMayClose };
  static constexpr std::array<LastByte, 256> kLastByte = [] {
    std::array<LastByte, 256> t{};
    for (char c : std::string_view(".!?")) t[static_cast<unsigned char>(c)] = kEnds;
    for (char c : std::string_view(")]\"'q")) t[static_cast<unsigned char>(c)] = kMayClose;
    return t;
  }();
  while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t')) raw.remove_suffix(1);
  if (raw.empty()) return false;
  LastByte last = kLastByte[static_cast<unsigned char>(raw.back())];
  return last == kMayClose ? ends_sentence_behind_closers(raw) : last == kEnds;
}

}  // namespace mdoc
