#include "render/html_ids.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include "mdoc/scan.hpp"
#include "render/copy_short.hpp"
#include "render/html_dom.hpp"
#include "render/html_text.hpp"

namespace mdoc::html {
namespace {

// Ids keep letters, digits, non-ASCII text and - . _ : (as mandoc's do);
// whitespace and other punctuation become underscores.
constexpr std::array<char, 256> id_bytes() {
  std::array<char, 256> out{};
  for (int c = 0; c < 256; ++c) {
    bool keep = c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '.' || c == '_' || c == ':';
    out[c] = keep ? static_cast<char>(c) : '_';
  }
  return out;
}
constexpr std::array<char, 256> kIdByte = id_bytes();

char id_char(char c) { return kIdByte[static_cast<unsigned char>(c)]; }

std::string id_from(std::string_view text) {
  std::string out(text.size(), '\0');
  for (std::size_t i = 0; i < text.size(); ++i) out[i] = id_char(text[i]);
  return out;
}

// What ends a run of word bytes in a text node: blanks and markers.
constexpr scan::ByteSet kWordEnd = scan::ByteSet()
    .add(' ')
    .add('\t')
    .add('\n')
    .add(text_marker::kFont)
    .add(text_marker::kNoBreakSpace)
    .add(text_marker::kBreakHyphen)
    .add(text_marker::kBreakPoint)
    .add(text_marker::kZeroWidth);

// The first word of plain_text(n) (text joined with blanks, markers
// stripped), read from the text nodes without building the whole text: a
// term is the first word of what can be the whole argument list of a .Fn.
class FirstWord {
 public:
  // Appends the word to `word`, which must be empty.
  explicit FirstWord(std::string& word) : word_(word) {}
  void read(const Node& n) { visit(n); }

 private:
  void visit(const Node& n) {
    if (n.type == NodeType::Text) {
      if (seen_text_ && !n.is(kNoSpace)) blank();
      std::string_view text = n.text();
      for (std::size_t i = 0; i < text.size() && !done_;) {
        std::size_t end = scan::find_byte(text, i, kWordEnd);
        if (end > i) {
          word_.append(text, i, end - i);
          seen_text_ = true;
        }
        if (end == text.size()) break;
        char c = text[end];
        if (c == text_marker::kFont) {
          ++end;  // and its font code
        } else if (c == text_marker::kBreakHyphen) {
          word_ += '-';
          seen_text_ = true;
        } else if (c != text_marker::kBreakPoint && c != text_marker::kZeroWidth) {
          blank();  // a blank or a no-break space
        }
        i = end + 1;
      }
    }
    for (const Node* c = n.first; c && !done_; c = c->next) visit(*c);
  }
  void blank() {
    seen_text_ = true;
    if (!word_.empty()) done_ = true;
  }

  std::string& word_;
  bool seen_text_ = false;  // plain_text puts a blank before every later text node
  bool done_ = false;
};

const Node* list_of(const Node& head) {
  const Node* item = head.parent;  // It block
  if (!item || !item->parent) return nullptr;
  const Node* body = item->parent;  // Bl body
  return body->parent;             // Bl block
}

// Whether section `sh` is ERRORS, its title read as Context::enter_section
// reads it (plain_text of the head), so that both agree on every title.
bool is_errors_section(const Node& sh) { return sh.head() && plain_text(*sh.head()) == "ERRORS"; }

// Where a node is: the .Sh block around it (null for none), and whether it
// is in the tree at all (validation takes some nodes out).
struct Place {
  const Node* section = nullptr;
  bool in_tree = false;
};
Place place_of(const Node& n) {
  Place place;
  const Node* p = &n;
  for (; p->parent; p = p->parent)
    if (!place.section && p->type == NodeType::Block && p->macro == Macro::Sh) place.section = p;
  place.in_tree = p->type == NodeType::Root;
  return place;
}

}  // namespace

void set_fragment_href(DomNode* link, std::string_view id) {
  if (!link->is("a")) return;
  // An id's bytes (id_char's, and claim_id's "~N") are all ones a URL holds
  // as they are: none needs percent-encoding, so the href is "#" and the id.
  link->dom->append_attribute_made(link, kHrefAttribute, 1 + id.size(), [id](char* out) {
    out[0] = '#';
    copy_bytes(out + 1, id.data(), id.size());
    return 1 + id.size();
  });
}

std::string section_id(const Node& head) { return id_from(plain_text(head)); }

std::string section_id(std::string_view title) { return id_from(title); }

namespace {

// The first child of an element when it is a text followed by nothing that
// could continue its first word (a .Fn name, most .Em and .Sy words), else
// null.
const Node* lone_first_text(const Node& element) {
  const Node* first = element.first;
  if (!first || first->type != NodeType::Text || first->text().empty()) return nullptr;
  const Node* next = first->next;
  if (next && (next->type != NodeType::Text || next->is(kNoSpace))) return nullptr;
  return first;
}

#if defined(__SSE2__)
// One bit per byte of v that is not an ASCII byte id_char() keeps (a
// letter, a digit, - . _ :).
unsigned non_id_bytes(__m128i v) {
  // lo <= byte <= hi: byte - lo, which wraps below lo, is at most hi - lo.
  auto in_range = [](__m128i x, char lo, char hi) {
    __m128i above = _mm_subs_epu8(_mm_sub_epi8(x, _mm_set1_epi8(lo)), _mm_set1_epi8(static_cast<char>(hi - lo)));
    return _mm_cmpeq_epi8(above, _mm_setzero_si128());
  };
  __m128i letter = in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');  // A-Z too
  __m128i digit_or_mark = _mm_andnot_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('/')), in_range(v, '-', ':'));
  __m128i kept = _mm_or_si128(_mm_or_si128(letter, digit_or_mark), _mm_cmpeq_epi8(v, _mm_set1_epi8('_')));
  return ~static_cast<unsigned>(_mm_movemask_epi8(kept)) & 0xffffu;
}
#endif

// Whether text is an id as it is: only ASCII bytes id_char() keeps.  Most
// terms are (a function name, a word): checked sixteen bytes at a time, or
// as two overlapping halves when shorter, rather than byte by byte.
bool is_plain_id(std::string_view text) {
  const char* p = text.data();
  const std::size_t n = text.size();
#if defined(__SSE2__)
  if (n >= 16) {
    for (std::size_t i = 0;; i += 16) {
      std::size_t at = i + 16 <= n ? i : n - 16;
      if (non_id_bytes(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at)))) return false;
      if (at + 16 >= n) return true;
    }
  }
  if (n >= 4) return !(non_id_bytes(scan::load_halves(p, n)) & scan::half_lanes(n));
#endif
  for (std::size_t i = 0; i < n; ++i)
    if (static_cast<unsigned char>(p[i]) >= 0x80 || id_char(p[i]) != p[i]) return false;
  return true;
}

// term_id() for a term that is not an id as it is: its first word, built in
// `id`, each byte through id_char().
std::string_view built_term_id(const Node& element, std::string& id) {
  static constexpr std::string_view kMinus = "\u2212";
  const Node* first = lone_first_text(element);
  if (first && scan::find_rare_byte(first->text(), 0, kWordEnd) == first->text().size()) {
    id.assign(first->text());  // a word without blanks or markers: the whole text
  } else {
    id.clear();
    FirstWord(id).read(element);
  }
  for (char& c : id) c = id_char(c);
  // What display_text() does to a marker-free word: U+2212 becomes '-'.
  // (id_char() keeps its bytes, as it keeps every non-ASCII byte.)
  for (std::size_t at = id.find(kMinus); at != std::string::npos; at = id.find(kMinus, at + 1))
    id.replace(at, kMinus.size(), 1, '-');
  return id;
}

}  // namespace

std::string_view term_id(const Node& element, std::string& buffer) {
  const Node* first = lone_first_text(element);
  std::string_view id = first && is_plain_id(first->text()) ? first->text() : built_term_id(element, buffer);
  if (element.macro == Macro::Fl) id.remove_prefix(std::min(id.find_first_not_of('-'), id.size()));
  return id;
}

bool tags_in_list_head(Macro m, bool in_errors) {
  switch (m) {
    case Macro::Cm: case Macro::Dv: case Macro::Em: case Macro::Ev: case Macro::Fl:
    case Macro::Fn: case Macro::Fo: case Macro::Ic: case Macro::Li: case Macro::Ms:
    case Macro::Sy: case Macro::Va:
      return true;
    case Macro::Er:
      return in_errors;
    default:
      return false;
  }
}

TaggedHead tagged_head(Context& ctx, const Node& head, bool in_errors) {
  const Node* list = list_of(head);
  if (!list || list->macro != Macro::Bl || !list->block()) return {};
  if (!heads_are_terms(list->block()->list)) return {};
  const Node* first = head.first;
  // ".It Xo / .Fl y / .Xc" and ".It Bq Er EIO": the term is inside the block.
  while (first && first->type == NodeType::Block) {
    first = first->body() ? first->body()->first : nullptr;
  }
  if (!first || first->type != NodeType::Element || !tags_in_list_head(first->macro, in_errors)) return {};
  std::string_view term = term_id(*first, ctx.term_buffer);
  if (term.empty()) return {};
  return {first, term};
}

std::string_view claim_text_term(Context& ctx, const Node& element) {
  using Section = Context::Section;
  if (ctx.section_kind == Section::Name || ctx.section_kind == Section::Synopsis || element.is(kSynopsis)) return {};
  bool eligible = element.macro == Macro::Em || element.macro == Macro::Sy ||
                  (element.macro == Macro::Fn && ctx.section_kind != Section::Errors &&
                   ctx.section_kind != Section::ReturnValues);
  if (!eligible) return {};
  std::string_view term = term_id(element, ctx.term_buffer);
  if (term.empty()) return {};
  return ctx.tag_and_claim(term);
}

void collect_head_terms(Context& ctx, const Document& doc) {
  // The heads come in the order of the source, so a section's come together.
  const Node* section = nullptr;
  bool in_errors = false;
  for (const Node* head : doc.tag_list_heads) {
    Place place = place_of(*head);
    if (!place.in_tree) continue;
    const Node* sh = place.section;
    if (sh != section) {
      section = sh;
      in_errors = sh && is_errors_section(*sh);
    }
    TaggedHead tagged = tagged_head(ctx, *head, in_errors);
    if (tagged.element) ctx.tagged_heads.push_back({head, tagged.element, &ctx.tag_term(tagged.term)});
  }
  ctx.sort_tagged_heads();
}

}  // namespace mdoc::html
