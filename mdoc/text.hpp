// Decoding of roff text (after the roff layer) into the AST's text encoding:
// UTF-8 with the markers documented in ast.hpp.
#pragma once

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
// and not protected by a trailing \&.
bool ends_sentence(std::string_view raw);

}  // namespace mdoc
