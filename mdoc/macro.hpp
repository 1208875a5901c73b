// The mdoc(7) macros and the roff(7) requests that reach the AST.
//
// The list itself lives in macros.def (one row per macro) so that the enum,
// the name table and the parsing rules can never disagree.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string_view>

namespace mdoc {

enum class Macro : std::uint8_t {
#define MDOC_MACRO(id, name, kind, flags, maxargs) id,
#include "mdoc/macros.def"
#undef MDOC_MACRO
  None,  // text, root and other nodes that are not macro invocations
};

// How a macro parses its line, after mdoc(7) "MACRO SYNTAX".
enum class MacroKind : std::uint8_t {
  Prologue,      // Dd Dt Os: document header, the rest of the line
  FullExplicit,  // Bd Bf Bk Bl: multi-line block closed by its partner macro
  FullImplicit,  // Sh Ss It Nd (and Nm in the SYNOPSIS): closed by a later macro
  PartExplicit,  // Ao Bo Bro Do Eo Fo Oo Po Qo Rs So Xo: partial block with a closer
  PartImplicit,  // Aq Bq Brq D1 Dl Dq En Op Pq Ql Qq Sq: closed by the end of the line
  Close,         // Ac Bc Brc Dc Ec Ed Ef Ek El Fc Oc Pc Qc Re Sc Xc
  InLine,        // Ad Ar Cm ...: element up to a delimiter or the next macro
  InLineArgN,    // Xr St Pf Ns ...: element with at most max_args arguments
  InLineEoln,    // Fd Lb %A ...: element taking the rest of the line
  Column,        // Ta: the next cell of a column list
  Request,       // roff requests passed to the formatters (br sp ft ...)
};

// Properties of a macro, as bit flags.
enum MacroFlag : std::uint16_t {
  kParsed = 1u << 0,       // macro names in its arguments are recognised
  kCallable = 1u << 1,     // may be called from another macro's arguments
  kExplicit = 1u << 2,     // opens an explicit block
  kIgnoreDelims = 1u << 3, // delimiters are ordinary arguments
  kJoin = 1u << 4,         // arguments after the macro join (Nd, Sh)
  kDeprecated = 1u << 5,   // obsolete, still rendered
  kNoArgs = 1u << 6,       // arguments are diagnosed and ignored
};

struct MacroInfo {
  std::string_view name;
  MacroKind kind;
  std::uint16_t flags;
  std::uint8_t max_args;  // InLineArgN only

  bool has(MacroFlag f) const { return (flags & f) != 0; }
};

namespace detail {
// The rows of macros.def, indexed by Macro.  In the header so that
// macro_info, asked for every node and argument the parser handles, inlines.
inline constexpr MacroInfo kMacroTable[] = {
#define MDOC_MACRO(id, name, kind, flags, maxargs) {name, MacroKind::kind, static_cast<std::uint16_t>(flags), maxargs},
#include "mdoc/macros.def"
#undef MDOC_MACRO
};
inline constexpr MacroInfo kNoMacro{"", MacroKind::InLine, 0, 0};

// find_macro compares integers, not strings: a name of up to kMaxMacroName
// bytes packed into one, zero-padded.  Longer words are never macros.
inline constexpr std::size_t kMaxMacroName = 3;
constexpr std::uint32_t macro_name_key(std::string_view name) {
  std::uint32_t key = 0;
  for (std::size_t i = 0; i < name.size(); ++i) key |= static_cast<std::uint32_t>(static_cast<unsigned char>(name[i])) << (8 * i);
  return key;
}

// find_macro's index: a perfect hash of the names, the multiplier that sends
// every macro's key to a slot of its own ((key * multiplier) >> (32 -
// kSlotBits)).  Found at compile time in macro.cpp; declared here so that
// the lookup, asked for every control line and for every word that may
// call a macro, inlines.
struct MacroNameIndex {
  static constexpr unsigned kSlotBits = 11;
  std::uint32_t multiplier = 0;
  std::array<std::uint8_t, std::size_t{1} << kSlotBits> slots{};  // macro index + 1; 0: no macro
  std::array<std::uint32_t, std::size(kMacroTable)> keys{};

  constexpr std::size_t slot_of(std::uint32_t key) const { return static_cast<std::size_t>((key * multiplier) >> (32 - kSlotBits)); }
};
extern const MacroNameIndex kMacroNameIndex;
}  // namespace detail

inline const MacroInfo& macro_info(Macro m) {
  auto i = static_cast<std::size_t>(m);
  return i < std::size(detail::kMacroTable) ? detail::kMacroTable[i] : detail::kNoMacro;
}
inline std::string_view macro_name(Macro m) { return macro_info(m).name; }
// Finds a macro by its name as written after the control character.
inline std::optional<Macro> find_macro(std::string_view name) {
  if (name.empty() || name.size() > detail::kMaxMacroName) return std::nullopt;
  const detail::MacroNameIndex& index = detail::kMacroNameIndex;
  std::uint32_t key = detail::macro_name_key(name);
  std::size_t entry = index.slots[index.slot_of(key)];
  // Equal keys and sizes: a NUL byte inside name would pack like padding,
  // but then name is longer than the macro whose key it matches.
  if (entry == 0 || index.keys[entry - 1] != key || detail::kMacroTable[entry - 1].name.size() != name.size())
    return std::nullopt;
  return static_cast<Macro>(entry - 1);
}
// For an explicit block, the macro that closes it (Bl -> El), and back.
Macro closing_macro(Macro opener);
Macro opening_macro(Macro closer);

}  // namespace mdoc
