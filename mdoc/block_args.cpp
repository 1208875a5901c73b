#include "mdoc/block_args.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

namespace mdoc {
namespace {

struct ArgumentRow {
  Macro macro;
  std::string_view name;
  ArgumentShape shape;
};

// One row per dash-argument, after mdoc(7).
constexpr ArgumentRow kArguments[] = {
    {Macro::Bl, "bullet", ArgumentShape::Flag},  {Macro::Bl, "column", ArgumentShape::AllValues},
    {Macro::Bl, "dash", ArgumentShape::Flag},    {Macro::Bl, "diag", ArgumentShape::Flag},
    {Macro::Bl, "enum", ArgumentShape::Flag},    {Macro::Bl, "hang", ArgumentShape::Flag},
    {Macro::Bl, "hyphen", ArgumentShape::Flag},  {Macro::Bl, "inset", ArgumentShape::Flag},
    {Macro::Bl, "item", ArgumentShape::Flag},    {Macro::Bl, "ohang", ArgumentShape::Flag},
    {Macro::Bl, "tag", ArgumentShape::Flag},     {Macro::Bl, "width", ArgumentShape::OneValue},
    {Macro::Bl, "offset", ArgumentShape::OneValue}, {Macro::Bl, "compact", ArgumentShape::Flag},
    {Macro::Bd, "centered", ArgumentShape::Flag}, {Macro::Bd, "filled", ArgumentShape::Flag},
    {Macro::Bd, "literal", ArgumentShape::Flag}, {Macro::Bd, "ragged", ArgumentShape::Flag},
    {Macro::Bd, "unfilled", ArgumentShape::Flag}, {Macro::Bd, "offset", ArgumentShape::OneValue},
    {Macro::Bd, "compact", ArgumentShape::Flag}, {Macro::Bd, "file", ArgumentShape::OneValue},
    {Macro::Bf, "emphasis", ArgumentShape::Flag}, {Macro::Bf, "literal", ArgumentShape::Flag},
    {Macro::Bf, "symbolic", ArgumentShape::Flag}, {Macro::Bk, "words", ArgumentShape::Flag},
    {Macro::An, "split", ArgumentShape::Flag},   {Macro::An, "nosplit", ArgumentShape::Flag},
    {Macro::Rv, "std", ArgumentShape::Flag},     {Macro::Ex, "std", ArgumentShape::Flag},
};

// argument_shape reads the rows of a macro as one run.
constexpr bool rows_grouped_by_macro() {
  for (std::size_t i = 1; i < std::size(kArguments); ++i)
    for (std::size_t j = 0; j + 1 < i; ++j)
      if (kArguments[j].macro == kArguments[i].macro && kArguments[i - 1].macro != kArguments[i].macro) return false;
  return true;
}
static_assert(rows_grouped_by_macro(), "the rows of a macro must be next to each other");

ListType list_type(std::string_view name) {
  if (name == "bullet") return ListType::Bullet;
  if (name == "column") return ListType::Column;
  if (name == "dash") return ListType::Dash;
  if (name == "diag") return ListType::Diag;
  if (name == "enum") return ListType::Enum;
  if (name == "hang") return ListType::Hang;
  if (name == "hyphen") return ListType::Hyphen;
  if (name == "inset") return ListType::Inset;
  if (name == "item") return ListType::Item;
  if (name == "ohang") return ListType::Ohang;
  if (name == "tag") return ListType::Tag;
  return ListType::None;
}

DisplayType display_type(std::string_view name) {
  if (name == "centered") return DisplayType::Centered;
  if (name == "filled") return DisplayType::Filled;
  if (name == "literal") return DisplayType::Literal;
  if (name == "ragged") return DisplayType::Ragged;
  if (name == "unfilled") return DisplayType::Unfilled;
  return DisplayType::None;
}

void report(std::vector<Diagnostic>& d, Level level, const Node& n, const Argument* a, std::string msg,
            std::string detail) {
  d.push_back({level, a ? a->line : n.line, a ? a->column : n.column, std::move(msg), std::move(detail)});
}

// The width a macro name stands for in "-width Er" (measured against mandoc).
constexpr std::pair<std::string_view, std::string_view> kMacroWidths[] = {
    {"Ac", "0n"},
    {"Ad", "12n"},
    {"An", "12n"},
    {"Ao", "12n"},
    {"Ap", "0n"},
    {"Aq", "12n"},
    {"Ar", "12n"},
    {"At", "0n"},
    {"Bq", "12n"},
    {"Brq", "0n"},
    {"Bsx", "0n"},
    {"Bx", "0n"},
    {"Cd", "12n"},
    {"Cm", "10n"},
    {"Dq", "12n"},
    {"Dv", "12n"},
    {"Dx", "0n"},
    {"Em", "10n"},
    {"Er", "17n"},
    {"Es", "0n"},
    {"Ev", "15n"},
    {"Fa", "12n"},
    {"Fl", "10n"},
    {"Fn", "16n"},
    {"Fr", "0n"},
    {"Ft", "0n"},
    {"Fx", "0n"},
    {"Ic", "10n"},
    {"In", "0n"},
    {"Li", "16n"},
    {"Lk", "0n"},
    {"Ms", "6n"},
    {"Mt", "0n"},
    {"Nm", "10n"},
    {"No", "12n"},
    {"Ns", "0n"},
    {"Nx", "0n"},
    {"Op", "14n"},
    {"Ot", "0n"},
    {"Ox", "0n"},
    {"Pa", "32n"},
    {"Pf", "12n"},
    {"Pq", "12n"},
    {"Ql", "16n"},
    {"Qq", "0n"},
    {"Sq", "12n"},
    {"Sx", "16n"},
    {"Sy", "6n"},
    {"Tn", "10n"},
    {"Ux", "0n"},
    {"Va", "12n"},
    {"Vt", "12n"},
    {"Xr", "10n"},
};

}  // namespace

static_assert(std::is_sorted(std::begin(kMacroWidths), std::end(kMacroWidths),
                             [](const auto& a, const auto& b) { return a.first < b.first; }),
              "macro_default_width searches kMacroWidths by halves");

std::optional<std::string_view> macro_default_width(std::string_view name) {
  // Every list with a -width asks; most widths are not macro names.
  auto row = std::lower_bound(std::begin(kMacroWidths), std::end(kMacroWidths), name,
                              [](const auto& r, std::string_view n) { return r.first < n; });
  if (row == std::end(kMacroWidths) || row->first != name) return std::nullopt;
  return row->second;
}

ArgumentShape argument_shape(Macro m, std::string_view name) {
  // The rows of m (they are grouped by macro): most lookups are for Bl and
  // Bd, whose names are then compared with theirs only.
  const ArgumentRow* row = std::begin(kArguments);
  while (row != std::end(kArguments) && row->macro != m) ++row;
  // (The first bytes are compared before the names: most rows differ there.)
  for (; row != std::end(kArguments) && row->macro == m; ++row)
    if (!name.empty() && row->name[0] == name[0] && row->name == name) return row->shape;
  return ArgumentShape::Unknown;
}

void interpret_block_arguments(Node& n, std::vector<Diagnostic>& diagnostics) {
  if (!n.block()) return;
  BlockArgs& b = *n.block();
  std::string macro(macro_name(n.macro));
  for (const Argument& a : n.args()) {
    if (n.macro == Macro::Bl) {
      ListType t = list_type(a.name);
      if (t != ListType::None) {
        if (b.list == ListType::None) b.list = t;
        else report(diagnostics, Level::Warning, n, &a, "mutually exclusive list types", "Bl -" + std::string(a.name));
        if (t == ListType::Column) b.columns.assign(a.values.begin(), a.values.end());
        continue;
      }
    }
    if (n.macro == Macro::Bd) {
      DisplayType t = display_type(a.name);
      if (t != DisplayType::None) {
        if (b.display == DisplayType::None) b.display = t;
        else report(diagnostics, Level::Error, n, &a, "skipping excess arguments", "Bd -" + std::string(a.name));
        continue;
      }
      if (a.name == "file") {
        report(diagnostics, Level::Error, n, &a, "NOT IMPLEMENTED: Bd -file", "Bd -file");
        continue;
      }
    }
    if (n.macro == Macro::Bf) {
      if (a.name == "emphasis") b.font = FontType::Emphasis;
      if (a.name == "literal") b.font = FontType::Literal;
      if (a.name == "symbolic") b.font = FontType::Symbolic;
      continue;
    }
    if (n.macro == Macro::An) {
      b.author = a.name == "split" ? AuthorSplit::Split : AuthorSplit::NoSplit;
      continue;
    }
    if (a.name == "width") {
      if (!b.width.empty())
        report(diagnostics, Level::Warning, n, &a, "duplicate argument", macro + " -width");
      // Without a value mandoc says so and uses 0n.
      b.width = a.values.empty() ? std::string_view("0n") : std::string_view(a.values.front());
      if (a.values.empty()) report(diagnostics, Level::Warning, n, &a, "empty argument, using 0n", macro + " -width");
    } else if (a.name == "offset") {
      if (!b.offset.empty())
        report(diagnostics, Level::Warning, n, &a, "duplicate argument", macro + " -offset");
      // Without a value mandoc says so and uses 0n.
      b.offset = a.values.empty() ? std::string_view("0n") : std::string_view(a.values.front());
      if (a.values.empty()) report(diagnostics, Level::Warning, n, &a, "empty argument, using 0n", macro + " -offset");
    } else if (a.name == "compact") {
      b.compact = true;
    }
  }
}

}  // namespace mdoc
