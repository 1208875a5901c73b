#include "mdoc/macro.hpp"

#include <algorithm>
#include <array>

namespace mdoc {
namespace {

constexpr const auto& kMacros = detail::kMacroTable;
constexpr std::size_t kCount = std::size(kMacros);

static_assert(std::all_of(std::begin(kMacros), std::end(kMacros),
                          [](const MacroInfo& m) { return m.name.size() <= detail::kMaxMacroName; }),
              "a macro name is longer than find_macro's key holds");
static_assert(kCount < 255, "macro indexes must fit the slot bytes");

// Odd multipliers from a fixed sequence (Knuth's golden-ratio constant
// stepped by an odd number): the first without collisions wins.
constexpr detail::MacroNameIndex build_name_index() {
  detail::MacroNameIndex index;
  for (std::size_t i = 0; i < kCount; ++i) index.keys[i] = detail::macro_name_key(kMacros[i].name);
  for (std::uint32_t m = 0x9E3779B1u;; m += 0x5851F42Eu) {
    index.multiplier = m | 1u;
    index.slots = {};
    bool ok = true;
    for (std::size_t i = 0; i < kCount && ok; ++i) {
      std::size_t s = index.slot_of(index.keys[i]);
      if (index.slots[s]) ok = false;
      else index.slots[s] = static_cast<std::uint8_t>(i + 1);
    }
    if (ok) return index;
  }
}

constexpr std::pair<Macro, Macro> kPartners[] = {
    {Macro::Bd, Macro::Ed}, {Macro::Bf, Macro::Ef}, {Macro::Bk, Macro::Ek}, {Macro::Bl, Macro::El},
    {Macro::Ao, Macro::Ac}, {Macro::Bo, Macro::Bc}, {Macro::Bro, Macro::Brc}, {Macro::Do, Macro::Dc},
    {Macro::Eo, Macro::Ec}, {Macro::Fo, Macro::Fc}, {Macro::Oo, Macro::Oc}, {Macro::Po, Macro::Pc},
    {Macro::Qo, Macro::Qc}, {Macro::Rs, Macro::Re}, {Macro::So, Macro::Sc}, {Macro::Xo, Macro::Xc},
};

}  // namespace

constexpr detail::MacroNameIndex detail::kMacroNameIndex = build_name_index();

Macro closing_macro(Macro opener) {
  for (auto& [o, c] : kPartners)
    if (o == opener) return c;
  return Macro::None;
}

Macro opening_macro(Macro closer) {
  for (auto& [o, c] : kPartners)
    if (c == closer) return o;
  return Macro::None;
}

}  // namespace mdoc
