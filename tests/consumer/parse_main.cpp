// Uses the installed library: parses a page and prints what its NAME says.
#include <mdoc/ast.hpp>
#include <mdoc/parse.hpp>

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  std::string bytes, error;
  if (!mdoc::read_file(argv[1], bytes, error)) {
    std::fprintf(stderr, "%s: %s\n", argv[1], error.c_str());
    return 2;
  }
  mdoc::ParseOptions options;
  options.file_name = argv[1];
  mdoc::Document doc = mdoc::parse(bytes, options);
  std::printf("%s(%s) %s\n", doc.prologue.title.c_str(), doc.prologue.section.c_str(), doc.prologue.date.c_str());
  return doc.prologue.title == "PIPE" && doc.prologue.section == "2" ? 0 : 1;
}
