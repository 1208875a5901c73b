// Rows of the data tables in share/, generated at build time by
// tools/gen_table (one .cpp per table, linked as the mdoc_share library).
// Each table is sorted by its key (byte order) with unique keys, so
// find_row() is a binary search.  Internal to mdoc/tables*.cpp: the rest of
// the program uses the lookups of mdoc/tables.hpp.
#pragma once

#include <algorithm>
#include <span>
#include <string_view>

#include "mdoc/tables.hpp"

namespace mdoc::tables {

struct CharacterRow {
    std::string_view key;  // name inside \( or \[ ]
    Glyph glyph;
};

struct TextRow {
    std::string_view key;
    std::string_view text;
};

std::span<const CharacterRow> special_characters();  // name -> utf8, ascii
std::span<const TextRow> codepoint_ascii();      // 6 upper-case hex digits -> ascii
std::span<const TextRow> predefined_strings();   // name -> roff text
std::span<const TextRow> standards();            // .St argument -> roff text
std::span<const TextRow> libraries();            // .Lb name -> roff text
std::span<const TextRow> att_versions();         // .At argument -> roff text
std::span<const TextRow> section_volumes();      // .Dt section -> volume
std::span<const TextRow> architectures();        // .Dt arch -> systems, space separated

template <typename Row>
const Row* find_row(std::span<const Row> rows, std::string_view key)
{
    auto it = std::lower_bound(rows.begin(), rows.end(), key,
                               [](const Row& row, std::string_view k) { return row.key < k; });
    return it != rows.end() && it->key == key ? &*it : nullptr;
}

}  // namespace mdoc::tables
