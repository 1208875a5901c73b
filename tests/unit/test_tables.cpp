// Tests of the data tables (share/) and their lookups (mdoc/tables.hpp).
// Every expected value below was observed in mandoc 1.14.6 output (-T ascii,
// -T utf8, -T tree, -T lint) for a small input; tools/harvest/verify.py
// re-checks whole tables against mandoc.
#include <doctest/doctest.h>

#include <string>

#include "mdoc/macro.hpp"
#include "mdoc/tables.hpp"
#include "mdoc/tables/rows.hpp"

using namespace std::string_view_literals;

namespace {

std::string glyph_utf8(std::string_view name)
{
    const mdoc::Glyph* g = mdoc::special_character(name);
    return g ? std::string(g->utf8) : std::string("(none)");
}

std::string glyph_ascii(std::string_view name)
{
    const mdoc::Glyph* g = mdoc::special_character(name);
    return g ? std::string(g->ascii) : std::string("(none)");
}

template <typename Row>
bool sorted_and_unique(std::span<const Row> rows)
{
    for (std::size_t i = 1; i < rows.size(); ++i)
        if (!(rows[i - 1].key < rows[i].key))
            return false;
    return true;
}

}  // namespace

TEST_CASE("tables: every generated table is sorted with unique keys and complete")
{
    using namespace mdoc::tables;
    CHECK(sorted_and_unique(special_characters()));
    CHECK(sorted_and_unique(codepoint_ascii()));
    CHECK(sorted_and_unique(predefined_strings()));
    CHECK(sorted_and_unique(standards()));
    CHECK(sorted_and_unique(libraries()));
    CHECK(sorted_and_unique(att_versions()));
    CHECK(sorted_and_unique(section_volumes()));
    CHECK(sorted_and_unique(architectures()));
    // Counts harvested from mandoc: 332 names in mandoc_char(7) plus 4
    // undocumented ones; 575 transliterated code points; 30 strings besides
    // \*(.T; 46 .St arguments of mandoc_mdoc(7); 91 libraries; 14 .At
    // versions; 10 sections; 64 architectures (OpenBSD 15, NetBSD 54).
    CHECK(special_characters().size() == 336);
    CHECK(codepoint_ascii().size() == 575);
    CHECK(predefined_strings().size() == 30);
    CHECK(standards().size() == 46);
    CHECK(libraries().size() == 91);
    CHECK(att_versions().size() == 14);
    CHECK(section_volumes().size() == 10);
    CHECK(architectures().size() == 64);
}

TEST_CASE("tables: special characters render as mandoc -T utf8 and -T ascii")
{
    CHECK(glyph_utf8("em") == "\u2014");
    CHECK(glyph_ascii("em") == "--");
    CHECK(glyph_utf8("en") == "\u2013");
    CHECK(glyph_ascii("en") == "-");
    CHECK(glyph_utf8("lq") == "\u201C");
    CHECK(glyph_ascii("lq") == "\"");
    CHECK(glyph_utf8("rq") == "\u201D");
    CHECK(glyph_utf8("aq") == "'");
    CHECK(glyph_utf8("dq") == "\"");
    CHECK(glyph_utf8("ga") == "`");
    CHECK(glyph_utf8("ti") == "~");
    CHECK(glyph_utf8("ha") == "^");
    CHECK(glyph_utf8("rs") == "\\");
    CHECK(glyph_ascii("rs") == "\\");
    CHECK(glyph_ascii("co") == "(C)");
    CHECK(glyph_ascii("rg") == "(R)");
    CHECK(glyph_ascii("tm") == "tm");
    CHECK(glyph_ascii("<=") == "<=");
    CHECK(glyph_utf8("<=") == "\u2264");
    CHECK(glyph_ascii("ne") == "!==");
    CHECK(glyph_utf8("->") == "\u2192");
    CHECK(glyph_ascii("->") == "->");
    CHECK(glyph_ascii("*G") == "<Gamma>");
    CHECK(glyph_utf8("*G") == "\u0393");
    CHECK(glyph_ascii("*a") == "<alpha>");
    CHECK(glyph_ascii("de") == "<degree>");
    CHECK(glyph_ascii("Eu") == "EUR");
    CHECK(glyph_ascii("ss") == "ss");
    CHECK(glyph_ascii("12") == "1/2");
    // Overstrikes, exactly as mandoc -T ascii writes them.
    CHECK(glyph_ascii("bu") == "+\bo");
    CHECK(glyph_utf8("bu") == "\u2022");
    CHECK(glyph_ascii("'e") == "'\be");
    CHECK(glyph_utf8("'e") == "\u00E9");
    CHECK(glyph_ascii(":u") == "\"\bu");
    CHECK(glyph_ascii("ua") == "|\b^");
    // Long names.
    CHECK(glyph_ascii("integral") == "<integral>");
    CHECK(glyph_utf8("integral") == "\u222B");
    CHECK(glyph_ascii("bracketlefttp") == "|");
    CHECK(glyph_utf8("t+-") == "\u00B1");
    CHECK(glyph_ascii("tmu") == "x");
    // Not in mandoc_char(7), but mandoc knows them.
    CHECK(glyph_utf8("Lq") == "\u201C");
    CHECK(glyph_utf8("Rq") == "\u201D");
    CHECK(glyph_utf8("md") == "\u22C5");
    CHECK(glyph_ascii("md") == ".");
    CHECK(glyph_utf8("-") == "-");
    // Unknown names (mandoc: "invalid escape sequence", prints nothing).
    CHECK(mdoc::special_character("xx") == nullptr);
    CHECK(mdoc::special_character("foo") == nullptr);
    CHECK(mdoc::special_character("") == nullptr);
    CHECK(mdoc::special_character("radicalex") == nullptr);
    CHECK(mdoc::special_character("u00E9") == nullptr);
    CHECK(mdoc::special_character("EM") == nullptr);
}

TEST_CASE("tables: one-character escapes")
{
    auto utf8 = [](char c) { return mdoc::escape_character(c) ? std::string(mdoc::escape_character(c)->utf8) : "(none)"; };
    auto ascii = [](char c) { return mdoc::escape_character(c) ? std::string(mdoc::escape_character(c)->ascii) : "(none)"; };
    CHECK(ascii('e') == "\\");
    CHECK(utf8('-') == "-");  // mandoc -T utf8 prints \- as a plain hyphen-minus
    CHECK(utf8('\'') == "\u00B4");
    CHECK(ascii('\'') == "'");
    CHECK(utf8('`') == "`");
    CHECK(utf8(' ') == "\u00A0");
    CHECK(ascii('~') == " ");
    CHECK(utf8('0') == "\u00A0");
    CHECK(utf8('&') == "(none)");
    CHECK(utf8('|') == "(none)");
    CHECK(utf8('x') == "(none)");
}

TEST_CASE("tables: ASCII transliteration of code points")
{
    CHECK(mdoc::ascii_for_codepoint(U'A') == "A");
    CHECK(mdoc::ascii_for_codepoint(0) == std::string_view("\0", 1));
    CHECK(mdoc::ascii_for_codepoint(0x00E9) == "'\be");
    CHECK(mdoc::ascii_for_codepoint(0x2014) == "--");
    CHECK(mdoc::ascii_for_codepoint(0x201C) == "\"");
    CHECK(mdoc::ascii_for_codepoint(0x00A0) == " ");
    CHECK(mdoc::ascii_for_codepoint(0x00AD) == "");
    CHECK(mdoc::ascii_for_codepoint(0x00A7) == "<section>");
    CHECK(mdoc::ascii_for_codepoint(0x00A2) == "/\bc");
    CHECK(mdoc::ascii_for_codepoint(0x0100) == "A");
    CHECK(mdoc::ascii_for_codepoint(0x0080) == "<80>");
    CHECK(mdoc::ascii_for_codepoint(0x009F) == "<9F>");
    CHECK(mdoc::ascii_for_codepoint(0x4E2D) == "<?>");
    CHECK(mdoc::ascii_for_codepoint(0x1F600) == "<?>");
    CHECK(mdoc::ascii_for_codepoint(0x10FFFF) == "<?>");
    CHECK(mdoc::ascii_for_codepoint(0x110000) == "<?>");
    CHECK(mdoc::utf8_renders(0x00E9));
    CHECK(mdoc::utf8_renders(0x1F600));
    CHECK_FALSE(mdoc::utf8_renders(0x0080));
    CHECK_FALSE(mdoc::utf8_renders(0x009F));
    CHECK(mdoc::utf8_renders(0x00A0));
    CHECK(mdoc::ascii_display_width("'\be") == 1);
    CHECK(mdoc::ascii_display_width("<Gamma>") == 7);
    CHECK(mdoc::ascii_display_width("") == 0);
}

TEST_CASE("tables: a named character and its code point transliterate alike")
{
    // The AST keeps decoded UTF-8, so -T ascii goes through the code point.
    // This holds for every single-code-point character but \(~= (U+2248,
    // printed "~=" while the code point, like \(~~, prints "~~").
    int mismatches = 0;
    for (const auto& row : mdoc::tables::special_characters()) {
        std::string_view u = row.glyph.utf8;
        char32_t cp = 0;
        unsigned char b0 = static_cast<unsigned char>(u[0]);
        std::size_t n = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
        if (u.size() != n)
            continue;
        cp = n == 1 ? b0 : b0 & (0x7F >> n);
        for (std::size_t i = 1; i < n; ++i)
            cp = (cp << 6) | (static_cast<unsigned char>(u[i]) & 0x3F);
        if (mdoc::ascii_for_codepoint(cp) != row.glyph.ascii) {
            ++mismatches;
            CHECK(row.key == "~=");
        }
    }
    CHECK(mismatches == 1);
}

TEST_CASE("tables: predefined strings")
{
    CHECK(mdoc::predefined_string("Lq") == "\\(lq");
    CHECK(mdoc::predefined_string("Rq") == "\\(rq");
    CHECK(mdoc::predefined_string("lq") == "\\(lq");
    CHECK(mdoc::predefined_string("Ba") == "|");
    CHECK(mdoc::predefined_string("lp") == "(");
    CHECK(mdoc::predefined_string("Am") == "&");
    CHECK(mdoc::predefined_string("q") == "\\(dq");
    CHECK(mdoc::predefined_string("R") == "\\(rg");
    CHECK(mdoc::predefined_string("Tm") == "(Tm)");
    CHECK(mdoc::predefined_string("Ge") == "\\(>=");
    CHECK(mdoc::predefined_string("Ne") == "\\(!=");
    CHECK(mdoc::predefined_string("Pm") == "\\(+-");
    CHECK(mdoc::predefined_string("If") == "infinity");
    CHECK(mdoc::predefined_string("Px") == "POSIX");
    CHECK(mdoc::predefined_string("'") == "\\'");
    CHECK(mdoc::predefined_string("ua") == "\\(ua");
    CHECK_FALSE(mdoc::predefined_string(".T"));
    CHECK_FALSE(mdoc::predefined_string("Xx"));
    CHECK_FALSE(mdoc::predefined_string("lq "));
    CHECK_FALSE(mdoc::predefined_string(""));
}

TEST_CASE("tables: .St standards")
{
    CHECK(mdoc::standard_text("-p1003.1-2008") == "IEEE Std 1003.1-2008 (\\(lqPOSIX.1\\(rq)");
    CHECK(mdoc::standard_text("-ansiC") == "ANSI X3.159-1989 (\\(lqANSI\\~C89\\(rq)");
    CHECK(mdoc::standard_text("-isoC-99") == "ISO/IEC 9899:1999 (\\(lqISO\\~C99\\(rq)");
    CHECK(mdoc::standard_text("-isoC-2011") == "ISO/IEC 9899:2011 (\\(lqISO\\~C11\\(rq)");
    CHECK(mdoc::standard_text("-p1003.1-96") == "ISO/IEC 9945-1:1996 (\\(lqPOSIX.1\\(rq)");
    CHECK(mdoc::standard_text("-susv4") == "Version\\~4 of the Single UNIX Specification (\\(lqSUSv4\\(rq)");
    CHECK(mdoc::standard_text("-svid4") == "System\\~V Interface Definition, Fourth Edition (\\(lqSVID4\\(rq)");
    CHECK(mdoc::standard_text("-xpg4.2") == "X/Open Portability Guide Issue\\~4, Version\\~2 (\\(lqXPG4.2\\(rq)");
    CHECK(mdoc::standard_text("-ieee754") == "IEEE Std 754-1985");
    CHECK(mdoc::standard_text("-iso8802-3") == "ISO 8802-3: 1989");
    CHECK(mdoc::standard_text("-ieee1275-94") == "IEEE Std 1275-1994 (\\(lqOpen Firmware\\(rq)");
    CHECK_FALSE(mdoc::standard_text("p1003.1-2008"));
    CHECK_FALSE(mdoc::standard_text("-p1003.1-2017"));
    CHECK_FALSE(mdoc::standard_text("-foo"));
    CHECK_FALSE(mdoc::standard_text(""));
}

TEST_CASE("tables: .Lb libraries")
{
    CHECK(mdoc::library_text("libc") == "Standard C\\~Library (libc, \\-lc)");
    CHECK(mdoc::library_text("libm") == "Math Library (libm, \\-lm)");
    CHECK(mdoc::library_text("libthr") == "1:1 Threading Library (libthr, \\-lthr)");
    CHECK(mdoc::library_text("libnv") == "Name/value pairs library (libnv, \\-lnv)");
    CHECK(mdoc::library_text("librt") == "POSIX Real\\-time Library (librt, \\-lrt)");
    CHECK(mdoc::library_text("libxo") == "Text, XML, JSON, and HTML Output Emission Library (libxo, \\-lxo)");
    CHECK(mdoc::library_text("libz") == "Compression Library (libz, \\-lz)");
    CHECK_FALSE(mdoc::library_text("libfoo"));
    CHECK_FALSE(mdoc::library_text("libgpib"));  // in groff_mdoc(7), not in mandoc
    CHECK_FALSE(mdoc::library_text("c"));
    CHECK(mdoc::unknown_library_text("libfoo") == "library \\(lqlibfoo\\(rq");
}

TEST_CASE("tables: .Dt sections, volumes and architectures")
{
    CHECK(mdoc::section_volume("1") == "General Commands Manual");
    CHECK(mdoc::section_volume("2") == "System Calls Manual");
    CHECK(mdoc::section_volume("3") == "Library Functions Manual");
    CHECK(mdoc::section_volume("3p") == "Perl Library Manual");
    CHECK(mdoc::section_volume("4") == "Device Drivers Manual");
    CHECK(mdoc::section_volume("5") == "File Formats Manual");
    CHECK(mdoc::section_volume("6") == "Games Manual");
    CHECK(mdoc::section_volume("7") == "Miscellaneous Information Manual");
    CHECK(mdoc::section_volume("8") == "System Manager's Manual");
    CHECK(mdoc::section_volume("9") == "Kernel Developer's Manual");
    CHECK(mdoc::section_volume("3P") == "3P");
    CHECK(mdoc::section_volume("unass") == "unass");
    CHECK(mdoc::section_volume("n") == "n");
    CHECK(mdoc::section_volume("") == "LOCAL");
    CHECK(mdoc::is_known_section("9"));
    CHECK_FALSE(mdoc::is_known_section("0"));
    CHECK_FALSE(mdoc::is_known_section("10"));

    CHECK(mdoc::header_volume("Device Drivers Manual", "AMD64") == "Device Drivers Manual (amd64)");
    CHECK(mdoc::header_volume("", "amd64") == " (amd64)");
    CHECK(mdoc::header_volume("General Commands Manual", "") == "General Commands Manual");

    CHECK(mdoc::is_known_architecture("amd64"));
    CHECK(mdoc::is_known_architecture("AMD64"));
    CHECK(mdoc::is_known_architecture("x86_64"));
    CHECK(mdoc::is_known_architecture("i386"));
    CHECK_FALSE(mdoc::is_known_architecture("foo"));
    CHECK_FALSE(mdoc::is_known_architecture(""));
    CHECK(mdoc::is_known_architecture("amd64", "OpenBSD"));
    CHECK_FALSE(mdoc::is_known_architecture("amd64", "NetBSD"));
    CHECK(mdoc::is_known_architecture("x86_64", "NetBSD"));
    CHECK(mdoc::is_known_architecture("x86", "NetBSD"));
    CHECK_FALSE(mdoc::is_known_architecture("x86_64", "OpenBSD"));
    CHECK(mdoc::is_known_architecture("riscv64", "OpenBSD"));
    CHECK(mdoc::is_known_architecture("sparc64", "OpenBSD"));
    CHECK(mdoc::is_known_architecture("sparc64", "NetBSD"));
    CHECK_FALSE(mdoc::is_known_architecture("i386", "FreeBSD"));
    CHECK_FALSE(mdoc::is_known_architecture("i386", "Open"));
    CHECK(mdoc::is_known_architecture("AMD64", "OpenBSD 7.1"));
    CHECK_FALSE(mdoc::is_known_architecture("foo", "OpenBSD"));
    // mandoc checks when the .Os text contains OpenBSD or NetBSD, nowhere else.
    CHECK(mdoc::checks_architecture("OpenBSD"));
    CHECK(mdoc::checks_architecture("NetBSD 9.0"));
    CHECK(mdoc::checks_architecture("xNetBSDy"));
    CHECK_FALSE(mdoc::checks_architecture("openbsd"));
    CHECK_FALSE(mdoc::checks_architecture("FreeBSD"));
    CHECK_FALSE(mdoc::checks_architecture(""));
}

TEST_CASE("tables: .At versions")
{
    CHECK(mdoc::att_text("v7") == "Version\\~7 AT&T UNIX");
    CHECK(mdoc::att_text("v1") == "Version\\~1 AT&T UNIX");
    CHECK(mdoc::att_text("32v") == "Version\\~7 AT&T UNIX/32V");
    CHECK(mdoc::att_text("III") == "AT&T System\\~III UNIX");
    CHECK(mdoc::att_text("V") == "AT&T System\\~V UNIX");
    CHECK(mdoc::att_text("V.4") == "AT&T System\\~V Release\\~4 UNIX");
    CHECK(mdoc::att_text("") == "AT&T UNIX");
    CHECK(mdoc::att_text("v8") == "AT&T UNIX");
    CHECK(mdoc::att_text("V.5") == "AT&T UNIX");
    CHECK(mdoc::att_text("foo") == "AT&T UNIX");
    CHECK(mdoc::att_version_text("v6"));
    CHECK_FALSE(mdoc::att_version_text("v0"));
    CHECK_FALSE(mdoc::att_version_text("iii"));
}

TEST_CASE("tables: .Bx and the BSD macros")
{
    CHECK(mdoc::bsd_text("", std::nullopt) == "BSD");
    CHECK(mdoc::bsd_text("4.2") == "4.2BSD");
    CHECK(mdoc::bsd_text("4.4", "Lite2") == "4.4BSD-Lite2");
    CHECK(mdoc::bsd_text("4.4", "lite2") == "4.4BSD-Lite2");
    CHECK(mdoc::bsd_text("4.3", "reno") == "4.3BSD-Reno");
    CHECK(mdoc::bsd_text("4.4", "LITE2") == "4.4BSD-LITE2");
    CHECK(mdoc::bsd_text("4.4", "1x") == "4.4BSD-1x");
    CHECK(mdoc::bsd_text("4.4", "") == "4.4BSD-");
    CHECK(mdoc::bsd_text("", "Lite2") == "BSD-Lite2");
    CHECK(mdoc::bsd_text("Free", "12.0") == "FreeBSD-12.0");

    CHECK(mdoc::os_macro_name("Fx") == "FreeBSD");
    CHECK(mdoc::os_macro_name("Nx") == "NetBSD");
    CHECK(mdoc::os_macro_name("Ox") == "OpenBSD");
    CHECK(mdoc::os_macro_name("Dx") == "DragonFly");
    CHECK(mdoc::os_macro_name("Bsx") == "BSD/OS");
    CHECK(mdoc::os_macro_name("Ux") == "UNIX");
    CHECK_FALSE(mdoc::os_macro_name("Bx"));
    CHECK(mdoc::os_version_text("FreeBSD", "12.0") == "FreeBSD\\~12.0");
    CHECK(mdoc::os_version_text("OpenBSD", "") == "OpenBSD");
}

TEST_CASE("tables: .Dd dates")
{
    const mdoc::CivilDate now{2026, 11, 23};
    auto text = [&](std::string_view arg) { return mdoc::normalize_date(arg, now).text; };

    SUBCASE("Mdocdate")
    {
        auto r = mdoc::normalize_date("$Mdocdate: May 5 2020 $", now);
        CHECK(r.text == "May 5, 2020");
        CHECK(r.ok);
        CHECK(r.mdocdate);
        CHECK_FALSE(r.normalized);
        CHECK(text("$Mdocdate: May 5 2020$") == "May 5, 2020");
        CHECK(text("$Mdocdate:May 5 2020 $") == "May 5, 2020");
        CHECK(text("$Mdocdate: Jan 15 2021 $") == "January 15, 2021");
        CHECK(text("$Mdocdate: May 05 2020 $") == "May 5, 2020");
        CHECK(text("$Mdocdate: February 30 2020 $") == "March 1, 2020");
        CHECK(text("$Mdocdate$") == "November 23, 2026");
        // A second digit is only read while the number can stay in range.
        CHECK(text("$Mdocdate: MAY 40 $") == "May 4, 0");
        CHECK(mdoc::normalize_date("$Mdocdate$", now).mdocdate);
        for (auto bad : {"$Mdocdate: foo $", "$Mdocdate: May 5, 2020 $", "$Mdocdate: $", "$Mdocdate:",
                         "$Mdocdate $", "$Mdocdate: May 5 2020 $ extra"}) {
            CAPTURE(bad);
            auto b = mdoc::normalize_date(bad, now);
            CHECK_FALSE(b.ok);
            CHECK(b.text == bad);
        }
    }
    SUBCASE("Month D, YYYY")
    {
        auto r = mdoc::normalize_date("February 3, 2010", now);
        CHECK(r.ok);
        CHECK_FALSE(r.normalized);
        CHECK_FALSE(r.mdocdate);
        CHECK(r.text == "February 3, 2010");
        auto n = mdoc::normalize_date("Feb 3, 2010", now);
        CHECK(n.ok);
        CHECK(n.normalized);
        CHECK(n.text == "February 3, 2010");
        CHECK(text("February 03, 2010") == "February 3, 2010");
        CHECK(text("february 3, 2010") == "February 3, 2010");
        CHECK(text("MAY 5, 2020") == "May 5, 2020");
        CHECK(text("Sep 3, 2010") == "September 3, 2010");
        CHECK(text("May5, 2020") == "May 5, 2020");
        CHECK(text("March 1,2010") == "March 1, 2010");
        CHECK(text("May  5,  2020") == "May 5, 2020");
        CHECK(text("February 30, 2010") == "March 2, 2010");
        CHECK(text("Feb 29, 2011") == "March 1, 2011");
        CHECK(text("February 29, 1900") == "March 1, 1900");
        CHECK(text("February 29, 2000") == "February 29, 2000");
        CHECK(text("April 31, 2020") == "May 1, 2020");
        CHECK(text("February 31, 0") == "March 2, 0");
        CHECK(text("May 5, 0099") == "May 5, 99");
        CHECK(mdoc::normalize_date("May 5, 0099", now).normalized);
        CHECK(text("March 1, 99") == "March 1, 99");
        CHECK_FALSE(mdoc::normalize_date("March 1, 99", now).normalized);
        for (auto bad : {"February 3 2010", "Sept 3, 2010", "Janu 1, 2020", "May 0, 2020", "May 32, 2020",
                         "December 32, 2020", "May 00, 2020", "May 5, -5", "May 5 ,2020", "March 1, 10000",
                         "May 5, 2020 foo", "May 5, 2020.", "May, 2020", "May 2020", "3 February 2010",
                         "foo"}) {
            CAPTURE(bad);
            auto b = mdoc::normalize_date(bad, now);
            CHECK_FALSE(b.ok);
            CHECK(b.text == bad);
        }
    }
    SUBCASE("legacy man(7) form")
    {
        auto r = mdoc::normalize_date("2010-02-03", now);
        CHECK(r.ok);
        CHECK(r.legacy);
        CHECK(r.text == "2010-02-03");
        CHECK(mdoc::normalize_date("2010-2-3", now).legacy);
        CHECK(mdoc::normalize_date("10-01-01", now).legacy);
        CHECK(mdoc::normalize_date("2010-02-30", now).text == "2010-02-30");
        CHECK_FALSE(mdoc::normalize_date("2010-13-03", now).ok);
        CHECK_FALSE(mdoc::normalize_date("2010-02-32", now).ok);
        CHECK_FALSE(mdoc::normalize_date("2010-00-10", now).ok);
        CHECK_FALSE(mdoc::normalize_date("20100-01-01", now).ok);
        CHECK_FALSE(mdoc::normalize_date("2010-1-1x", now).ok);
    }
    SUBCASE("empty and future")
    {
        auto e = mdoc::normalize_date("", now);
        CHECK(e.text == "");
        CHECK_FALSE(e.ok);
        // mandoc warns from two days after today on.
        CHECK_FALSE(mdoc::normalize_date("November 23, 2026", now).future);
        CHECK_FALSE(mdoc::normalize_date("November 24, 2026", now).future);
        CHECK(mdoc::normalize_date("November 25, 2026", now).future);
        CHECK(mdoc::normalize_date("January 1, 2038", now).future);
        CHECK(mdoc::normalize_date("$Mdocdate: May 5 2099 $", now).future);
        CHECK(mdoc::normalize_date("2099-01-01", now).future);
        CHECK_FALSE(mdoc::normalize_date("December 31, 1969", now).future);
        CHECK_FALSE(mdoc::normalize_date("$Mdocdate$", now).future);
        // In the future, mandoc only says so: no normalizing or legacy note.
        auto f = mdoc::normalize_date("DECEMBER 01,2029", now);
        CHECK(f.text == "December 1, 2029");
        CHECK(f.future);
        CHECK_FALSE(f.normalized);
        auto l = mdoc::normalize_date("2027-03-06", now);
        CHECK(l.future);
        CHECK_FALSE(l.legacy);
        CHECK(l.ok);
    }
}

TEST_CASE("tables: the macro table's perfect hash finds every macro and nothing else")
{
    std::size_t found = 0;
    for (int i = 0; i < 256; ++i) {
        auto m = static_cast<mdoc::Macro>(i);
        std::string_view name = mdoc::macro_info(m).name;
        if (name.empty()) continue;
        ++found;
        auto back = mdoc::find_macro(name);
        REQUIRE(back.has_value());
        CHECK(*back == m);
        // The same name with a NUL inside or after it, or one byte more, is no macro.
        CHECK_FALSE(mdoc::find_macro(std::string(name) + '\0').has_value());
        CHECK_FALSE(mdoc::find_macro(std::string(name) + 'x').has_value());
        if (name.size() == 2) CHECK_FALSE(mdoc::find_macro(std::string{name[0], '\0', name[1]}).has_value());
    }
    CHECK(found > 100);
    for (std::string_view word : {"", "x", "Foo", "Dt ", "AAAA", "ar", "PP", "de", "\xff\xff"})
        CHECK_FALSE(mdoc::find_macro(word).has_value());
    CHECK(mdoc::find_macro("%A") == mdoc::Macro::Pct_A);
}
