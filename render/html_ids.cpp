#include "render/html_ids.hpp"

#include <cctype>

#include "render/html_text.hpp"

namespace mdoc::html {
namespace {

// Ids keep letters, digits, non-ASCII text and - . _ : (as mandoc's do);
// whitespace and other punctuation become underscores.
bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n'; }

char id_char(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  bool keep = u >= 0x80 || std::isalnum(u) || c == '-' || c == '.' || c == '_' || c == ':';
  return keep ? c : '_';
}

std::string id_from(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) out += is_blank(c) ? '_' : id_char(c);
  return out;
}

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
      if (seen_text_ && !n.is(kNoSpace)) add(' ');
      for (std::size_t i = 0; i < n.text.size() && !done_; ++i) {
        char c = n.text[i];
        if (c == text_marker::kFont) ++i;  // and its font code
        else if (c == text_marker::kNoBreakSpace) add(' ');
        else if (c == text_marker::kBreakHyphen) add('-');
        else if (c != text_marker::kBreakPoint && c != text_marker::kZeroWidth) add(c);
      }
    }
    for (const Node* c = n.first; c && !done_; c = c->next) visit(*c);
  }
  void add(char c) {
    seen_text_ = true;
    if (!is_blank(c)) word_ += c;
    else if (!word_.empty()) done_ = true;
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

std::string section_title(const Node& sh) { return sh.head ? plain_text(*sh.head) : std::string(); }

void collect(Context& ctx, const Node& n, std::string& section) {
  for (const Node* c = n.first; c; c = c->next) {
    if (c->type == NodeType::Block && c->macro == Macro::Sh) section = section_title(*c);
    if (c->type == NodeType::Head && c->macro == Macro::It) {
      HeadTerm tagged = tagged_head(*c, section);
      if (tagged.element) {
        ctx.head_terms.insert(tagged.term);
        ctx.tagged_heads.emplace(c, std::move(tagged));
      }
    }
    collect(ctx, *c, section);
  }
}

}  // namespace

std::string fragment_href(const std::string& id) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = "#";
  for (char c : id) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7f || std::string_view("\"#%<>[\\]^`{|}").find(c) != std::string_view::npos) {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 15];
    } else {
      out += c;
    }
  }
  return out;
}

std::string section_id(const Node& head) { return id_from(plain_text(head)); }

std::string term_id(const Node& element) {
  // display_text() of a marker-free word only turns U+2212 into '-'.
  std::string word = display_text(FirstWord().read(element));
  std::size_t start = 0;
  if (element.macro == Macro::Fl)
    while (start < word.size() && word[start] == '-') ++start;
  std::string id;
  id.reserve(word.size() - start);
  for (std::size_t i = start; i < word.size(); ++i) id += id_char(word[i]);
  return id;
}

bool tags_in_list_head(Macro m, const std::string& section) {
  switch (m) {
    case Macro::Cm: case Macro::Dv: case Macro::Em: case Macro::Ev: case Macro::Fl:
    case Macro::Fn: case Macro::Fo: case Macro::Ic: case Macro::Li: case Macro::Ms:
    case Macro::Sy: case Macro::Va:
      return true;
    case Macro::Er:
      return section == "ERRORS";
    default:
      return false;
  }
}

HeadTerm tagged_head(const Node& head, const std::string& section) {
  const Node* list = list_of(head);
  if (!list || list->macro != Macro::Bl || !list->block) return {};
  ListType t = list->block->list;
  if (t != ListType::Tag && t != ListType::Hang && t != ListType::Ohang && t != ListType::Inset) return {};
  const Node* first = head.first;
  // ".It Xo / .Fl y / .Xc" and ".It Bq Er EIO": the term is inside the block.
  while (first && first->type == NodeType::Block) {
    first = first->body ? first->body->first : nullptr;
  }
  if (!first || first->type != NodeType::Element || !tags_in_list_head(first->macro, section)) return {};
  std::string term = term_id(*first);
  if (term.empty()) return {};
  return {first, std::move(term)};
}

std::string text_term(const Context& ctx, const Node& element) {
  if (ctx.section == "NAME" || ctx.section == "SYNOPSIS" || element.is(kSynopsis)) return {};
  bool eligible = element.macro == Macro::Em || element.macro == Macro::Sy ||
                  (element.macro == Macro::Fn && ctx.section != "ERRORS" && ctx.section != "RETURN VALUES");
  if (!eligible) return {};
  std::string id = term_id(element);
  if (ctx.head_terms.count(id) || ctx.text_terms.count(id)) return {};
  return id;
}

void collect_head_terms(Context& ctx, const Node& root) {
  std::string section;
  collect(ctx, root, section);
}

}  // namespace mdoc::html
