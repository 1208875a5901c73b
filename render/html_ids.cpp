#include "render/html_ids.hpp"

#include <array>
#include <cstring>

#include "mdoc/scan.hpp"
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
  std::string read(const Node& n) {
    visit(n);
    return std::move(word_);
  }

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

  std::string word_;
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
    std::memcpy(out + 1, id.data(), id.size());
    return 1 + id.size();
  });
}

std::string section_id(const Node& head) { return id_from(plain_text(head)); }

std::string section_id(std::string_view title) { return id_from(title); }

namespace {

// The first word of an element whose first child is a text without blanks
// or markers, followed by nothing that could continue the word (a .Fn
// name, most .Em and .Sy words): that text, found without FirstWord's walk.
// False when the element is not so simple.
bool simple_first_word(const Node& element, std::string_view& word) {
  const Node* first = element.first;
  if (!first || first->type != NodeType::Text || first->text().empty()) return false;
  const Node* next = first->next;
  if (next && (next->type != NodeType::Text || next->is(kNoSpace))) return false;
  if (scan::find_rare_byte(first->text(), 0, kWordEnd) != first->text().size()) return false;
  word = first->text();
  return true;
}

}  // namespace

std::string term_id(const Node& element) {
  static constexpr std::string_view kMinus = "\u2212";
  std::string_view simple;
  std::string id = simple_first_word(element, simple) ? std::string(simple) : FirstWord().read(element);
  for (char& c : id) c = id_char(c);
  // What display_text() does to a marker-free word: U+2212 becomes '-'.
  // (id_char() keeps its bytes, as it keeps every non-ASCII byte.)
  for (std::size_t at = id.find(kMinus); at != std::string::npos; at = id.find(kMinus, at + 1))
    id.replace(at, kMinus.size(), 1, '-');
  if (element.macro == Macro::Fl) id.erase(0, id.find_first_not_of('-'));
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

HeadTerm tagged_head(const Node& head, bool in_errors) {
  const Node* list = list_of(head);
  if (!list || list->macro != Macro::Bl || !list->block()) return {};
  if (!heads_are_terms(list->block()->list)) return {};
  const Node* first = head.first;
  // ".It Xo / .Fl y / .Xc" and ".It Bq Er EIO": the term is inside the block.
  while (first && first->type == NodeType::Block) {
    first = first->body() ? first->body()->first : nullptr;
  }
  if (!first || first->type != NodeType::Element || !tags_in_list_head(first->macro, in_errors)) return {};
  std::string term = term_id(*first);
  if (term.empty()) return {};
  return {&head, first, std::move(term)};
}

std::string claim_text_term(Context& ctx, const Node& element) {
  using Section = Context::Section;
  if (ctx.section_kind == Section::Name || ctx.section_kind == Section::Synopsis || element.is(kSynopsis)) return {};
  bool eligible = element.macro == Macro::Em || element.macro == Macro::Sy ||
                  (element.macro == Macro::Fn && ctx.section_kind != Section::Errors &&
                   ctx.section_kind != Section::ReturnValues);
  if (!eligible) return {};
  std::string id = term_id(element);
  if (id.empty() || !ctx.tag_term(id)) return {};
  return id;
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
    HeadTerm tagged = tagged_head(*head, in_errors);
    if (tagged.element) {
      ctx.tag_term(tagged.term);
      ctx.tagged_heads.push_back(std::move(tagged));
    }
  }
  ctx.sort_tagged_heads();
}

}  // namespace mdoc::html
