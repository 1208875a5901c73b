#include "mdoc/roff/requests.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>

namespace mdoc::roff {
namespace {

// One row per request, sorted by name.  The classes follow mandoc_roff(7)
// REQUEST REFERENCE: "ignored" requests are dropped quietly, "unsupported"
// ones with a diagnostic.
constexpr RequestInfo kRequests[] = {
    {"ab", RequestClass::Unsupported},
    {"ad", RequestClass::Ignored},
    {"af", RequestClass::Ignored},
    {"aln", RequestClass::Unsupported},
    {"als", RequestClass::Define},
    {"am", RequestClass::Define},
    {"am1", RequestClass::Define},
    {"ami", RequestClass::Define},
    {"ami1", RequestClass::Define},
    {"as", RequestClass::Define},
    {"as1", RequestClass::Define},
    {"asciify", RequestClass::Unsupported},
    {"backtrace", RequestClass::Ignored},
    {"bd", RequestClass::Ignored},
    {"bleedat", RequestClass::Ignored},
    {"blm", RequestClass::Unsupported},
    {"box", RequestClass::Unsupported},
    {"boxa", RequestClass::Unsupported},
    {"bp", RequestClass::Ignored},
    {"br", RequestClass::Format},
    {"break", RequestClass::Unsupported},
    {"breakchar", RequestClass::Ignored},
    {"brnl", RequestClass::Ignored},
    {"brp", RequestClass::Ignored},
    {"brpnl", RequestClass::Ignored},
    {"c2", RequestClass::Unsupported},
    {"cc", RequestClass::Define},
    {"ce", RequestClass::Format},
    {"cf", RequestClass::Insecure},
    {"cflags", RequestClass::Ignored},
    {"ch", RequestClass::Ignored},
    {"char", RequestClass::Define},
    {"chop", RequestClass::Unsupported},
    {"class", RequestClass::Ignored},
    {"close", RequestClass::Insecure},
    {"color", RequestClass::Ignored},
    {"composite", RequestClass::Unsupported},
    {"continue", RequestClass::Unsupported},
    {"cp", RequestClass::Ignored},
    {"cropat", RequestClass::Ignored},
    {"cs", RequestClass::Ignored},
    {"cu", RequestClass::Ignored},
    {"da", RequestClass::Unsupported},
    {"dch", RequestClass::Unsupported},
    {"de", RequestClass::Define},
    {"de1", RequestClass::Define},
    {"defcolor", RequestClass::Ignored},
    {"dei", RequestClass::Define},
    {"dei1", RequestClass::Define},
    {"device", RequestClass::Ignored},
    {"di", RequestClass::Unsupported},
    {"do", RequestClass::Define},
    {"ds", RequestClass::Define},
    {"ds1", RequestClass::Define},
    {"dt", RequestClass::Unsupported},
    {"dwh", RequestClass::Unsupported},
    {"ec", RequestClass::Define},
    {"ecr", RequestClass::Unsupported},
    {"el", RequestClass::Define},
    {"em", RequestClass::Unsupported},
    {"eo", RequestClass::Define},
    {"errprint", RequestClass::Ignored},
    {"ev", RequestClass::Unsupported},
    {"evc", RequestClass::Unsupported},
    {"ex", RequestClass::Unsupported},
    {"fam", RequestClass::Ignored},
    {"fc", RequestClass::Unsupported},
    {"fchar", RequestClass::Define},
    {"fcolor", RequestClass::Ignored},
    {"fdeferlig", RequestClass::Ignored},
    {"feature", RequestClass::Ignored},
    {"fi", RequestClass::Format},
    {"fkern", RequestClass::Ignored},
    {"fl", RequestClass::Ignored},
    {"fp", RequestClass::Ignored},
    {"fps", RequestClass::Ignored},
    {"fschar", RequestClass::Define},
    {"fspacewidth", RequestClass::Ignored},
    {"fspecial", RequestClass::Ignored},
    {"ft", RequestClass::Format},
    {"ftr", RequestClass::Define},
    {"fzoom", RequestClass::Ignored},
    {"gcolor", RequestClass::Ignored},
    {"hc", RequestClass::Ignored},
    {"hcode", RequestClass::Ignored},
    {"hidechar", RequestClass::Ignored},
    {"hla", RequestClass::Ignored},
    {"hlm", RequestClass::Ignored},
    {"hpf", RequestClass::Ignored},
    {"hpfa", RequestClass::Ignored},
    {"hpfcode", RequestClass::Ignored},
    {"hw", RequestClass::Ignored},
    {"hy", RequestClass::Ignored},
    {"hylang", RequestClass::Ignored},
    {"hylen", RequestClass::Ignored},
    {"hym", RequestClass::Ignored},
    {"hypp", RequestClass::Ignored},
    {"hys", RequestClass::Ignored},
    {"ie", RequestClass::Define},
    {"if", RequestClass::Define},
    {"ig", RequestClass::Define},
    {"in", RequestClass::Ignored},
    {"index", RequestClass::Unsupported},
    {"it", RequestClass::Define},
    {"itc", RequestClass::Define},
    {"kern", RequestClass::Ignored},
    {"kernafter", RequestClass::Ignored},
    {"kernbefore", RequestClass::Ignored},
    {"kernpair", RequestClass::Ignored},
    {"lc", RequestClass::Unsupported},
    {"lds", RequestClass::Unsupported},
    {"length", RequestClass::Unsupported},
    {"letadj", RequestClass::Ignored},
    {"lf", RequestClass::Ignored},
    {"lg", RequestClass::Ignored},
    {"lhang", RequestClass::Ignored},
    {"linetabs", RequestClass::Unsupported},
    {"ll", RequestClass::Format},
    {"lnr", RequestClass::Unsupported},
    {"lnrf", RequestClass::Unsupported},
    {"lpfx", RequestClass::Unsupported},
    {"ls", RequestClass::Ignored},
    {"lsm", RequestClass::Unsupported},
    {"lt", RequestClass::Ignored},
    {"mc", RequestClass::Format},
    {"mediasize", RequestClass::Ignored},
    {"minss", RequestClass::Ignored},
    {"mk", RequestClass::Ignored},
    {"mso", RequestClass::Define},
    {"na", RequestClass::Ignored},
    {"ne", RequestClass::Ignored},
    {"nf", RequestClass::Format},
    {"nh", RequestClass::Ignored},
    {"nm", RequestClass::Unsupported},
    {"nn", RequestClass::Unsupported},
    {"nop", RequestClass::Define},
    {"nr", RequestClass::Define},
    {"nrf", RequestClass::Unsupported},
    {"nroff", RequestClass::Define},
    {"ns", RequestClass::Ignored},
    {"open", RequestClass::Insecure},
    {"opena", RequestClass::Insecure},
    {"os", RequestClass::Ignored},
    {"padj", RequestClass::Ignored},
    {"papersize", RequestClass::Ignored},
    {"pc", RequestClass::Ignored},
    {"pev", RequestClass::Ignored},
    {"pi", RequestClass::Insecure},
    {"pl", RequestClass::Ignored},
    {"pm", RequestClass::Ignored},
    {"pn", RequestClass::Ignored},
    {"pnr", RequestClass::Ignored},
    {"po", RequestClass::Format},
    {"ps", RequestClass::Ignored},
    {"psbb", RequestClass::Unsupported},
    {"pshape", RequestClass::Unsupported},
    {"pso", RequestClass::Insecure},
    {"ptr", RequestClass::Ignored},
    {"pvs", RequestClass::Ignored},
    {"rchar", RequestClass::Define},
    {"rd", RequestClass::Ignored},
    {"recursionlimit", RequestClass::Ignored},
    {"return", RequestClass::Define},
    {"rhang", RequestClass::Ignored},
    {"rj", RequestClass::Format},
    {"rm", RequestClass::Define},
    {"rn", RequestClass::Define},
    {"rnn", RequestClass::Unsupported},
    {"rr", RequestClass::Define},
    {"rs", RequestClass::Ignored},
    {"schar", RequestClass::Define},
    {"sentchar", RequestClass::Ignored},
    {"shc", RequestClass::Ignored},
    {"shift", RequestClass::Define},
    {"sizes", RequestClass::Ignored},
    {"so", RequestClass::Define},
    {"sp", RequestClass::Format},
    {"spacewidth", RequestClass::Ignored},
    {"special", RequestClass::Ignored},
    {"spreadwarn", RequestClass::Ignored},
    {"ss", RequestClass::Ignored},
    {"sty", RequestClass::Ignored},
    {"substring", RequestClass::Unsupported},
    {"sv", RequestClass::Ignored},
    {"sy", RequestClass::Insecure},
    {"ta", RequestClass::Format},
    {"tc", RequestClass::Unsupported},
    {"ti", RequestClass::Format},
    {"tkf", RequestClass::Ignored},
    {"tl", RequestClass::Unsupported},
    {"tm", RequestClass::Ignored},
    {"tm1", RequestClass::Ignored},
    {"tmc", RequestClass::Ignored},
    {"tr", RequestClass::Define},
    {"track", RequestClass::Ignored},
    {"transchar", RequestClass::Ignored},
    {"trf", RequestClass::Insecure},
    {"trimat", RequestClass::Ignored},
    {"trin", RequestClass::Unsupported},
    {"trnt", RequestClass::Unsupported},
    {"troff", RequestClass::Define},
    {"uf", RequestClass::Ignored},
    {"unformat", RequestClass::Unsupported},
    {"unwatch", RequestClass::Ignored},
    {"unwatchn", RequestClass::Ignored},
    {"vpt", RequestClass::Ignored},
    {"vs", RequestClass::Ignored},
    {"warn", RequestClass::Ignored},
    {"warnscale", RequestClass::Ignored},
    {"watch", RequestClass::Ignored},
    {"watchlength", RequestClass::Ignored},
    {"watchn", RequestClass::Ignored},
    {"wh", RequestClass::Unsupported},
    {"while", RequestClass::Define},
    {"write", RequestClass::Insecure},
    {"writec", RequestClass::Insecure},
    {"writem", RequestClass::Insecure},
    {"xflag", RequestClass::Ignored},
};

}  // namespace

namespace {

static_assert(std::is_sorted(std::begin(kRequests), std::end(kRequests),
                             [](const RequestInfo& a, const RequestInfo& b) { return a.name < b.name; }),
              "kRequests must be sorted by name");

// Where the requests starting with each byte begin in kRequests: a name
// is compared with the rows of its first byte only.
struct FirstByteIndex {
  std::array<std::uint16_t, 257> start{};
  constexpr FirstByteIndex() {
    std::size_t row = 0;
    for (std::size_t b = 0; b < 256; ++b) {
      start[b] = static_cast<std::uint16_t>(row);
      while (row < std::size(kRequests) && static_cast<unsigned char>(kRequests[row].name[0]) == b) ++row;
    }
    start[256] = static_cast<std::uint16_t>(row);
  }
};
constexpr FirstByteIndex kFirstByte{};

// The rows [first, last) of kRequests that start with name's first byte.
// Apart from find_lower_case_request so that an empty range returns
// without the set-up the loop needs.
[[gnu::noinline]] const RequestInfo* find_in_rows(std::string_view name, std::size_t first, std::size_t last) {
  for (std::size_t i = first; i < last; ++i)
    if (kRequests[i].name == name) return &kRequests[i];
  return nullptr;
}

}  // namespace

static_assert(std::all_of(std::begin(kRequests), std::end(kRequests),
                          [](const RequestInfo& r) { return r.name[0] >= 'a' && r.name[0] <= 'z'; }),
              "find_request answers names that do not start with a lower-case letter inline");

const RequestInfo* find_lower_case_request(std::string_view name) {
  if (name.empty()) return nullptr;
  auto b = static_cast<unsigned char>(name[0]);
  std::size_t first = kFirstByte.start[b], last = kFirstByte.start[b + 1u];
  return first == last ? nullptr : find_in_rows(name, first, last);
}

}  // namespace mdoc::roff
