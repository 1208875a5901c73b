// Prints a HeaderModel as a self-contained C++17 header.
//
// Everything the platform may lack is guarded: headers with __has_include,
// errno names and constants with #ifdef, prototypes with a compile-time
// probe that tells "declared as documented", "declared differently" and
// "not declared" apart (see kDetail).  The output depends only on the model.
#include <algorithm>
#include <set>
#include <sstream>

#include "render/header_declarator.hpp"
#include "render/header_model.hpp"
#include "render/header_types.hpp"

namespace mdoc::header {
namespace {

// Shared by every generated header, so guarded against a second definition.
//
// How the probe works: before the namespace, the header declares an empty
// struct with the function's name.  C++ hides a class name behind a function
// of the same name in the same scope, so ::name denotes the function where
// the platform declares one and the struct elsewhere.  platform_function<...>
// then takes either a type (absent) or a function (its pointer type).
constexpr std::string_view kDetail = R"(#ifndef MDOC_HEADER_DETAIL_V1
#define MDOC_HEADER_DETAIL_V1
namespace mdoc_header_detail {
/// How the platform declares a function the page documents.
enum class declaration { as_documented, differently, absent };
struct absent {};
template <class T> constexpr absent platform_function() noexcept { return {}; }
template <auto F> constexpr auto platform_function() noexcept { return F; }
// glibc declares with noexcept (__THROW); the page's type has none.
template <class F> struct without_noexcept { using type = F; };
template <class R, class... A> struct without_noexcept<R (*)(A...) noexcept> { using type = R (*)(A...); };
template <class R, class... A> struct without_noexcept<R (*)(A..., ...) noexcept> { using type = R (*)(A..., ...); };
template <class Documented, class Platform> constexpr declaration compare() noexcept {
  if constexpr (std::is_same_v<Platform, absent>) {
    return declaration::absent;
  } else if constexpr (std::is_same_v<typename without_noexcept<Platform>::type, Documented*>) {
    return declaration::as_documented;
  } else {
    return declaration::differently;
  }
}
// Constants may be macros, enumerators of unscoped enums, or of wider types.
template <class U, class T> constexpr U constant_value(T value) noexcept {
  if constexpr (std::is_integral_v<T> || std::is_enum_v<T>) {
    return static_cast<U>(value);
  } else {
    return U{};
  }
}
/// The convention of .Rv -std.
struct return_convention {
  int success;
  int failure;
  bool sets_errno;
};
/// The convention of .Ex -std.
struct exit_convention {
  int success;
  int failure_minimum;
};
}  // namespace mdoc_header_detail
#endif  // MDOC_HEADER_DETAIL_V1
)";

class Writer {
 public:
  void line(std::string_view text = {}) {
    out_ += text;
    out_ += '\n';
  }
  // A Doxygen comment, wrapped; text of several paragraphs keeps its newlines.
  void doc(std::string_view text, std::string_view indent = "") { comment(text, indent, "/// "); }
  void note(std::string_view text, std::string_view indent = "") { comment(text, indent, "// "); }
  std::string take() { return std::move(out_); }

 private:
  void comment(std::string_view text, std::string_view indent, std::string_view lead) {
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t nl = text.find('\n', start);
      std::string_view para = text.substr(start, nl == std::string_view::npos ? nl : nl - start);
      wrap(para, indent, lead);
      if (nl == std::string_view::npos) break;
      start = nl + 1;
    }
  }
  void wrap(std::string_view para, std::string_view indent, std::string_view lead) {
    std::istringstream words{std::string(para)};
    std::string word, current;
    auto flush = [&] {
      // A backslash ending a // comment would splice the next line into it.
      while (!current.empty() && (current.back() == '\\' || current.back() == ' ')) current.pop_back();
      out_ += indent;
      out_ += current.empty() ? lead.substr(0, lead.size() - 1) : lead;
      out_ += current;
      out_ += '\n';
      current.clear();
    };
    bool any = false;
    while (words >> word) {
      if (!current.empty() && current.size() + 1 + word.size() > 88) flush();
      if (!current.empty()) current += ' ';
      current += word;
      any = true;
    }
    if (any || para.empty()) flush();
  }
  std::string out_;
};

std::string string_literal(std::string_view text) {
  std::string out = "\"";
  char previous = 0;
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '?': out += previous == '?' ? "\\?" : "?"; break;  // no trigraphs
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += ' ';
        } else {
          out += c;
        }
    }
    previous = c;
  }
  return out + "\"";
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// The C++ name of an errno name or constant: lower case, never a keyword.
std::string member_name(std::string_view constant) {
  std::string name = lower(constant);
  if (is_keyword(name) || name == "and" || name == "or" || name == "not" || name == "xor") name += '_';
  return name;
}

bool safe_header_name(std::string_view h) {
  if (h.empty() || h.front() == '/' || h.find("..") != std::string_view::npos) return false;
  return std::all_of(h.begin(), h.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '/' || c == '.' || c == '_' || c == '-' || c == '+';
  });
}

// A prototype the header can compare with the platform: its C++ function
// type, or why it cannot.
struct CheckedPrototype {
  const Prototype* prototype = nullptr;
  std::string function_type;  // "int(int, int, int, int *)"
  std::string unchecked_reason;
  std::vector<std::string> type_headers;
};

CheckedPrototype check_prototype(const Prototype& p) {
  CheckedPrototype c;
  c.prototype = &p;
  if (!is_identifier(p.name)) {
    c.unchecked_reason = "its name is not a C identifier";
    return c;
  }
  std::vector<std::string> unknown;
  auto note_types = [&](const CType& t) {
    for (const auto& name : t.typedef_names) {
      if (auto header = header_for_type(name))
        c.type_headers.emplace_back(*header);
      else
        unknown.push_back(name);
    }
  };
  if (p.return_type.empty()) {
    c.unchecked_reason = "the page gives no return type (.Ft)";
    return c;
  }
  auto ret = parse_c_type(p.return_type);
  if (!ret || !ret->name.empty()) {
    c.unchecked_reason = "its return type is not a C type this generator reads";
    return c;
  }
  note_types(*ret);
  std::string params;
  for (std::size_t i = 0; i < p.parameters.size(); ++i) {
    const std::string& text = p.parameters[i];
    if (!params.empty()) params += ", ";
    if (text == "..." && i + 1 == p.parameters.size()) {
      params += "...";
      continue;
    }
    auto t = parse_c_type(text);
    if (!t) {
      c.unchecked_reason = "parameter \"" + text + "\" is not a C declaration this generator reads";
      return c;
    }
    note_types(*t);
    params += t->type;
  }
  if (!unknown.empty()) {
    std::sort(unknown.begin(), unknown.end());
    unknown.erase(std::unique(unknown.begin(), unknown.end()), unknown.end());
    c.unchecked_reason = "it names types not every platform declares:";
    for (const auto& u : unknown) c.unchecked_reason += " " + u;
    return c;
  }
  c.function_type = ret->type + "(" + params + ")";
  return c;
}

std::string signature(const Prototype& p) {
  // No .Ft: often a macro (EV_SET, FD_SET); do not invent a return type.
  std::string s = p.return_type;
  if (!s.empty() && s.back() != '*') s += ' ';
  s += p.name + "(";
  for (std::size_t i = 0; i < p.parameters.size(); ++i) s += (i ? ", " : "") + p.parameters[i];
  return s + (p.parameters.empty() ? "void);" : ");");
}

void emit_preamble(Writer& w, const HeaderModel& m) {
  std::string page = m.title + "(" + m.section + ")";
  w.line("// Generated by mdoc header from " + m.source + " (" + page + ", " + m.date + ").");
  w.line("// Do not edit: regenerate it from the page.");
  w.line("/// @file");
  std::string names;
  for (const auto& n : m.names) names += (names.empty() ? "" : ", ") + n;
  w.doc("@brief " + (names.empty() ? page : names) + " - " + m.description);
  if (!m.summary.empty()) {
    w.line("///");
    w.doc(m.summary);
  }
  w.line("///");
  w.doc("Source: the manual page " + page + " (" + m.source + "), dated " + m.date + ".");
  w.line("#pragma once");
  w.line();
}

void emit_includes(Writer& w, const HeaderModel& m, const std::vector<CheckedPrototype>& checked) {
  for (std::string_view h : {"array", "cerrno", "cstddef", "string", "system_error", "type_traits"})
    w.line("#include <" + std::string(h) + ">");
  std::vector<std::string> seen;
  auto include = [&](const std::string& h) {
    if (!safe_header_name(h) || std::find(seen.begin(), seen.end(), h) != seen.end()) return;
    seen.push_back(h);
    w.line("#if __has_include(<" + h + ">)");
    w.line("#include <" + h + ">");
    w.line("#endif");
  };
  for (const auto& h : m.includes) include(h);
  for (const auto& c : checked)
    for (const auto& h : c.type_headers) include(h);
  w.line();
}

void emit_probes(Writer& w, const std::vector<CheckedPrototype>& checked) {
  bool any = false;
  std::set<std::string> declared;
  for (const auto& c : checked) {
    if (!c.unchecked_reason.empty() || !declared.insert(c.prototype->name).second) continue;
    if (!any) w.note("Hidden by the function of the same name where the platform declares one.");
    any = true;
    w.line("#ifndef " + c.prototype->name);
    w.line("struct " + c.prototype->name + ";");
    w.line("#endif");
  }
  if (any) w.line();
}

void emit_prototypes(Writer& w, const HeaderModel& m, const std::vector<CheckedPrototype>& checked) {
  std::set<std::string> done;
  for (const auto& c : checked) {
    const Prototype& p = *c.prototype;
    w.doc(p.name + "() as " + m.title + "(" + m.section + ") documents it:");
    w.doc("@code " + signature(p) + " @endcode");
    if (!c.unchecked_reason.empty()) {
      w.note("Not compared with the platform: " + c.unchecked_reason + ".");
      w.line();
      continue;
    }
    if (!done.insert(p.name).second) {
      w.note("Declared again above; the first prototype is the one compared.");
      w.line();
      continue;
    }
    w.line("using " + p.name + "_type = " + c.function_type + ";");
    w.doc("How the platform declares " + p.name + "() compared with the page.");
    w.line("#ifdef " + p.name);
    w.line("inline constexpr mdoc_header_detail::declaration " + p.name +
           "_declaration = mdoc_header_detail::declaration::absent;");
    w.line("#else");
    w.line("inline constexpr mdoc_header_detail::declaration " + p.name +
           "_declaration =");
    w.line("    mdoc_header_detail::compare<" + p.name + "_type, decltype(mdoc_header_detail::platform_function<::" +
           p.name + ">())>();");
    w.line("#endif");
    w.line("#ifdef MDOC_HEADER_STRICT_DECLARATIONS");
    w.line("static_assert(" + p.name + "_declaration != mdoc_header_detail::declaration::differently,");
    w.line("              " + string_literal(p.name + "(): the platform declares another type than " + m.title +
                                             "(" + m.section + ") documents") + ");");
    w.line("#endif");
    w.line();
  }
}

void emit_returns(Writer& w, const HeaderModel& m) {
  std::set<std::string> done;
  for (const auto& f : m.returns.functions) {
    if (!is_identifier(f) || !done.insert(f + "_returns").second) continue;
    w.doc(f + "() returns 0 on success; on failure it returns -1 and sets errno (.Rv -std).");
    w.line("inline constexpr mdoc_header_detail::return_convention " + f + "_returns{0, -1, true};");
  }
  for (const auto& u : m.returns.utilities) {
    if (!is_identifier(u) || !done.insert(u + "_exits").second) continue;
    w.doc(u + " exits 0 on success, and >0 if an error occurs (.Ex -std).");
    w.line("inline constexpr mdoc_header_detail::exit_convention " + u + "_exits{0, 1};");
  }
  if (!done.empty()) w.line();
}

std::string joined(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : std::string(sep)) + p;
  return out;
}

std::string guard(std::string_view constant) {
  return "#if defined(" + std::string(constant) + ") && !defined(" + member_name(constant) + ")";
}

void emit_error_enum(Writer& w, const HeaderModel& m) {
  std::string page = m.title + "(" + m.section + ")";
  w.doc("The errors " + page + " documents, valued as <cerrno>; names this platform lacks are left out.");
  w.line("enum class errc : int {");
  for (const auto& e : m.errors) {
    w.line(guard(e.name));
    w.doc(e.name + ": " + joined(e.descriptions, "\n"), "  ");
    w.line("  " + member_name(e.name) + " = " + e.name + ",");
    w.line("#endif");
  }
  w.line("};");
  w.line();
}

// The list of documented errors, sized by the same guards as the enum.
void emit_error_table(Writer& w, const HeaderModel& m) {
  w.doc("A documented error: its code, its name, and the page's description.");
  w.line("struct documented_error {");
  w.line("  errc code;");
  w.line("  const char* name;");
  w.line("  const char* description;");
  w.line("};");
  w.line();
  w.line("inline constexpr std::size_t documented_error_count = 0");
  for (const auto& e : m.errors) {
    w.line(guard(e.name));
    w.line("    + 1");
    w.line("#endif");
  }
  w.line("    ;");
  w.line();
  w.doc("Every error of the ERRORS section that this platform defines, in the page's order.");
  w.line("inline constexpr std::array<documented_error, documented_error_count> documented_errors{{");
  for (const auto& e : m.errors) {
    w.line(guard(e.name));
    w.line("    {errc::" + member_name(e.name) + ", " + string_literal(e.name) + ",");
    w.line("     " + string_literal(joined(e.descriptions, "\n")) + "},");
    w.line("#endif");
  }
  w.line("}};");
  w.line();
}

void emit_error_category(Writer& w, const HeaderModel& m) {
  std::string page = m.title + "(" + m.section + ")";
  w.doc("The category of errc: message() is the page's description of the error.");
  w.line("class error_category_type final : public std::error_category {");
  w.line(" public:");
  w.line("  const char* name() const noexcept override { return " + string_literal(page) + "; }");
  w.line("  std::string message(int value) const override {");
  w.line("    for (const documented_error& e : documented_errors)");
  w.line("      if (static_cast<int>(e.code) == value) return e.description;");
  w.line("    return std::generic_category().message(value);");
  w.line("  }");
  w.line("  std::error_condition default_error_condition(int value) const noexcept override {");
  w.line("    return std::error_condition(value, std::generic_category());");
  w.line("  }");
  w.line("};");
  w.line();
  w.line("inline const std::error_category& error_category() noexcept {");
  w.line("  static const error_category_type category;");
  w.line("  return category;");
  w.line("}");
  w.line("inline std::error_code make_error_code(errc e) noexcept {");
  w.line("  return std::error_code(static_cast<int>(e), error_category());");
  w.line("}");
  w.doc("An errno value (errno itself by default) as an error_code of this page's category.");
  w.line("inline std::error_code errno_code(int value = errno) noexcept {");
  w.line("  return std::error_code(value, error_category());");
  w.line("}");
  w.line("inline constexpr bool is_documented(int value) noexcept {");
  w.line("  for (const documented_error& e : documented_errors)");
  w.line("    if (static_cast<int>(e.code) == value) return true;");
  w.line("  return false;");
  w.line("}");
  w.line();
}

void emit_errors(Writer& w, const HeaderModel& m) {
  if (m.errors.empty()) return;
  emit_error_enum(w, m);
  emit_error_table(w, m);
  emit_error_category(w, m);
}

std::string flag_enum_name(const FlagSet& f) {
  std::string arg = lower(f.argument);
  return arg.size() >= 5 && arg.compare(arg.size() - 5, 5, "flags") == 0 ? arg : arg + "_flags";
}

void emit_flags(Writer& w, const HeaderModel& m) {
  std::set<std::string> done;
  for (const auto& f : m.flags) {
    std::string name = flag_enum_name(f);
    if (!is_identifier(f.argument) || !is_identifier(name) || !done.insert(name).second) continue;
    const std::string& u = f.underlying.empty() ? std::string("int") : f.underlying;
    w.doc("The constants " + m.title + "(" + m.section + ") documents for the " + f.argument +
          " argument; those this platform lacks are left out.");
    w.line("enum class " + name + " : " + u + " {");
    std::set<std::string> members;
    for (const auto& c : f.constants) {
      if (!members.insert(c.name).second) continue;
      w.line(guard(c.name));
      w.doc(c.description.empty() ? c.name : c.name + ": " + c.description, "  ");
      w.line("  " + member_name(c.name) + " = mdoc_header_detail::constant_value<" + u + ">(" + c.name + "),");
      w.line("#endif");
    }
    w.line("};");
    auto binary = [&](std::string_view op) {
      w.line("constexpr " + name + " operator" + std::string(op) + "(" + name + " a, " + name + " b) noexcept {");
      w.line("  return static_cast<" + name + ">(static_cast<" + u + ">(a) " + std::string(op) +
             " static_cast<" + u + ">(b));");
      w.line("}");
      w.line("constexpr " + name + "& operator" + std::string(op) + "=(" + name + "& a, " + name + " b) noexcept {");
      w.line("  return a = a " + std::string(op) + " b;");
      w.line("}");
    };
    binary("|");
    binary("&");
    binary("^");
    w.line("constexpr " + name + " operator~(" + name + " a) noexcept {");
    w.line("  return static_cast<" + name + ">(~static_cast<" + u + ">(a));");
    w.line("}");
    w.doc("The value to pass to the C function.");
    w.line("constexpr " + u + " to_underlying(" + name + " a) noexcept { return static_cast<" + u + ">(a); }");
    w.line("constexpr bool any(" + name + " a) noexcept { return static_cast<" + u + ">(a) != 0; }");
    w.line();
  }
}

void emit_declarations(Writer& w, const HeaderModel& m) {
  if (m.declarations.empty()) return;
  w.note("Also in the SYNOPSIS (not declared here):");
  for (const auto& d : m.declarations) w.note("  " + d);
  w.line();
}

bool valid_namespace(std::string_view ns) {
  std::size_t start = 0;
  for (;;) {
    std::size_t sep = ns.find("::", start);
    if (!is_identifier(ns.substr(start, sep == std::string_view::npos ? sep : sep - start))) return false;
    if (sep == std::string_view::npos) return true;
    start = sep + 2;
  }
}

}  // namespace

std::string header_namespace(const HeaderModel& model, const EmitOptions& options) {
  if (!options.name_space.empty()) return valid_namespace(options.name_space) ? options.name_space : "";
  std::string title = lower(model.title);
  for (char& c : title)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) c = '_';
  if (title.empty() || (title[0] >= '0' && title[0] <= '9') || is_keyword(title)) title = "page_" + title;
  return "man::" + title;
}

std::string emit_header(const HeaderModel& m, const EmitOptions& options) {
  std::string ns = header_namespace(m, options);
  if (ns.empty()) ns = header_namespace(m, EmitOptions{});
  std::vector<CheckedPrototype> checked;
  for (const auto& p : m.prototypes) checked.push_back(check_prototype(p));

  Writer w;
  emit_preamble(w, m);
  emit_includes(w, m, checked);
  w.line(kDetail);
  emit_probes(w, checked);
  w.line("namespace " + ns + " {");
  w.line();
  emit_declarations(w, m);
  emit_prototypes(w, m, checked);
  emit_returns(w, m);
  emit_errors(w, m);
  emit_flags(w, m);
  w.line("}  // namespace " + ns);
  if (!m.errors.empty()) {
    w.line();
    w.line("namespace std {");
    w.line("template <>");
    w.line("struct is_error_code_enum<" + ns + "::errc> : true_type {};");
    w.line("}  // namespace std");
  }
  return w.take();
}

}  // namespace mdoc::header
