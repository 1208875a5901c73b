#include "render/term_width.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

#include "mdoc/macro.hpp"
#include "render/term_writer.hpp"

namespace mdoc {
namespace {

struct MacroWidth {
  Macro macro;
  int width;
};

// Widths mandoc gives to "-width Xx" for these macro names; every other macro
// name measures zero.
constexpr MacroWidth kMacroWidths[] = {
    {Macro::Ad, 12}, {Macro::An, 12}, {Macro::Ao, 12}, {Macro::Aq, 12}, {Macro::Ar, 12},
    {Macro::Bo, 12}, {Macro::Bq, 12}, {Macro::Cd, 12}, {Macro::Cm, 10}, {Macro::Do, 10},
    {Macro::Dq, 12}, {Macro::Dv, 12}, {Macro::Em, 10}, {Macro::Eo, 12}, {Macro::Er, 17},
    {Macro::Ev, 15}, {Macro::Fa, 12}, {Macro::Fl, 10}, {Macro::Fn, 16}, {Macro::Fo, 16},
    {Macro::Ic, 10}, {Macro::Li, 16}, {Macro::Ms, 6},  {Macro::Nm, 10}, {Macro::No, 12},
    {Macro::Oo, 10}, {Macro::Op, 14}, {Macro::Pa, 32}, {Macro::Pf, 12}, {Macro::Po, 12},
    {Macro::Pq, 12}, {Macro::Ql, 16}, {Macro::Qo, 12}, {Macro::So, 12}, {Macro::Sq, 12},
    {Macro::Sx, 16}, {Macro::Sy, 6},  {Macro::Tn, 10}, {Macro::Va, 12}, {Macro::Vt, 12},
    {Macro::Xr, 10},
};

// Columns per unit on a terminal: one column is a tenth of an inch.
bool unit_columns(char unit, double& per_unit) {
  switch (unit) {
    case 'i': per_unit = 10.0; return true;
    case 'c': per_unit = 10.0 / 2.54; return true;
    case 'p': per_unit = 10.0 / 72.0; return true;
    case 'P': per_unit = 10.0 / 6.0; return true;
    case 'm': case 'n': per_unit = 1.0; return true;
    case 'M': per_unit = 0.01; return true;
    case 'v': per_unit = 2.0; return true;
    case 'u': per_unit = 1.0 / 24.0; return true;
    default: return false;
  }
}

// Parses "[-]digits[.digits]unit"; false when value is not of that form.
bool parse_scaled(std::string_view value, int& out) {
  if (value.size() < 2) return false;
  char unit = value.back();
  double per_unit = 0;
  if (!unit_columns(unit, per_unit)) return false;
  std::string number(value.substr(0, value.size() - 1));
  if (number.empty() || number.find_first_not_of("+-.0123456789") != std::string::npos) return false;
  char* end = nullptr;
  double v = std::strtod(number.c_str(), &end);
  if (end != number.c_str() + number.size()) return false;
  double cols = v * per_unit;
  // Beyond int ("99999999999999999999n") converting would be undefined.
  cols = std::clamp(cols, -double{kTermMaxColumns}, double{kTermMaxColumns});
  // Halves round down, as mandoc's output shows ("2.5n" is two columns).
  out = static_cast<int>(cols > 0 ? cols + 0.4999 : cols - 0.4999);
  return true;
}

}  // namespace

int term_scaled_width(std::string_view value, const TermWriter& w) {
  int cols = 0;
  if (parse_scaled(value, cols)) return cols;
  // "Ds" is the traditional name of the standard indentation, six columns.
  if (value == "Ds") return 6;
  if (auto m = find_macro(value)) {
    for (const auto& mw : kMacroWidths)
      if (mw.macro == *m) return mw.width;
    return 0;
  }
  return w.text_width(value);
}

}  // namespace mdoc
