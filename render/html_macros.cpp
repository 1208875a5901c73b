// The HTML handler table: one row per macro of mdoc/macros.def.
//
// Class names follow mandoc -T html (the macro name), documented in
// share/mdoc.css.  Semantic in-line macros without special behaviour share
// pre_semantic, which looks up their element and class in kSemantic below.
#include <array>

#include "render/html_handlers.hpp"
#include "render/html_walk.hpp"

namespace mdoc::html {
namespace {

struct Row {
  Macro macro;
  MacroHandler handler;
};

constexpr Row kRows[] = {
    {Macro::Dd, {pre_nothing}},
    {Macro::Dt, {pre_nothing}},
    {Macro::Os, {pre_nothing}},
    {Macro::Sh, {pre_section}},
    {Macro::Ss, {pre_section}},
    {Macro::Pp, {pre_paragraph}},
    {Macro::Lp, {pre_paragraph}},
    {Macro::D1, {pre_one_line_display}},
    {Macro::Dl, {pre_one_line_display}},
    {Macro::Bd, {pre_display}},
    {Macro::Ed, {pre_nothing}},
    {Macro::Bl, {pre_list}},
    {Macro::El, {pre_nothing}},
    {Macro::It, {pre_item}},
    {Macro::Ta, {pre_column_separator}},
    {Macro::Ad, {pre_semantic}},
    {Macro::An, {pre_author}},
    {Macro::Ap, {pre_apostrophe}},
    {Macro::Ar, {pre_argument}},
    {Macro::Cd, {pre_config}},
    {Macro::Cm, {pre_semantic}},
    {Macro::Dv, {pre_semantic}},
    {Macro::Er, {pre_semantic}},
    {Macro::Ev, {pre_semantic}},
    {Macro::Ex, {pre_semantic}},
    {Macro::Fa, {pre_function_argument}},
    {Macro::Fd, {pre_config}},
    {Macro::Fl, {pre_flag}},
    {Macro::Fn, {pre_function}},
    {Macro::Fo, {pre_function_block, post_function_block}},
    {Macro::Fc, {pre_nothing}},
    {Macro::Ft, {pre_type}},
    {Macro::Ic, {pre_semantic}},
    {Macro::In, {pre_include}},
    {Macro::Li, {pre_semantic}},
    {Macro::Nd, {pre_name_description}},
    {Macro::Nm, {pre_name}},
    {Macro::Ot, {pre_type}},
    {Macro::Pa, {pre_semantic}},
    {Macro::Rv, {pre_semantic}},
    {Macro::St, {pre_semantic}},
    {Macro::Va, {pre_semantic}},
    {Macro::Vt, {pre_type}},
    {Macro::Xr, {pre_cross_reference}},
    {Macro::Sx, {pre_section_reference}},
    {Macro::Lk, {pre_link}},
    {Macro::Mt, {pre_mail}},
    {Macro::Em, {pre_semantic}},
    {Macro::Sy, {pre_semantic}},
    {Macro::Ms, {pre_semantic}},
    {Macro::No, {pre_semantic}},
    {Macro::Tn, {pre_semantic}},
    {Macro::Lb, {pre_semantic}},
    {Macro::At, {pre_semantic}},
    {Macro::Bsx, {pre_semantic}},
    {Macro::Bx, {pre_semantic}},
    {Macro::Dx, {pre_semantic}},
    {Macro::Fx, {pre_semantic}},
    {Macro::Nx, {pre_semantic}},
    {Macro::Ox, {pre_semantic}},
    {Macro::Ux, {pre_semantic}},
    {Macro::Fr, {pre_semantic}},
    {Macro::Ns, {pre_no_space}},
    {Macro::Pf, {pre_prefix}},
    {Macro::Sm, {pre_spacing_mode}},
    {Macro::Aq, {pre_enclosure, post_enclosure}},
    {Macro::Ao, {pre_enclosure, post_enclosure}},
    {Macro::Bq, {pre_enclosure, post_enclosure}},
    {Macro::Bo, {pre_enclosure, post_enclosure}},
    {Macro::Brq, {pre_enclosure, post_enclosure}},
    {Macro::Bro, {pre_enclosure, post_enclosure}},
    {Macro::Dq, {pre_enclosure, post_enclosure}},
    {Macro::Do, {pre_enclosure, post_enclosure}},
    {Macro::Op, {pre_enclosure, post_enclosure}},
    {Macro::Oo, {pre_enclosure, post_enclosure}},
    {Macro::Pq, {pre_enclosure, post_enclosure}},
    {Macro::Po, {pre_enclosure, post_enclosure}},
    {Macro::Qq, {pre_enclosure, post_enclosure}},
    {Macro::Qo, {pre_enclosure, post_enclosure}},
    {Macro::Sq, {pre_enclosure, post_enclosure}},
    {Macro::So, {pre_enclosure, post_enclosure}},
    {Macro::Ql, {pre_enclosure, post_enclosure}},
    {Macro::En, {pre_enclosure, post_enclosure}},
    {Macro::Es, {pre_enclosure_set}},
    {Macro::Eo, {pre_explicit_enclosure}},
    {Macro::Ac, {pre_nothing}},
    {Macro::Bc, {pre_nothing}},
    {Macro::Brc, {pre_nothing}},
    {Macro::Dc, {pre_nothing}},
    {Macro::Ec, {pre_nothing}},
    {Macro::Oc, {pre_nothing}},
    {Macro::Pc, {pre_nothing}},
    {Macro::Qc, {pre_nothing}},
    {Macro::Sc, {pre_nothing}},
    {Macro::Xc, {pre_nothing}},
    {Macro::Xo, {pre_transparent}},
    {Macro::Bk, {pre_transparent}},
    {Macro::Ek, {pre_nothing}},
    {Macro::Bf, {pre_font_block}},
    {Macro::Ef, {pre_nothing}},
    {Macro::Rs, {pre_reference, post_reference}},
    {Macro::Re, {pre_nothing}},
    {Macro::Pct_A, {pre_reference_field}},
    {Macro::Pct_B, {pre_reference_field}},
    {Macro::Pct_C, {pre_reference_field}},
    {Macro::Pct_D, {pre_reference_field}},
    {Macro::Pct_I, {pre_reference_field}},
    {Macro::Pct_J, {pre_reference_field}},
    {Macro::Pct_N, {pre_reference_field}},
    {Macro::Pct_O, {pre_reference_field}},
    {Macro::Pct_P, {pre_reference_field}},
    {Macro::Pct_Q, {pre_reference_field}},
    {Macro::Pct_R, {pre_reference_field}},
    {Macro::Pct_T, {pre_reference_field}},
    {Macro::Pct_U, {pre_reference_field}},
    {Macro::Pct_V, {pre_reference_field}},
    {Macro::Db, {pre_nothing}},
    {Macro::Hf, {pre_nothing}},
    {Macro::Bt, {pre_transparent}},
    {Macro::Ud, {pre_transparent}},
    {Macro::Tg, {pre_tag}},
    {Macro::req_br, {pre_line_break}},
    {Macro::req_sp, {pre_paragraph}},
    {Macro::req_ce, {pre_transparent}},
    {Macro::req_fi, {pre_nothing}},
    {Macro::req_nf, {pre_nothing}},
    {Macro::req_ft, {pre_nothing}},
    {Macro::req_ll, {pre_nothing}},
    {Macro::req_mc, {pre_nothing}},
    {Macro::req_po, {pre_nothing}},
    {Macro::req_rj, {pre_transparent}},
    {Macro::req_ta, {pre_nothing}},
    {Macro::req_ti, {pre_nothing}},
};

// Rows indexed by macro; a macro without a row renders its children.
constexpr std::array<MacroHandler, kMacroCount> build_table() {
  std::array<MacroHandler, kMacroCount> table{};
  for (const Row& row : kRows) table[static_cast<std::size_t>(row.macro)] = row.handler;
  return table;
}

}  // namespace

constinit const std::array<MacroHandler, kMacroCount> kMacroHandlers = build_table();

}  // namespace mdoc::html
