#include "render/html_context.hpp"

#include <algorithm>
#include <functional>

#include "render/html_dom.hpp"

namespace mdoc::html {

namespace {

// Text that lands directly in a list or table (malformed input) goes into
// the item or cell such a box may hold, so that the page stays valid.
Wrapper wrapper_for(std::uint8_t element) {
  switch (element) {
    case Tag("ul").index: case Tag("ol").index: return Wrapper::ListItem;
    case Tag("dl").index: return Wrapper::Definition;
    case Tag("table").index: return Wrapper::RowAndCell;
    case Tag("tr").index: return Wrapper::Cell;
    default: return Wrapper::None;
  }
}

// Phrasing-only boxes (a heading's link, <pre>) cannot take paragraphs.
bool holds_blocks(std::uint8_t element) {
  switch (element) {
    case Tag("a").index: case Tag("pre").index: case Tag("h1").index: case Tag("h2").index:
    case Tag("span").index: case Tag("code").index: case Tag("cite").index:
      return false;
    default:
      return true;
  }
}

// The order of Context::tagged_heads: by the address of the head.
bool head_before(const HeadTerm& t, const Node* head) { return std::less<const Node*>()(t.head, head); }

DomNode* add_wrapper(DomNode* box, Wrapper w) {
  switch (w) {
    case Wrapper::ListItem: return add_element(box, "li");
    case Wrapper::Definition: return add_element(box, "dd");
    case Wrapper::RowAndCell: return add_element(add_element(box, "tr"), "td");
    case Wrapper::Cell: return add_element(box, "td");
    case Wrapper::None: break;
  }
  return {};
}

}  // namespace

Context::Context(const Document& d, const HtmlOptions& o, DomNode* top, DomStream* stream)
    : doc(d), options(o), pending_text_(*top->dom), stream_(stream) {
  // Deeper than most pages nest, so that the flows are rarely moved.
  flows_.reserve(16);
  push_flow(top, false);
}

void Context::enter_section(std::string title) {
  section = std::move(title);
  section_kind = section == "NAME"            ? Section::Name
                 : section == "SYNOPSIS"      ? Section::Synopsis
                 : section == "ERRORS"        ? Section::Errors
                 : section == "RETURN VALUES" ? Section::ReturnValues
                 : section == "AUTHORS"       ? Section::Authors
                                              : Section::Other;
}

void Context::push_flow(DomNode* box, bool paragraphs, bool no_fill) {
  // A flow that was closed stays in flows_, to be reused at that depth.
  if (depth_ == flows_.size()) flows_.emplace_back();
  Flow& f = flows_[depth_++];
  top_ = &f;
  f.box = box;
  f.paragraphs = paragraphs;
  f.no_fill = no_fill;
  std::uint8_t name = box->element;
  f.holds_blocks = !no_fill && holds_blocks(name);
  f.box_closed = false;
  f.wrapper = wrapper_for(name);
  f.paragraph = nullptr;
  f.inline_base = inline_count_;
  clear_inlines();
  f.box_in_link = box_in_link(name);
  f.children_memory = box->dom->mark();
  text_parent_ = nullptr;
  no_space_ = true;
}

DomNode* Context::block_parent() {
  flush_text();
  text_parent_ = nullptr;
  Flow& f = top();
  if (f.no_fill && f.box->parent) {
    // A display or list inside a literal display: <pre> cannot hold it, so
    // it goes after the <pre>, and the text after it starts another <pre>.
    f.paragraph = nullptr;
    clear_inlines();
    f.box_closed = true;
    no_space_ = true;
    return f.box->parent;
  }
  f.paragraph = nullptr;
  if (!no_inlines() && f.detached_from > 0) f.detached_from = 0;
  no_space_ = true;
  // In-lines still open reopen as copies of what they were: those must stay.
  if (stream_ && no_inlines() && f.box->dom->allocated_since(f.children_memory) >= kWriteOutSize)
    write_out_children(f);
  return f.box;
}

void Context::write_out_children(Flow& f) {
  DomNode* box = f.box;
  // A SYNOPSIS .Nm looks back at the table of the .Nm before it.
  if (!box->first_child || box->last_child_if("table")) return;
  stream_->write_children_of(box);
  // What was allocated since the mark is those children and what they hold,
  // which nothing else points to: the collected text was flushed, no in-line
  // is open in the box, and the nodes of the flows below (their open
  // in-lines too) were allocated before.
  f.children_memory = box->dom->release_to(f.children_memory);
  pending_parent_ = nullptr;
  text_parent_ = nullptr;
}

void Context::reopen_detached(Flow& f) {
  DomNode* parent = f.paragraph ? f.paragraph : f.box;
  if (f.detached_from > 0 && f.detached_from != SIZE_MAX) parent = inline_at(f.detached_from - 1);
  for (std::size_t i = f.detached_from; i < inline_size(); ++i) {
    const DomNode* original = inline_at(i);
    DomNode* copy = add_element(parent, Tag::at(original->element));
    copy->share_class(*original);
    for (const DomAttribute* attr = original->first_attribute; attr; attr = attr->next)
      if (attr->name != "id") add_attribute(copy, attr->name, attr->value);
    inline_at(i) = copy;
    parent = copy;
  }
  f.detached_from = SIZE_MAX;
}

DomNode* Context::inline_parent() {
  flush_text();
  return text_parent();
}

DomNode* Context::find_text_parent() {
  // Most of the time the parent is there already: an open in-line, the
  // paragraph or the box.  Nothing needs making then.
  const Flow& f = top();
  if (!f.box_closed && f.detached_from == SIZE_MAX) {
    if (!no_inlines()) return last_inline();
    if (f.paragraph) return f.paragraph;
    // A box that takes text as it is (a list item's body, a cell, a display).
    if (!f.paragraphs && f.wrapper == Wrapper::None) return f.box;
  }
  return make_text_parent();
}

DomNode* Context::make_text_parent() {
  Flow& f = top();
  if (f.box_closed) {
    flush_text();
    f.box = add_element(f.box->parent, Tag::at(f.box->element));
    f.box_closed = false;
  }
  if (!f.paragraph && f.wrapper != Wrapper::None && (no_inlines() || f.detached_from == 0)) {
    flush_text();
    f.paragraph = add_wrapper(f.box, f.wrapper);
  }
  if (f.paragraphs && !f.paragraph && (no_inlines() || f.detached_from == 0)) {
    flush_text();
    f.paragraph = add_element(f.box, "p", "Pp");
    if (!pending_id.empty()) {
      add_attribute(f.paragraph, "id", claim_id(pending_id));
      pending_id.clear();
    }
  }
  if (f.detached_from != SIZE_MAX) {
    flush_text();
    reopen_detached(f);
  }
  if (!no_inlines()) return last_inline();
  return f.paragraph ? f.paragraph : f.box;
}

void Context::add_pending_text() {
  pending_text_.flush_to(pending_parent_);
}

DomNode* Context::open_inline(Tag tag, ClassName cls) {
  DomNode* parent = inline_parent();
  Flow& f = top();
  // Links do not nest in HTML: inside one, a would-be link is a <span>
  // (set_href() then leaves it without a target).
  if (tag == Tag("a")) {
    if (f.in_link()) tag = Tag("span");
    else f.first_link = inline_size();
  }
  DomNode* el = add_element(parent, tag, cls);
  push_inline(el);
  // What find_text_parent() would find: inline_parent() has just made the
  // flow's parents (no closed box, nothing detached), so the newest in-line.
  text_parent_ = el;
  return el;
}

void Context::push_inline(DomNode* element) {
  if (inline_count_ == inline_stack_.size()) inline_stack_.push_back(element);
  else inline_stack_[inline_count_] = element;
  ++inline_count_;
}

void Context::replace_box(DomNode* box) {
  Flow& f = top();
  text_parent_ = nullptr;
  f.box = box;
  std::uint8_t name = box->element;
  f.wrapper = wrapper_for(name);
  f.box_in_link = box_in_link(name);
  f.paragraph = nullptr;
  clear_inlines();
  // (The new box comes after the old one's memory, which stays.)
  f.children_memory = box->dom->mark();
  no_space_ = true;
}

bool Context::box_in_link(std::uint8_t name) const {
  // The box of the top flow goes where the flow below puts blocks: inside
  // that flow's box or, for a <pre>, beside it, so in a link when that box is.
  return name == Tag("a").index || (depth_ > 1 && flows_[depth_ - 2].box_in_link);
}

void Context::paragraph_break() {
  Flow& f = top();
  if (!f.holds_blocks) {
    // A blank line in a <pre>; a line break where paragraphs cannot go.
    if (f.no_fill) text("\n");
    else add_element(inline_parent(), "br");
    no_space_ = true;
    return;
  }
  block_parent();
  // Outside section bodies a paragraph break still needs a paragraph to show.
  f.paragraphs = true;
}

void Context::close_to(const Mark& m) {
  if (depth_ > m.flows && depth_ > 1) {
    depth_ = m.flows > 1 ? m.flows : 1;
    top_ = &flows_[depth_ - 1];
    // The closed flows' in-lines go with them.
    inline_count_ = flows_[depth_].inline_base;
    text_parent_ = nullptr;
    no_space_ = false;
  }
  Flow& f = top();
  if (inline_count_ > m.inlines) {
    inline_count_ = m.inlines;
    if (f.first_link != SIZE_MAX && f.first_link >= inline_size()) f.first_link = SIZE_MAX;
    text_parent_ = nullptr;
    if (f.detached_from != SIZE_MAX && f.detached_from >= inline_size()) f.detached_from = SIZE_MAX;
  }
}

void Context::start_line() {
  DomNode* parent = inline_parent();
  // The first line of a <pre> needs no newline before it.
  if (parent->first_child) text('\n');
}

void Context::word(const Node& n, std::string_view s) {
  separate(n);
  text(s);
}

void Context::sort_tagged_heads() {
  std::sort(tagged_heads.begin(), tagged_heads.end(),
            [](const HeadTerm& a, const HeadTerm& b) { return head_before(a, b.head); });
}

const HeadTerm* Context::tagged_term_of(const Node& head) {
  if (next_tagged_head_ < tagged_heads.size() && tagged_heads[next_tagged_head_].head == &head)
    return &tagged_heads[next_tagged_head_++];
  auto found = std::lower_bound(tagged_heads.begin(), tagged_heads.end(), &head, head_before);
  if (found == tagged_heads.end() || found->head != &head) return nullptr;
  next_tagged_head_ = static_cast<std::size_t>(found - tagged_heads.begin()) + 1;
  return &*found;
}

std::string_view Context::claim_id(std::string_view base) { return claim_id(ids_.entry(base)); }

std::string_view Context::claim_id(StringCounts::Entry& base) {
  int count = ++base.count;
  if (count == 1) return base.key;
  return claim_numbered(base.key, count);
}

std::string_view Context::claim_numbered(std::string_view base, int count) {
  std::string id(base);
  id += '~';
  id += std::to_string(count);
  StringCounts::Entry& numbered = ids_.entry(id);
  numbered.count = 1;
  return numbered.key;
}

StringCounts::Entry& Context::tag_term(std::string_view term) {
  StringCounts::Entry& tagged = ids_.entry(term);
  tagged.flag = true;
  return tagged;
}

std::string_view Context::tag_and_claim(std::string_view term) {
  StringCounts::Entry& entry = ids_.entry(term);
  if (entry.flag) return {};
  entry.flag = true;
  return claim_id(entry);
}

}  // namespace mdoc::html
