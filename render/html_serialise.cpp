// serialise_html(): the DOM as HTML5 text.
//
// A page is some ten thousand small pieces (tags, attribute values, runs of
// text), so the writer appends through a raw pointer.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "mdoc/scan.hpp"
#include "render/html_dom.hpp"

namespace mdoc::html {
namespace {

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
  // Whether the NUL-terminated `name` is this string: compared byte by byte
  // up to this string's end, so that `name` is never read past its terminator.
  bool matches(const char* name) const {
    for (std::size_t i = 0; i < length; ++i)
      if (name[i] != bytes[i]) return false;
    return name[length] == '\0';
  }
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

// The elements the HTML back end makes (found by find_element()).
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

// The table's entry for an element name, or null for a name it does not know.
const ElementInfo* find_element(const char* name) {
  std::uint64_t key = node_name_key(name);
  std::uint8_t i = kElementSlots[slot_of(key, kMultiplier)];
  return i != kEmptySlot && kElementKeys[i] == key ? &kElements[i] : nullptr;
}

// The attributes the back end writes most, with what goes around their
// names: ` name="` in one store.
struct AttributeInfo {
  ShortName name;
  ShortName prefix;
};
constexpr AttributeInfo kAttributes[] = {
    {"class", " class=\""}, {"id", " id=\""}, {"href", " href=\""}, {"style", " style=\""}};

const ShortName* find_attribute_prefix(const char* name) {
  for (const AttributeInfo& a : kAttributes)
    if (name[0] == a.name.bytes[0] && a.name.matches(name)) return &a.prefix;
  return nullptr;
}

// Writes into the output string through a pointer: std::string would check
// its size and capacity for every one of the page's many small pieces.  The
// string is lengthened ahead of the pointer and cut back to what was written
// when the writer goes away.
class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {
    std::size_t used = out_.size();
    out_.resize(used + kStep);
    pos_ = out_.data() + used;
    end_ = out_.data() + out_.size();
  }
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;
  ~Writer() { out_.resize(static_cast<std::size_t>(pos_ - out_.data())); }

  void put(char c) {
    if (pos_ == end_) grow(1);
    *pos_++ = c;
  }
  void put(std::string_view s) {
    if (static_cast<std::size_t>(end_ - pos_) < s.size()) grow(s.size());
    std::memcpy(pos_, s.data(), s.size());
    pos_ += s.size();
  }
  // A table string: all its bytes stored at once, the pointer advanced by
  // its length.
  template <std::size_t Size>
  void put_padded(const Padded<Size>& s) {
    if (static_cast<std::size_t>(end_ - pos_) < Size) grow(Size);
    std::memcpy(pos_, s.bytes, Size);
    pos_ += s.length;
  }
  // Copies a NUL-terminated name and returns its length: element and
  // attribute names are a few bytes, not worth measuring before copying.
  std::size_t put_name(const char* name) {
    const char* start = name;
    for (;;) {
      if (end_ - pos_ < kChunk) grow(kChunk);
      for (int i = 0; i < kChunk; ++i) {
        if (*name == '\0') return static_cast<std::size_t>(name - start);
        *pos_++ = *name++;
      }
    }
  }
  // Copies a NUL-terminated string up to its end or to the first byte of
  // `stop`, and returns where it stopped: byte by byte, for the short values
  // of attributes, which are not worth measuring first.
  const char* put_until(const char* text, const scan::ByteSet& stop) {
    for (;;) {
      if (end_ - pos_ < kChunk) grow(kChunk);
      // Indexed from the chunk's start: one counter for both pointers.
      for (int i = 0; i < kChunk; ++i) {
        char c = text[i];
        if (stop.contains(c)) {
          pos_ += i;
          return text + i;
        }
        pos_[i] = c;
      }
      pos_ += kChunk;
      text += kChunk;
    }
  }

 private:
  // resize() zero-fills what it adds; in steps this small glibc does that
  // with vector stores, where a larger block would take "rep stosb", which
  // callgrind (our measure) counts byte by byte.  Capacity still doubles.
  static constexpr std::size_t kStep = 2048;
  static constexpr int kChunk = 16;

  void grow(std::size_t n) {
    std::size_t used = static_cast<std::size_t>(pos_ - out_.data());
    // One step at a time, even for a large piece (the style sheet).
    do out_.resize(out_.size() + kStep);
    while (out_.size() - used < n);
    pos_ = out_.data() + used;
    end_ = out_.data() + out_.size();
  }

  std::string& out_;
  char* pos_;
  char* end_;
};

// Bytes that cannot be copied as they are: markup characters, and control
// characters (not allowed in HTML text; markers that escaped the back end
// must not reach the reader).  The NUL that ends a pugixml string is one of
// them.
constexpr scan::ByteSet kEscaped = scan::ByteSet().add_controls_except("\t\n").add('&').add('<').add('>').add('"');

void escape_special(char c, bool attribute, Writer& out) {
  switch (c) {
    case '&': out.put("&amp;"); break;
    case '<': out.put("&lt;"); break;
    case '>': out.put("&gt;"); break;
    case '"': out.put(attribute ? "&quot;" : "\""); break;
    default: break;  // a control character: dropped
  }
}

// Text runs can be long: measured, then searched sixteen bytes at a time.
void escape_text(std::string_view text, Writer& out) {
  for (std::size_t i = 0;;) {
    std::size_t special = scan::find_byte(text, i, kEscaped);
    out.put(text.substr(i, special - i));
    if (special == text.size()) return;
    escape_special(text[special], false, out);
    i = special + 1;
  }
}

// Attribute values are mostly short class names: copied byte by byte up to
// the terminating NUL, without measuring them first.
void escape_attribute(const char* text, Writer& out) {
  for (const char* p = out.put_until(text, kEscaped); *p != '\0'; p = out.put_until(p + 1, kEscaped))
    escape_special(*p, true, out);
}

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Raw text may not contain its own end tag; our style sheet and scripts do
// not, but a caller-supplied string might.  The text is written "<\\/name".
void write_raw_text(std::string_view text, std::string_view name, Writer& out) {
  std::size_t pos = 0;
  for (std::size_t hit = text.find("</"); hit != std::string_view::npos; hit = text.find("</", hit + 1)) {
    if (text.size() - hit - 2 < name.size()) break;
    bool same = true;
    for (std::size_t i = 0; i < name.size() && same; ++i) same = ascii_lower(text[hit + 2 + i]) == name[i];
    if (!same) continue;
    out.put(text.substr(pos, hit - pos));
    out.put("<\\/");
    pos = hit + 2;
  }
  out.put(text.substr(pos));
}

// The end tag may be split across text nodes (html::add_text does not merge
// them): look at the content as a whole.
void write_raw_content(pugi::xml_node element, std::string_view name, Writer& out) {
  pugi::xml_node first = element.first_child();
  if (is_null(first)) return;
  if (is_null(first.next_sibling())) {
    write_raw_text(first.value(), name, out);
    return;
  }
  std::string joined;
  for (pugi::xml_node child = first; !is_null(child); child = child.next_sibling()) joined += child.value();
  write_raw_text(joined, name, out);
}

void write_comment(const char* text, Writer& out) {
  out.put("<!--");
  for (const char* p = text; *p; ++p) out.put((*p == '-' && p[1] == '-') ? '=' : *p);
  out.put("-->\n");
}

void write_attributes(pugi::xml_node element, Writer& out) {
  for (pugi::xml_attribute attr = element.first_attribute(); !is_null(attr); attr = attr.next_attribute()) {
    const char* name = attr.name();
    if (const ShortName* prefix = find_attribute_prefix(name)) {
      out.put_padded(*prefix);
    } else {
      out.put(' ');
      out.put_name(name);
      out.put("=\"");
    }
    escape_attribute(attr.value(), out);
    out.put('"');
  }
}

void write_node(pugi::xml_node node, pugi::xml_node_type type, Writer& out, bool in_pre);

// Each child's type is asked once: it is a call into pugixml.
void write_children(pugi::xml_node node, Writer& out, bool in_pre) {
  for (pugi::xml_node child = node.first_child(); !is_null(child); child = child.next_sibling())
    write_node(child, child.type(), out, in_pre);
}

void write_element(pugi::xml_node node, Writer& out, bool in_pre) {
  const char* name = node.name();
  const ElementInfo* known = find_element(name);
  std::string_view tag;
  unsigned flags = 0;
  if (known) {
    out.put_padded(known->start_tag);
    tag = known->name.view();
    flags = known->flags;
  } else {
    out.put('<');
    tag = std::string_view(name, out.put_name(name));
  }
  write_attributes(node, out);
  if (flags & kVoid) {
    // "<br/>": valid HTML5 for void elements (as mandoc writes them), and it
    // keeps our output readable by XML tools such as the tests' pugixml.
    out.put("/>");
    if (!in_pre && !(flags & kNoNewline)) out.put('\n');
    return;
  }
  out.put('>');
  if (flags & kRawText) write_raw_content(node, tag, out);
  else write_children(node, out, in_pre || (flags & kPreformatted));
  if (known) {
    out.put_padded(known->end_tag);
  } else {
    out.put("</");
    out.put(tag);
    out.put('>');
  }
  if (!in_pre && (flags & kBlock)) out.put('\n');
}

void write_node(pugi::xml_node node, pugi::xml_node_type type, Writer& out, bool in_pre) {
  switch (type) {
    case pugi::node_element:
      write_element(node, out, in_pre);
      return;
    case pugi::node_pcdata:
    case pugi::node_cdata:
      escape_text(node.value(), out);
      return;
    case pugi::node_comment:
      write_comment(node.value(), out);
      return;
    default:
      write_children(node, out, in_pre);
      return;
  }
}

}  // namespace

void serialise_html(const pugi::xml_document& doc, std::string& out, bool doctype) {
  Writer writer(out);
  if (doctype) writer.put("<!DOCTYPE html>\n");
  write_children(doc, writer, false);
}

}  // namespace mdoc::html
