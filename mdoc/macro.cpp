#include "mdoc/macro.hpp"

#include <algorithm>
#include <array>

namespace mdoc {
namespace {

constexpr MacroInfo kMacros[] = {
#define MDOC_MACRO(id, name, kind, flags, maxargs) {name, MacroKind::kind, static_cast<std::uint16_t>(flags), maxargs},
#include "mdoc/macros.def"
#undef MDOC_MACRO
};
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

// Keys sorted at compile time for binary search.
struct NameIndex {
  std::array<std::pair<std::uint32_t, Macro>, kCount> entries{};
  constexpr NameIndex() {
    for (std::size_t i = 0; i < kCount; ++i) entries[i] = {name_key(kMacros[i].name), static_cast<Macro>(i)};
    std::sort(entries.begin(), entries.end(), [](auto& a, auto& b) { return a.first < b.first; });
  }
};
constexpr NameIndex kIndex{};

constexpr std::pair<Macro, Macro> kPartners[] = {
    {Macro::Bd, Macro::Ed}, {Macro::Bf, Macro::Ef}, {Macro::Bk, Macro::Ek}, {Macro::Bl, Macro::El},
    {Macro::Ao, Macro::Ac}, {Macro::Bo, Macro::Bc}, {Macro::Bro, Macro::Brc}, {Macro::Do, Macro::Dc},
    {Macro::Eo, Macro::Ec}, {Macro::Fo, Macro::Fc}, {Macro::Oo, Macro::Oc}, {Macro::Po, Macro::Pc},
    {Macro::Qo, Macro::Qc}, {Macro::Rs, Macro::Re}, {Macro::So, Macro::Sc}, {Macro::Xo, Macro::Xc},
};

}  // namespace

const MacroInfo& macro_info(Macro m) {
  static constexpr MacroInfo kNone{"", MacroKind::InLine, 0, 0};
  auto i = static_cast<std::size_t>(m);
  return i < kCount ? kMacros[i] : kNone;
}

std::optional<Macro> find_macro(std::string_view name) {
  // A NUL byte would pack like the padding (the roff layer replaces them anyway).
  if (name.empty() || name.size() > kMaxName || name.find('\0') != std::string_view::npos) return std::nullopt;
  std::uint32_t key = name_key(name);
  auto& e = kIndex.entries;
  auto it = std::lower_bound(e.begin(), e.end(), key, [](auto& a, std::uint32_t k) { return a.first < k; });
  if (it != e.end() && it->first == key) return it->second;
  return std::nullopt;
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
