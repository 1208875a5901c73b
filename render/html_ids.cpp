#include "render/html_ids.hpp"

#include <cctype>

#include "render/html_text.hpp"

namespace mdoc::html {
namespace {

// Ids keep letters, digits, non-ASCII text and - . _ : (as mandoc's do);
// whitespace and other punctuation become underscores.
std::string id_from(std::string text, bool first_word_only) {
  std::string out;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (first_word_only && !out.empty()) break;
      if (!first_word_only) out += '_';
      continue;
    }
    unsigned char u = static_cast<unsigned char>(c);
    bool keep = u >= 0x80 || std::isalnum(u) || c == '-' || c == '.' || c == '_' || c == ':';
    out += keep ? c : '_';
  }
  return out;
}

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
      if (const Node* e = tagged_head_element(*c, section)) ctx.head_terms.insert(term_id(*e));
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

std::string section_id(const Node& head) { return id_from(plain_text(head), false); }

std::string term_id(const Node& element) {
  std::string text = display_text(plain_text(element));
  if (element.macro == Macro::Fl) {
    std::string id = id_from(text, true);
    while (!id.empty() && id[0] == '-') id.erase(0, 1);
    return id;
  }
  return id_from(text, true);
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

const Node* tagged_head_element(const Node& head, const std::string& section) {
  const Node* list = list_of(head);
  if (!list || list->macro != Macro::Bl || !list->block) return nullptr;
  ListType t = list->block->list;
  if (t != ListType::Tag && t != ListType::Hang && t != ListType::Ohang && t != ListType::Inset) return nullptr;
  const Node* first = head.first;
  // ".It Xo / .Fl y / .Xc" and ".It Bq Er EIO": the term is inside the block.
  while (first && first->type == NodeType::Block) {
    first = first->body ? first->body->first : nullptr;
  }
  if (!first || first->type != NodeType::Element || !tags_in_list_head(first->macro, section)) return nullptr;
  if (term_id(*first).empty()) return nullptr;
  return first;
}

bool tags_in_text(const Context& ctx, const Node& element) {
  if (ctx.section == "NAME" || ctx.section == "SYNOPSIS" || element.is(kSynopsis)) return false;
  bool eligible = element.macro == Macro::Em || element.macro == Macro::Sy ||
                  (element.macro == Macro::Fn && ctx.section != "ERRORS" && ctx.section != "RETURN VALUES");
  if (!eligible) return false;
  std::string id = term_id(element);
  return !id.empty() && !ctx.head_terms.count(id) && !ctx.text_terms.count(id);
}

void collect_head_terms(Context& ctx, const Node& root) {
  std::string section;
  collect(ctx, root, section);
}

}  // namespace mdoc::html
