// Lookups in the compiled-in tables of share/; see mdoc/tables.hpp.
// Dates are in mdoc/tables/date.cpp.
#include "mdoc/tables.hpp"

#include <array>
#include <cstdio>

#include "mdoc/tables/rows.hpp"

namespace mdoc {
namespace {

std::optional<std::string_view> text_of(std::span<const tables::TextRow> rows, std::string_view key)
{
    if (const auto* row = tables::find_row(rows, key))
        return row->text;
    return std::nullopt;
}

// Every ASCII character, so that ascii_for_codepoint() can hand out a view
// of one of them.
constexpr std::array<char, 128> kAsciiCharacters = [] {
    std::array<char, 128> a{};
    for (std::size_t i = 0; i < a.size(); ++i)
        a[i] = static_cast<char>(i);
    return a;
}();

// The one-character escapes of mandoc_char(7) that print something, as
// mandoc -T utf8 / -T ascii render them; the three spaces are U+00A0 in
// UTF-8.
struct EscapeGlyph {
    char name;
    Glyph glyph;
};
constexpr EscapeGlyph kEscapeGlyphs[] = {
    {' ', {"\u00A0", " "}},
    {'\'', {"\u00B4", "'"}},
    {'-', {"-", "-"}},
    {'.', {".", "."}},
    {'0', {"\u00A0", " "}},
    {'`', {"`", "`"}},
    {'e', {"\\", "\\"}},
    {'~', {"\u00A0", " "}},
};

struct OsMacro {
    std::string_view macro;
    std::string_view name;
};
constexpr OsMacro kOsMacros[] = {
    {"Bsx", "BSD/OS"}, {"Dx", "DragonFly"}, {"Fx", "FreeBSD"},
    {"Nx", "NetBSD"},  {"Ox", "OpenBSD"},   {"Ux", "UNIX"},
};

char ascii_lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

}  // namespace

// ---------------------------------------------------------------- characters

const Glyph* special_character(std::string_view name)
{
    const auto* row = tables::find_row(tables::special_characters(), name);
    return row ? &row->glyph : nullptr;
}

const Glyph* escape_character(char c)
{
    for (const auto& e : kEscapeGlyphs)
        if (e.name == c)
            return &e.glyph;
    return nullptr;
}

std::string_view ascii_for_codepoint(char32_t cp)
{
    if (cp < 0x80)
        return {&kAsciiCharacters[cp], 1};
    if (cp > 0x10FFFF)
        return kUnknownAscii;
    char key[8];
    std::snprintf(key, sizeof key, "%06X", static_cast<unsigned>(cp));
    return text_of(tables::codepoint_ascii(), key).value_or(kUnknownAscii);
}

bool utf8_renders(char32_t cp)
{
    return !(cp >= 0x80 && cp <= 0x9F) && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
}

std::size_t ascii_display_width(std::string_view ascii)
{
    std::size_t width = 0;
    for (char c : ascii) {
        if (c == '\b' && width > 0)
            --width;  // the next character is drawn over the previous one
        else if (c == '\b')
            continue;
        else
            ++width;
    }
    return width;
}

// -------------------------------------------------------- predefined strings

std::optional<std::string_view> predefined_string(std::string_view name)
{
    return text_of(tables::predefined_strings(), name);
}

// ------------------------------------------------------------------ .St .Lb

std::optional<std::string_view> standard_text(std::string_view arg)
{
    return text_of(tables::standards(), arg);
}

std::optional<std::string_view> library_text(std::string_view name)
{
    return text_of(tables::libraries(), name);
}

std::string unknown_library_text(std::string_view name)
{
    return "library \\(lq" + std::string(name) + "\\(rq";
}

// ----------------------------------------------------------------------- .Dt

std::string_view section_volume(std::string_view section)
{
    if (section.empty())
        return kMissingSectionVolume;
    return text_of(tables::section_volumes(), section).value_or(section);
}

bool is_known_section(std::string_view section)
{
    return tables::find_row(tables::section_volumes(), section) != nullptr;
}

std::string architecture_name(std::string_view arch)
{
    std::string name(arch);
    for (char& c : name)
        c = ascii_lower(c);
    return name;
}

std::string header_volume(std::string_view volume, std::string_view arch)
{
    std::string text(volume);
    if (!arch.empty())
        text += " (" + architecture_name(arch) + ")";
    return text;
}

bool is_known_architecture(std::string_view arch)
{
    return tables::find_row(tables::architectures(), architecture_name(arch)) != nullptr;
}

// The systems whose architecture lists mandoc knows, as they appear in the
// architectures table; an .Os text selects one by containing its name.
constexpr std::string_view kArchitectureSystems[] = {"OpenBSD", "NetBSD"};

bool checks_architecture(std::string_view os)
{
    for (auto system : kArchitectureSystems)
        if (os.find(system) != std::string_view::npos)
            return true;
    return false;
}

bool is_known_architecture(std::string_view arch, std::string_view os)
{
    auto systems = text_of(tables::architectures(), architecture_name(arch));
    if (!systems)
        return false;
    for (auto system : kArchitectureSystems)
        if (os.find(system) != std::string_view::npos)
            return systems->find(system) != std::string_view::npos;
    return false;
}

// ------------------------------------------------- .At .Bx .Bsx .Dx .Fx ...

std::optional<std::string_view> att_version_text(std::string_view arg)
{
    return text_of(tables::att_versions(), arg);
}

std::string att_text(std::string_view arg)
{
    return std::string(att_version_text(arg).value_or(kAttUnix));
}

std::string bsd_text(std::string_view version, std::optional<std::string_view> variant)
{
    std::string text = std::string(version) + "BSD";
    if (variant) {
        text += '-';
        std::size_t first = text.size();
        text += *variant;
        if (first < text.size() && text[first] >= 'a' && text[first] <= 'z')
            text[first] = static_cast<char>(text[first] - 'a' + 'A');
    }
    return text;
}

std::optional<std::string_view> os_macro_name(std::string_view macro)
{
    for (const auto& m : kOsMacros)
        if (m.macro == macro)
            return m.name;
    return std::nullopt;
}

std::string os_version_text(std::string_view os, std::string_view version)
{
    std::string text(os);
    if (!version.empty())
        text += "\\~" + std::string(version);
    return text;
}

}  // namespace mdoc
