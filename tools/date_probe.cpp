// date_probe: prints normalize_date() of each input line as
// "TEXT<TAB>KIND[+future]" (KIND: ok, normalizing, legacy, verbatim,
// missing), the format tools/harvest/check_dates.py compares with mandoc.
#include <iostream>
#include <string>

#include "mdoc/tables.hpp"

int main()
{
    std::string line;
    while (std::getline(std::cin, line)) {
        auto r = mdoc::normalize_date(line);
        const char* kind = line.empty() ? "missing"
                           : !r.ok      ? "verbatim"
                           : r.legacy   ? "legacy"
                           : r.normalized ? "normalizing"
                                          : "ok";
        std::cout << r.text << '\t' << kind << (r.future ? "+future" : "") << '\n';
    }
}
