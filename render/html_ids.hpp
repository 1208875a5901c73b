// Ids and permalinks, formed like mandoc's so that links into mandoc-made
// pages keep working on ours:
//   sections and subsections: the title, spaces as underscores ("SEE_ALSO");
//   tagged terms: the first word of the term ("EMFILE", "socketpair", "-f" -> "f");
//   a repeated id gets "~2", "~3", ...
// Tagged terms are the heads of tag-style list items that start with one of
// the macros below, and, in running text outside NAME and SYNOPSIS, the first
// .Em, .Sy or .Fn of a term that no list head tags.
#pragma once

#include <string>

#include "mdoc/ast.hpp"
#include "render/html_context.hpp"

namespace mdoc::html {

std::string section_id(const Node& head);
// The same from the title already read (plain_text of the head).
std::string section_id(std::string_view title);
// Gives a link the href "#" and the id.  The id must be one section_id() or
// term_id() made (numbered or not by Context::claim_id): such an id holds no
// byte a URL must percent-encode, so it is copied as it is.  Like
// set_href(), only an <a> gets one.
void set_fragment_href(DomNode* link, std::string_view id);
// The id of the term an element tags: mostly the text of its first child,
// as it is; else built in `buffer` (reused from term to term, so that it
// allocates nothing once grown) and valid until the buffer's next use.
std::string_view term_id(const Node& element, std::string& buffer);
// Whether a list-head term in this macro gets an id (Er only in ERRORS).
bool tags_in_list_head(Macro m, bool in_errors);
// The id of the term this in-line element tags in running text (claimed:
// see Context::tag_and_claim), or "" when it tags none.
std::string_view claim_text_term(Context& ctx, const Node& element);
// Tags (Context::tag_term) and fills ctx.tagged_heads with the terms list heads will
// tag (the heads of doc.tag_list_heads); rendering looks them up instead of
// computing them again.
void collect_head_terms(Context& ctx, const Document& doc);
// The element an .It head tags and its term (in ctx.term_buffer, or the
// text of the element's first child); no element when it tags none.
struct TaggedHead {
  const Node* element = nullptr;
  std::string_view term;
};
TaggedHead tagged_head(Context& ctx, const Node& head, bool in_errors);

}  // namespace mdoc::html
