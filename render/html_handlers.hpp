// The handlers the HTML handler table (html_macros.cpp) points to, grouped by
// the file that defines them.
#pragma once

#include <string_view>

#include "mdoc/ast.hpp"
#include "render/html_context.hpp"

namespace mdoc::html {

// Shared helpers (html_inline.cpp).
// Separates, then opens <tag class="cls"> for in-line content; takes .Tg's id.
DomNode* open_semantic(Context& ctx, const Node& n, Tag tag, ClassName cls);
// Like open_semantic, wrapped in a permalink with an id when the term is tagged.
DomNode* open_tagged(Context& ctx, const Node& n, Tag tag, ClassName cls);
bool in_synopsis(const Context& ctx, const Node& n);
// Before a declaration in the SYNOPSIS: a line or paragraph break after the previous one.
void synopsis_break(Context& ctx, const Node& n);

// html_sections.cpp: sections, paragraphs, displays, the NAME line, requests.
bool pre_section(Context&, const Node&);
bool pre_paragraph(Context&, const Node&);
bool pre_line_break(Context&, const Node&);
bool pre_name_description(Context&, const Node&);
bool pre_display(Context&, const Node&);
bool pre_one_line_display(Context&, const Node&);
bool pre_font_block(Context&, const Node&);
bool pre_name(Context&, const Node&);
bool pre_nothing(Context&, const Node&);
bool pre_transparent(Context&, const Node&);
bool pre_tag(Context&, const Node&);

// html_lists.cpp: Bl, It, Ta.
bool pre_list(Context&, const Node&);
bool pre_item(Context&, const Node&);
bool pre_column_separator(Context&, const Node&);

// html_inline.cpp: semantic in-line macros and links.
bool pre_semantic(Context&, const Node&);
bool pre_flag(Context&, const Node&);
bool pre_argument(Context&, const Node&);
bool pre_function(Context&, const Node&);
bool pre_function_block(Context&, const Node&);
void post_function_block(Context&, const Node&);
bool pre_function_argument(Context&, const Node&);
bool pre_include(Context&, const Node&);
bool pre_cross_reference(Context&, const Node&);
bool pre_section_reference(Context&, const Node&);
bool pre_link(Context&, const Node&);
bool pre_mail(Context&, const Node&);
bool pre_no_space(Context&, const Node&);
bool pre_apostrophe(Context&, const Node&);
bool pre_prefix(Context&, const Node&);
bool pre_spacing_mode(Context&, const Node&);
bool pre_author(Context&, const Node&);
bool pre_type(Context&, const Node&);
bool pre_config(Context&, const Node&);

// html_enclosures.cpp: quotes and brackets, Eo/Ec, Es/En, references (Rs).
bool pre_enclosure(Context&, const Node&);
void post_enclosure(Context&, const Node&);
bool pre_explicit_enclosure(Context&, const Node&);
bool pre_enclosure_set(Context&, const Node&);
bool pre_reference(Context&, const Node&);
void post_reference(Context&, const Node&);
bool pre_reference_field(Context&, const Node&);

}  // namespace mdoc::html
