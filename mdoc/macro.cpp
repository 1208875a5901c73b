#include "mdoc/macro.hpp"

#include <algorithm>
#include <array>

namespace mdoc {
namespace {

constexpr const auto& kMacros = detail::kMacroTable;
constexpr std::size_t kCount = std::size(kMacros);

// Every word of a macro line is looked up (is it callable?), so lookups
// compare integers, not strings: a name of up to kMaxName bytes packed into
// one, zero-padded.  Longer words are never macros.
constexpr std::size_t kMaxName = 3;

constexpr std::uint32_t name_key(std::string_view name) {
  std::uint32_t key = 0;
  for (std::size_t i = 0; i < name.size(); ++i) key |= static_cast<std::uint32_t>(static_cast<unsigned char>(name[i])) << (8 * i);
  return key;
}

static_assert(std::all_of(std::begin(kMacros), std::end(kMacros),
                          [](const MacroInfo& m) { return m.name.size() <= kMaxName; }),
              "a macro name is longer than find_macro's key holds");

// A perfect hash, found at compile time: the multiplier that sends every
// macro's key to a slot of its own among kSlots ((key * multiplier) >> shift).
// A lookup is then one multiplication and one comparison.
constexpr unsigned kSlotBits = 11;
constexpr std::size_t kSlots = std::size_t{1} << kSlotBits;

constexpr std::size_t slot_of(std::uint32_t key, std::uint32_t multiplier) {
  return static_cast<std::size_t>((key * multiplier) >> (32 - kSlotBits));
}

struct NameIndex {
  std::uint32_t multiplier = 0;
  std::array<std::uint8_t, kSlots> slots{};  // macro index + 1; 0: no macro
  std::array<std::uint32_t, kCount> keys{};

  constexpr NameIndex() {
    for (std::size_t i = 0; i < kCount; ++i) keys[i] = name_key(kMacros[i].name);
    // Odd multipliers from a fixed sequence (Knuth's golden-ratio constant
    // stepped by an odd number): the first without collisions wins.
    for (std::uint32_t m = 0x9E3779B1u;; m += 0x5851F42Eu) {
      std::array<std::uint8_t, kSlots> trial{};
      bool ok = true;
      for (std::size_t i = 0; i < kCount && ok; ++i) {
        std::size_t s = slot_of(keys[i], m | 1u);
        if (trial[s]) ok = false;
        else trial[s] = static_cast<std::uint8_t>(i + 1);
      }
      if (ok) {
        multiplier = m | 1u;
        slots = trial;
        return;
      }
    }
  }
};
static_assert(kCount < 255, "macro indexes must fit the slot bytes");
constexpr NameIndex kIndex{};

constexpr std::pair<Macro, Macro> kPartners[] = {
    {Macro::Bd, Macro::Ed}, {Macro::Bf, Macro::Ef}, {Macro::Bk, Macro::Ek}, {Macro::Bl, Macro::El},
    {Macro::Ao, Macro::Ac}, {Macro::Bo, Macro::Bc}, {Macro::Bro, Macro::Brc}, {Macro::Do, Macro::Dc},
    {Macro::Eo, Macro::Ec}, {Macro::Fo, Macro::Fc}, {Macro::Oo, Macro::Oc}, {Macro::Po, Macro::Pc},
    {Macro::Qo, Macro::Qc}, {Macro::Rs, Macro::Re}, {Macro::So, Macro::Sc}, {Macro::Xo, Macro::Xc},
};

}  // namespace

std::optional<Macro> find_macro(std::string_view name) {
  if (name.empty() || name.size() > kMaxName) return std::nullopt;
  std::uint32_t key = name_key(name);
  std::size_t entry = kIndex.slots[slot_of(key, kIndex.multiplier)];
  // Equal keys and sizes: a NUL byte inside name would pack like padding,
  // but then name is longer than the macro whose key it matches.
  if (entry == 0 || kIndex.keys[entry - 1] != key || kMacros[entry - 1].name.size() != name.size()) return std::nullopt;
  return static_cast<Macro>(entry - 1);
}

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
