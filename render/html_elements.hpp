// The HTML elements and attributes the back end knows: their names, their
// tags ready to copy, and what the serialiser must know about each (void,
// raw text, block-level).  The DOM (html_dom.hpp) finds an element here once,
// when it is made; the serialiser then writes it from the table.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace mdoc::html {

// An element name as one number: its first eight bytes, the first in the
// low byte, zeros after its end.  The back end's names are at most seven
// bytes long, so a name compares with one of them as its key does; a longer
// name has no zero among its first eight bytes, and so matches none.
constexpr std::uint64_t name_key(std::string_view name) {
  std::uint64_t key = 0;
  for (std::size_t i = 0; i < name.size() && i < 8; ++i)
    key |= std::uint64_t{static_cast<unsigned char>(name[i])} << (8 * i);
  return key;
}

// What the serialiser needs to know about an element.
enum ElementFlags : unsigned {
  kVoid = 1,      // no end tag: "<br/>"
  kRawText = 2,   // content written unescaped (script, style)
  kBlock = 4,     // a newline after the end tag: whitespace there cannot show,
                  // and it keeps the output diffable
  kPreformatted = 8,
  kNoNewline = 16,  // a void element that is part of the text line (br)
};

// A string short enough to be copied with one store of Size bytes: the
// bytes after it are zero, and the writer advances by `length` only.
template <std::size_t Size>
struct Padded {
  char bytes[Size]{};
  std::size_t length = 0;

  template <std::size_t N>
  consteval Padded(const char (&s)[N]) : length(N - 1) {
    static_assert(N - 1 <= Size, "the string fits one store");
    for (std::size_t i = 0; i < length; ++i) bytes[i] = s[i];
  }
  consteval Padded(std::string_view a, std::string_view b, std::string_view c) : length(a.size() + b.size() + c.size()) {
    if (length > Size) throw "the string does not fit one store";
    std::size_t i = 0;
    for (std::string_view part : {a, b, c})
      for (char ch : part) bytes[i++] = ch;
  }
  constexpr std::string_view view() const { return {bytes, length}; }
};
using ShortName = Padded<8>;

// An element the table knows: its name, and its tags ready to copy.
struct ElementInfo {
  ShortName name;
  Padded<16> start_tag;  // "<name"
  Padded<16> end_tag;    // "</name>"
  unsigned flags;

  template <std::size_t N>
  consteval ElementInfo(const char (&n)[N], unsigned f)
      : name(n), start_tag("<", n, ""), end_tag("</", n, ">"), flags(f) {}
};

// The elements the HTML back end makes (found by element_index()).
// Those without flags are listed so that their names, too, are written from
// here.
constexpr ElementInfo kElements[] = {
    {"a", 0},
    {"area", kVoid},
    {"br", kVoid | kNoNewline},
    {"b", 0},
    {"body", kBlock},
    {"base", kVoid},
    {"button", 0},
    {"code", 0},
    {"cite", kBlock},
    {"col", kVoid},
    {"dd", kBlock},
    {"dt", kBlock},
    {"dl", kBlock},
    {"div", kBlock},
    {"embed", kVoid},
    {"footer", kBlock},
    {"form", kBlock},
    {"h1", kBlock},
    {"h2", kBlock},
    {"head", kBlock},
    {"header", kBlock},
    {"hr", kVoid | kBlock},
    {"html", kBlock},
    {"i", 0},
    {"img", kVoid},
    {"input", kVoid},
    {"li", kBlock},
    {"link", kVoid | kBlock},
    {"main", kBlock},
    {"meta", kVoid | kBlock},
    {"nav", kBlock},
    {"ol", kBlock},
    {"p", kBlock},
    {"pre", kBlock | kPreformatted},
    {"span", 0},
    {"section", kBlock},
    {"style", kRawText | kBlock},
    {"script", kRawText | kBlock},
    {"source", kVoid},
    {"td", kBlock},
    {"tr", kBlock},
    {"table", kBlock},
    {"title", kBlock},
    {"tbody", kBlock},
    {"th", kBlock},
    {"thead", kBlock},
    {"track", kVoid},
    {"ul", kBlock},
    {"var", 0},
    {"wbr", kVoid},
};
constexpr std::size_t kElementCount = std::size(kElements);

// The table is found by hashing the key to one of 256 slots, each holding
// at most one element: a multiplier that spreads the table's names without
// a collision is searched for at compile time.
constexpr std::size_t kSlotBits = 8;
constexpr std::uint8_t kEmptySlot = 0xff;
static_assert(kElementCount < kEmptySlot);
constexpr std::size_t slot_of(std::uint64_t key, std::uint64_t multiplier) {
  return static_cast<std::size_t>((key * multiplier) >> (64 - kSlotBits));
}
constexpr std::array<std::uint64_t, kElementCount> element_keys() {
  std::array<std::uint64_t, kElementCount> keys{};
  for (std::size_t i = 0; i < kElementCount; ++i) keys[i] = name_key(kElements[i].name.view());
  return keys;
}
constexpr std::array<std::uint64_t, kElementCount> kElementKeys = element_keys();
// Candidates are odd numbers from splitmix64, whose bits look random.
constexpr std::uint64_t collision_free_multiplier() {
  for (std::uint64_t seed = 0;; ++seed) {
    std::uint64_t z = (seed + 1) * 0x9E3779B97F4A7C15;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
    std::uint64_t multiplier = (z ^ (z >> 31)) | 1;
    std::array<bool, 1 << kSlotBits> taken{};
    bool collides = false;
    for (std::uint64_t key : kElementKeys) {
      std::size_t slot = slot_of(key, multiplier);
      collides = collides || taken[slot];
      taken[slot] = true;
    }
    if (!collides) return multiplier;
  }
}
constexpr std::uint64_t kMultiplier = collision_free_multiplier();
constexpr std::array<std::uint8_t, 1 << kSlotBits> element_slots() {
  std::array<std::uint8_t, 1 << kSlotBits> slots{};
  for (auto& s : slots) s = kEmptySlot;
  for (std::size_t i = 0; i < kElementCount; ++i) slots[slot_of(kElementKeys[i], kMultiplier)] = static_cast<std::uint8_t>(i);
  return slots;
}
constexpr std::array<std::uint8_t, 1 << kSlotBits> kElementSlots = element_slots();

// The table's index of the element whose name has this key, or
// kUnknownElement for a name the table does not know.
constexpr std::uint8_t kUnknownElement = kEmptySlot;
constexpr std::uint8_t element_index(std::uint64_t key) {
  std::uint8_t i = kElementSlots[slot_of(key, kMultiplier)];
  return i != kEmptySlot && kElementKeys[i] == key ? i : kUnknownElement;
}

// An element of kElements named in the code: Tag("code") is looked up when
// the program is compiled, so a name the table lacks does not compile, and
// making or testing an element costs no search.
class Tag {
 public:
  template <std::size_t N>
  consteval Tag(const char (&name)[N]) : index(element_index(name_key(std::string_view(name, N - 1)))) {
    if (index == kUnknownElement) throw "not an element of kElements";
  }
  // The tag of an element the table knows, by its index.
  static constexpr Tag at(std::uint8_t i) { return Tag(i); }
  constexpr std::string_view name() const { return kElements[index].name.view(); }
  friend constexpr bool operator==(Tag, Tag) = default;

  std::uint8_t index;

 private:
  constexpr explicit Tag(std::uint8_t i) : index(i) {}
};

// The classes the back end writes, each with its whole attribute ready to
// copy: ` class="Nm"` in one store.  Index 0 is no class of this table.
struct ClassInfo {
  Padded<32> attribute;
  std::size_t name_size;

  template <std::size_t N>
  consteval ClassInfo(const char (&name)[N]) : attribute(" class=\"", std::string_view(name, N - 1), "\""), name_size(N - 1) {
    for (std::size_t i = 0; i + 1 < N; ++i) {
      char c = name[i];
      if (c == '&' || c == '<' || c == '>' || c == '"' || static_cast<unsigned char>(c) < 0x20)
        throw "a class name holds a byte that needs escaping";
    }
  }
  constexpr std::string_view name() const { return {attribute.bytes + 8, name_size}; }
};
constexpr ClassInfo kClasses[] = {
    {""},  // index 0: no class of the table
    {"Ad"}, {"An"}, {"Ar"}, {"Bd"}, {"Bd Li"}, {"Bd Pp"}, {"Bd Pp Li"}, {"Bd Bd-indent"}, {"Bd Bd-indent Li"},
    {"Bd Pp Bd-indent"}, {"Bd Pp Bd-indent Li"}, {"Bl-bullet"}, {"Bl-column"}, {"Bl-dash"}, {"Bl-diag"},
    {"Bl-enum"}, {"Bl-hang"}, {"Bl-inset"}, {"Bl-item"}, {"Bl-ohang"}, {"Bl-tag"}, {"Cd"}, {"Cm"}, {"Dv"},
    {"Em"}, {"Er"}, {"Ev"}, {"Ex"}, {"Fa"}, {"Fd"}, {"Fl"}, {"Fn"}, {"Fr"}, {"Ft"}, {"Ic"}, {"In"}, {"Lb"},
    {"Li"}, {"Lk"}, {"Ms"}, {"Mt"}, {"Nd"}, {"Nm"}, {"No"}, {"Pa"}, {"Pp"}, {"Rs"}, {"RsA"}, {"RsB"},
    {"RsC"}, {"RsD"}, {"RsI"}, {"RsJ"}, {"RsN"}, {"RsO"}, {"RsP"}, {"RsQ"}, {"RsR"}, {"RsT"}, {"RsU"},
    {"RsV"}, {"Rv"}, {"Sh"}, {"Ss"}, {"St"}, {"Sx"}, {"Sy"}, {"Tn"}, {"Ux"}, {"Va"}, {"Vt"}, {"Xr"},
    {"desc"}, {"diagnostics"}, {"eqn"}, {"foot"}, {"foot-date"}, {"foot-os"}, {"head"}, {"head-ltitle"},
    {"head-rtitle"}, {"head-vol"}, {"home"}, {"index"}, {"manual-text"}, {"name"}, {"permalink"},
    {"search"}, {"search-results"}, {"search-status"}, {"sections"}, {"site"}, {"source"}, {"tbl"},
};
static_assert(std::size(kClasses) < 256);

constexpr std::uint8_t class_index(std::string_view name) {
  for (std::size_t i = 1; i < std::size(kClasses); ++i)
    if (kClasses[i].name() == name) return static_cast<std::uint8_t>(i);
  return 0;
}

// The value of a class attribute.  One written in the code (ClassName("Pp"),
// the usual case) is looked up in kClasses when the program is compiled (a
// name the table lacks does not compile), and the page writes the table's
// copy; one made while rendering (ClassName::made) is copied into the page
// and escaped like any value.
class ClassName {
 public:
  constexpr ClassName() = default;  // no class
  template <std::size_t N>
  consteval ClassName(const char (&name)[N]) : index_(class_index(std::string_view(name, N - 1))) {
    if (index_ == 0) throw "not a class of kClasses";
  }
  static ClassName made(std::string_view name) {
    ClassName c;
    c.data_ = name.data();
    c.size_ = name.size();
    return c;
  }
  constexpr std::string_view view() const { return index_ ? kClasses[index_].name() : std::string_view(data_, size_); }
  constexpr bool empty() const { return index_ == 0 && size_ == 0; }
  // Its index in kClasses; 0 for a class made while rendering.
  constexpr std::uint8_t index() const { return index_; }

 private:
  const char* data_ = nullptr;
  std::size_t size_ = 0;
  std::uint8_t index_ = 0;
};

// The attributes the back end writes most, with what goes around their
// names: ` name="` in one store.
struct AttributeInfo {
  ShortName name;
  ShortName prefix;
};
constexpr AttributeInfo kAttributes[] = {
    {"class", " class=\""}, {"id", " id=\""}, {"href", " href=\""}, {"style", " style=\""}};
constexpr std::uint8_t kUnknownAttribute = 0xff;
// The table's index of an attribute name, or kUnknownAttribute.
constexpr std::uint8_t attribute_index(std::string_view name) {
  for (std::size_t i = 0; i < std::size(kAttributes); ++i)
    if (kAttributes[i].name.view() == name) return static_cast<std::uint8_t>(i);
  return kUnknownAttribute;
}
constexpr std::uint8_t kClassAttribute = attribute_index("class");
constexpr std::uint8_t kHrefAttribute = attribute_index("href");
constexpr std::uint8_t kStyleAttribute = attribute_index("style");

}  // namespace mdoc::html
