// gen_table: turns one data table of share/ (TSV) into a C++ source file
// holding the rows as a constexpr array sorted by the first column, so that
// lookups are binary searches over data laid out at compile time.
//
//   gen_table INPUT.tsv OUTPUT.cpp FUNCTION ROW_TYPE COLUMNS [--c-escapes]
//
// Output: `std::span<const ROW_TYPE> mdoc::tables::FUNCTION()` over an array
// whose rows are brace-initialised from the cells in order; ROW_TYPE is an
// aggregate of COLUMNS string_views declared in mdoc/tables/rows.hpp.
//
// Input: one row per line, cells separated by one tab; empty lines and lines
// starting with '#' are skipped.  Cells are taken verbatim (they hold roff
// text, whose backslashes must survive), unless --c-escapes is given: then
// \\ \t \n \b and \xHH are decoded, for tables of exact output bytes.
// A row with the wrong number of cells or a repeated key fails the build.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Row = std::vector<std::string>;

bool decode_c_escapes(const std::string& in, std::string& out)
{
    out.clear();
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] != '\\') {
            out += in[i];
            continue;
        }
        if (++i == in.size())
            return false;
        switch (in[i]) {
        case '\\': out += '\\'; break;
        case 't': out += '\t'; break;
        case 'n': out += '\n'; break;
        case 'b': out += '\b'; break;
        case 'x': {
            if (i + 2 >= in.size())
                return false;
            std::string hex = in.substr(i + 1, 2);
            if (hex.size() != 2 || hex.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos)
                return false;
            out += static_cast<char>(std::stoi(hex, nullptr, 16));
            i += 2;
            break;
        }
        default: return false;
        }
    }
    return true;
}

std::vector<std::string> split_tabs(const std::string& line)
{
    std::vector<std::string> cells;
    std::size_t start = 0;
    for (;;) {
        std::size_t tab = line.find('\t', start);
        cells.push_back(line.substr(start, tab - start));
        if (tab == std::string::npos)
            return cells;
        start = tab + 1;
    }
}

// Octal escapes for everything outside printable ASCII: the output is plain
// ASCII whatever the compiler's source character set, and an octal escape
// (unlike \x) cannot swallow a following digit.
std::string cpp_literal(const std::string& s)
{
    std::string out = "std::string_view{\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\' || c == '?') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c >= 0x20 && c < 0x7f) {
            out += static_cast<char>(c);
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\%03o", c);
            out += buf;
        }
    }
    out += "\", " + std::to_string(s.size()) + "}";
    return out;
}

int fail(const std::string& where, const std::string& what)
{
    std::cerr << where << ": " << what << '\n';
    return 1;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 6 || argc > 7 || (argc == 7 && std::string(argv[6]) != "--c-escapes")) {
        std::cerr << "usage: gen_table INPUT.tsv OUTPUT.cpp FUNCTION ROW_TYPE COLUMNS [--c-escapes]\n";
        return 2;
    }
    const std::string input = argv[1], output = argv[2], function = argv[3], row_type = argv[4];
    const std::size_t columns = std::stoul(argv[5]);
    const bool c_escapes = argc == 7;

    std::ifstream in(input, std::ios::binary);
    if (!in)
        return fail(input, "cannot open");
    std::vector<Row> rows;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty() || line[0] == '#')
            continue;
        const std::string where = input + ":" + std::to_string(number);
        Row row = split_tabs(line);
        if (row.size() != columns)
            return fail(where, "expected " + std::to_string(columns) + " cells, found " +
                                   std::to_string(row.size()));
        if (c_escapes)
            for (auto& cell : row) {
                std::string decoded;
                if (!decode_c_escapes(cell, decoded))
                    return fail(where, "bad escape in '" + cell + "'");
                cell = decoded;
            }
        if (row[0].empty())
            return fail(where, "empty key");
        rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a[0] < b[0]; });
    for (std::size_t i = 1; i < rows.size(); ++i)
        if (rows[i][0] == rows[i - 1][0])
            return fail(input, "duplicate key '" + rows[i][0] + "'");

    std::ostringstream cpp;
    cpp << "// Generated by tools/gen_table from " << input << "; do not edit.\n"
        << "#include \"mdoc/tables/rows.hpp\"\n\n"
        << "namespace mdoc::tables {\nnamespace {\n"
        << "constexpr " << row_type << " kRows[] = {\n";
    for (const auto& row : rows) {
        cpp << "    {";
        for (std::size_t i = 0; i < row.size(); ++i)
            cpp << (i ? ", " : "") << cpp_literal(row[i]);
        cpp << "},\n";
    }
    cpp << "};\n}  // namespace\n\n"
        << "std::span<const " << row_type << "> " << function << "()\n{\n"
        << "    return kRows;\n}\n\n}  // namespace mdoc::tables\n";

    std::ofstream out(output, std::ios::binary);
    out << cpp.str();
    return out ? 0 : fail(output, "cannot write");
}
