// .Dd dates: the forms mandoc accepts and how it prints them; see
// normalize_date() in mdoc/tables.hpp.  The matching rules (whitespace in
// a pattern matches any amount, including none; a day is 1 or 2 digits in
// 1..31; a year at most 4 digits; the whole argument must match) were
// established by running mandoc -T tree / -T lint on many variants.
#include <array>
#include <cctype>
#include <ctime>

#include "mdoc/tables.hpp"

namespace mdoc {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

bool same_ignoring_case(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

// A cursor over the argument with the pattern steps of the date forms.
struct Scanner {
    std::string_view s;
    std::size_t i = 0;

    void spaces()
    {
        while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i])))
            ++i;
    }
    bool literal(std::string_view text)
    {
        if (s.substr(i, text.size()) != text)
            return false;
        i += text.size();
        return true;
    }
    // 1..MAX_DIGITS digits, value within [LO, HI].  A further digit is only
    // taken while it could still fit under HI, so "40" as a day is 4 followed
    // by "0" (mandoc reads "$Mdocdate: May 40 $" as May 4, 0).
    bool number(int max_digits, int lo, int hi, int& value)
    {
        spaces();
        int digits = 0;
        value = 0;
        while (digits < max_digits && i < s.size() && s[i] >= '0' && s[i] <= '9' &&
               (digits == 0 || value * 10 <= hi)) {
            value = value * 10 + (s[i++] - '0');
            ++digits;
        }
        return digits > 0 && value >= lo && value <= hi;
    }
    // A full month name, else its first three letters, in any case.
    bool month(int& value)
    {
        for (std::size_t length : {std::size_t{0}, std::size_t{3}})
            for (std::size_t m = 0; m < kMonths.size(); ++m) {
                std::string_view name = length ? kMonths[m].substr(0, length) : kMonths[m];
                if (same_ignoring_case(s.substr(i, name.size()), name)) {
                    i += name.size();
                    value = static_cast<int>(m) + 1;
                    return true;
                }
            }
        return false;
    }
    bool at_end() const { return i == s.size(); }
};

bool is_leap(int year)
{
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

int days_in_month(int year, int month)
{
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

// A day past the end of its month moves into the next one, as mktime(3)
// does (the day is at most 31, so one step is enough).
CivilDate roll_over(CivilDate d)
{
    if (int last = days_in_month(d.year, d.month); d.day > last) {
        d.day -= last;
        if (++d.month > 12) {
            d.month = 1;
            ++d.year;
        }
    }
    return d;
}

// Days since 1970-01-01 in the proleptic Gregorian calendar.
long days_from_civil(CivilDate d)
{
    long y = d.year - (d.month <= 2 ? 1 : 0);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long mp = (d.month + 9) % 12;
    long doy = (153 * mp + 2) / 5 + d.day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::string format_date(CivilDate d)
{
    return std::string(kMonths[d.month - 1]) + " " + std::to_string(d.day) + ", " + std::to_string(d.year);
}

// "$Mdocdate: Mon D YYYY $", spaces optional around the date.
bool parse_mdocdate(std::string_view arg, CivilDate& d)
{
    Scanner sc{arg};
    if (!sc.literal("$Mdocdate:"))
        return false;
    sc.spaces();
    if (!sc.month(d.month) || !sc.number(2, 1, 31, d.day) || !sc.number(4, 0, 9999, d.year))
        return false;
    sc.spaces();
    return sc.literal("$") && sc.at_end();
}

// "Month D, YYYY": no space before the comma, any after it.
bool parse_month_day_year(std::string_view arg, CivilDate& d)
{
    Scanner sc{arg};
    sc.spaces();
    if (!sc.month(d.month) || !sc.number(2, 1, 31, d.day) || !sc.literal(","))
        return false;
    return sc.number(4, 0, 9999, d.year) && sc.at_end();
}

// man(7) style "YYYY-MM-DD"; mandoc validates it but prints it as written.
bool parse_legacy(std::string_view arg, CivilDate& d)
{
    Scanner sc{arg};
    return sc.number(4, 0, 9999, d.year) && sc.literal("-") && sc.number(2, 1, 12, d.month) &&
           sc.literal("-") && sc.number(2, 1, 31, d.day) && sc.at_end();
}

}  // namespace

CivilDate today()
{
    // Every page's Dd asks; the conversion to local time (time zone rules)
    // is done again only when the clock has moved on a second.
    thread_local std::time_t converted_at = -1;
    thread_local CivilDate date{};
    std::time_t now = std::time(nullptr);
    if (now != converted_at) {
        std::tm local{};
        localtime_r(&now, &local);
        date = {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
        converted_at = now;
    }
    return date;
}

DateResult normalize_date(std::string_view arg)
{
    return normalize_date(arg, today());
}

DateResult normalize_date(std::string_view arg, CivilDate now)
{
    DateResult r;
    r.text = std::string(arg);
    if (arg.empty())
        return r;
    // mandoc warns when the date is later than one day from now.
    auto in_future = [&](CivilDate d) { return days_from_civil(d) >= days_from_civil(now) + 2; };
    CivilDate d;
    if (arg == "$Mdocdate$") {
        r.text = format_date(now);
        r.ok = r.mdocdate = true;
    } else if (parse_mdocdate(arg, d)) {
        d = roll_over(d);
        r.text = format_date(d);
        r.ok = r.mdocdate = true;
        r.future = in_future(d);
    } else if (parse_month_day_year(arg, d)) {
        d = roll_over(d);
        r.text = format_date(d);
        r.ok = true;
        r.normalized = r.text != arg;
        r.future = in_future(d);
    } else if (parse_legacy(arg, d)) {
        r.ok = r.legacy = true;
        r.future = in_future(roll_over(d));
    }
    // mandoc then only warns about the future, without the style messages.
    if (r.future)
        r.normalized = r.legacy = false;
    return r;
}

}  // namespace mdoc
