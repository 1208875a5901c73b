// What a section 2/3 page documents, in the shape a C++ header needs.
//
// The header back end works in two steps: extract_header_model() reads the
// AST into this model, emit_header() prints the model as a C++17 header.
// Keeping the model separate lets the emitter be tested with hand-written
// models and lets other tools reuse the extraction.
#pragma once

#include <string>
#include <vector>

namespace mdoc {
class Document;
}

namespace mdoc::header {

// One function of the SYNOPSIS (.Ft/.Fn or .Ft/.Fo/.Fa/.Fc).
struct Prototype {
  std::string return_type;              // "int", "ssize_t", "void *"
  std::string name;                     // "socketpair"
  std::vector<std::string> parameters;  // as written: "int *sv", "void (*fn)(int)", "..."
};

// One error name of the ERRORS section with every description the page gives it
// (pages list the same error several times, once per cause).
struct DocumentedError {
  std::string name;                       // "EMFILE"
  std::vector<std::string> descriptions;  // plain text of each .It body
};

// A constant the page documents as a value of one function argument.
struct FlagConstant {
  std::string name;         // "SOCK_CLOEXEC"
  std::string description;  // plain text; empty when the page gives none
};

// The constants documented for one argument, emitted as a flag enum.
struct FlagSet {
  std::string argument;    // "type"
  std::string underlying;  // the argument's integer type, "int" when unknown
  std::vector<FlagConstant> constants;
};

// How the functions report success (.Rv) or a utility its exit status (.Ex).
struct ReturnConvention {
  std::vector<std::string> functions;  // .Rv -std: 0 on success, -1 and errno on failure
  std::vector<std::string> utilities;  // .Ex -std: exit 0 on success, >0 on error
};

struct HeaderModel {
  std::string source;       // the page's file name without folders: "socketpair.2"
  std::string title;        // "socketpair" (lower case, from .Dt)
  std::string section;      // "2"
  std::string date;         // .Dd as normalised by the parser
  std::vector<std::string> names;  // .Nm of the NAME section
  std::string description;  // .Nd
  std::string summary;      // the first paragraph of DESCRIPTION, plain text

  std::vector<std::string> includes;      // "sys/socket.h" (.In, .Fd #include)
  std::vector<std::string> declarations;  // other SYNOPSIS lines (.Vt, .Fd): kept as comments
  std::vector<Prototype> prototypes;
  ReturnConvention returns;
  std::vector<DocumentedError> errors;
  std::vector<FlagSet> flags;
};

struct EmitOptions {
  std::string name_space;  // "a::b"; empty: man::<title>
};

// Reads what the page documents.  Never fails: missing sections give empty parts.
HeaderModel extract_header_model(const Document& doc);

// The C++17 header for the model.  Deterministic: same model, same bytes.
std::string emit_header(const HeaderModel& model, const EmitOptions& options);

// The namespace emit_header uses, after validating or defaulting options.
std::string header_namespace(const HeaderModel& model, const EmitOptions& options);

}  // namespace mdoc::header
